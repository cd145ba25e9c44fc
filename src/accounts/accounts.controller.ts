import { Body, Controller, Get, HttpCode, HttpStatus, Ip, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ApiBodyRefusals, ApiBodyTooLarge } from '../common/api-responses';
import type { Response } from 'express';
import { CurrentUser, Public } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { AccountsService } from './accounts.service';
import { AccessTokenView, AccountView, toAccountView } from './dto/account-views';
import { LoginDto } from './dto/login.dto';
import { TooManySignInsException } from './login-throttle.service';
import { SignupDto } from './dto/signup.dto';

@ApiTags('accounts')
@Controller()
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @Post('auth/signup')
  @ApiOperation({ summary: 'Create a candidate or recruiter account (public). Admin accounts cannot be signed up for.' })
  @ApiCreatedResponse({ type: AccountView })
  @ApiBadRequestResponse({ description: 'A field is invalid, unknown, or role is not candidate/recruiter' })
  @ApiConflictResponse({ description: 'An account with this email already exists' })
  @ApiBodyTooLarge()
  async signUp(@Body() body: SignupDto): Promise<AccountView> {
    return toAccountView(await this.accounts.signUp(body));
  }

  @Public()
  @Post('auth/login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in (public): returns a bearer access token (JWT, HS256)' })
  @ApiOkResponse({ type: AccessTokenView })
  @ApiUnauthorizedResponse({ description: 'Email or password is incorrect' })
  @ApiBodyRefusals()
  @ApiTooManyRequestsResponse({ description: 'Too many failed sign-ins for this account from this address; see Retry-After' })
  async logIn(@Body() body: LoginDto, @Ip() client: string, @Res({ passthrough: true }) response: Response): Promise<AccessTokenView> {
    try {
      return await this.accounts.logIn(body, client);
    } catch (error) {
      if (error instanceof TooManySignInsException) response.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in account (any role)' })
  @ApiOkResponse({ type: AccountView })
  @ApiUnauthorizedResponse({ description: 'No token, or an invalid or expired one' })
  async me(@CurrentUser() user: AuthUser): Promise<AccountView> {
    return toAccountView(await this.accounts.me(user));
  }
}
