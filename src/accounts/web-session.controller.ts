import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Ip, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ApiBodyRefusals } from '../common/api-responses';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { WEB_SESSION_COOKIE, webSessionCookieOptions } from '../auth/session-cookie';
import { WebSessionService } from '../auth/web-session.service';
import { AccountsService } from './accounts.service';
import { toWebSessionView, WebSessionView } from './dto/web-session-view';
import { LoginDto } from './dto/login.dto';
import { TooManySignInsException } from './login-throttle.service';

/**
 * Sign-in for browsers (the web app): an httpOnly session cookie instead of a bearer token. The page
 * reads its CSRF token from these answers and sends it in X-CSRF-Token on every state-changing call.
 */
@ApiTags('accounts')
@Controller('auth/session')
export class WebSessionController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly webSessions: WebSessionService,
  ) {}

  @Public()
  @Post()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in a browser (public): sets the httpOnly session cookie; returns the account and its CSRF token' })
  @ApiOkResponse({ type: WebSessionView })
  @ApiUnauthorizedResponse({ description: 'Email or password is incorrect' })
  @ApiForbiddenResponse({ description: 'Sent from another origin' })
  @ApiBodyRefusals()
  @ApiTooManyRequestsResponse({ description: 'Too many failed sign-ins for this account from this address; see Retry-After' })
  async signIn(@Body() body: LoginDto, @Ip() client: string, @Res({ passthrough: true }) response: Response): Promise<WebSessionView> {
    try {
      const { user, session } = await this.accounts.startWebSession(body, client);
      response.cookie(WEB_SESSION_COOKIE, session.token, webSessionCookieOptions(this.webSessions.secureCookie, this.webSessions.ttlSeconds));
      response.setHeader('Cache-Control', 'no-store');
      return toWebSessionView(user, session);
    } catch (error) {
      if (error instanceof TooManySignInsException) response.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  }

  @Public()
  @Get()
  @ApiOperation({ summary: 'The browser session of this cookie (public): the account and its CSRF token, or 401' })
  @ApiOkResponse({ type: WebSessionView })
  @ApiUnauthorizedResponse({ description: 'No session cookie, or an ended or expired session' })
  async current(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<WebSessionView> {
    const session = await this.webSessions.fromRequest(request);
    response.setHeader('Cache-Control', 'no-store');
    if (!session) throw new UnauthorizedException('Not signed in');
    return toWebSessionView(await this.accounts.me(session.user), session);
  }

  @Public()
  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out (public): ends the session on the server and clears the cookie' })
  async signOut(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.webSessions.end(request);
    response.clearCookie(WEB_SESSION_COOKIE, webSessionCookieOptions(this.webSessions.secureCookie));
  }
}
