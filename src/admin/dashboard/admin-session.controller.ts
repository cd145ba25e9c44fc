import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Inject, Ip, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { LoginDto } from '../../accounts/dto/login.dto';
import { Public } from '../../auth/auth.decorators';
import { appConfig } from '../../config/app.config';
import { AdminSessionService } from './admin-session.service';
import { DASHBOARD_ROUTE, SESSION_COOKIE, SESSION_COOKIE_PATH, SIGN_IN_PAGE_HEADERS } from './dashboard-session';
import { SignInFormFilter } from './sign-in-form.filter';
import { renderSignInPage } from './sign-in-page';

/**
 * The dashboard's sign-in: a form (GET), a sign-in that sets an HttpOnly, SameSite=Strict cookie
 * scoped to /admin (POST, form or JSON; a refused form sign-in shows the form again with the reason),
 * and sign-out (DELETE). Served outside /api/v1.
 */
@ApiExcludeController()
@Public()
@Controller('admin/session')
export class AdminSessionController {
  constructor(
    private readonly sessions: AdminSessionService,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  @Get()
  signInPage(@Res({ passthrough: true }) response: Response): string {
    response.set(SIGN_IN_PAGE_HEADERS);
    return renderSignInPage();
  }

  @Post()
  @HttpCode(HttpStatus.OK)
  @UseFilters(SignInFormFilter)
  async signIn(@Body() body: LoginDto, @Ip() client: string, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const { accessToken, expiresIn } = await this.sessions.signIn(body.email, body.password, client);
    response.cookie(SESSION_COOKIE, accessToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.app.nodeEnv === 'production',
      path: SESSION_COOKIE_PATH,
      maxAge: expiresIn * 1000,
    });
    if (request.is('application/x-www-form-urlencoded')) {
      response.redirect(303, DASHBOARD_ROUTE);
      return undefined;
    }
    return { signedIn: true, dashboard: DASHBOARD_ROUTE, expiresIn };
  }

  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  signOut(@Res({ passthrough: true }) response: Response): void {
    response.clearCookie(SESSION_COOKIE, { path: SESSION_COOKIE_PATH, httpOnly: true, sameSite: 'strict' });
  }
}
