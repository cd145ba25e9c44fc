import { Body, Controller, Delete, Get, Header, HttpCode, HttpStatus, Inject, Post, Req, Res } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { LoginDto } from '../../accounts/dto/login.dto';
import { Public } from '../../auth/auth.decorators';
import { appConfig } from '../../config/app.config';
import { AdminSessionService } from './admin-session.service';
import { DASHBOARD_ROUTE, SESSION_COOKIE, SESSION_COOKIE_PATH, SESSION_ROUTE } from './dashboard-session';

const SIGN_IN_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Citra admin sign-in</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:22rem;margin:4rem auto;padding:0 1rem}
label{display:block;margin:.8rem 0 .2rem}input{width:100%;padding:.4rem;box-sizing:border-box}
button{margin-top:1rem;padding:.5rem 1rem}</style></head>
<body><h1>Citra queues</h1><p>Sign in with an admin account to open the queue dashboard.</p>
<form method="post" action="${SESSION_ROUTE}">
<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required maxlength="254">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required maxlength="256">
<button type="submit">Sign in</button></form></body></html>`;

/**
 * The dashboard's sign-in: a form (GET), a sign-in that sets an HttpOnly, SameSite=Strict cookie
 * scoped to /admin (POST, form or JSON), and sign-out (DELETE). Served outside /api/v1.
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
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @Header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
  signInPage(): string {
    return SIGN_IN_PAGE;
  }

  @Post()
  @HttpCode(HttpStatus.OK)
  async signIn(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const { accessToken, expiresIn } = await this.sessions.signIn(body.email, body.password);
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
