import { UnauthorizedException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { bearerToken } from '../../auth/auth.guard';
import type { AuthUser } from '../../auth/auth.types';
import { isSameOrigin, isStateChanging } from '../../auth/csrf';
import type { TokenService } from '../../auth/token.service';
import type { WebSessionService } from '../../auth/web-session.service';
import { SESSION_ROUTE, sessionCookie, wantsHtml } from './dashboard-session';

/**
 * Bull Board is an Express mount that Nest's AuthGuard never sees, so it is closed here with the same
 * check: an admin's access token, from `Authorization: Bearer` or the HttpOnly session cookie that
 * the sign-in form at /admin/session sets, or the web app's session (an admin signed in to the app
 * opens the board from its link; its state-changing calls must come from this origin). A browser
 * without one is sent to that form.
 */
export function dashboardAuth(tokens: TokenService, webSessions: WebSessionService) {
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    const token = bearerToken(request) ?? sessionCookie(request);
    let user: AuthUser | undefined;
    try {
      user = token ? await tokens.verify(token) : await webAppUser(request, webSessions);
    } catch (error) {
      // An invalid or expired token is "not signed in"; anything else (e.g. the database) is a real error.
      if (!(error instanceof UnauthorizedException)) return next(error);
    }
    if (!user) {
      if (wantsHtml(request)) {
        response.redirect(303, SESSION_ROUTE);
        return;
      }
      response.setHeader('WWW-Authenticate', 'Bearer');
      response.status(401).json({ statusCode: 401, error: 'Unauthorized', message: `Sign in as an admin first (${SESSION_ROUTE})` });
      return;
    }
    if (user.role !== 'admin') {
      response.status(403).json({ statusCode: 403, error: 'Forbidden', message: 'The queue dashboard is for admin accounts' });
      return;
    }
    next();
  };
}

async function webAppUser(request: Request, webSessions: WebSessionService): Promise<AuthUser | undefined> {
  if (isStateChanging(request) && !isSameOrigin(request, webSessions.allowedOrigins)) return undefined;
  return (await webSessions.fromRequest(request))?.user;
}
