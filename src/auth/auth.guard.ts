import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { ACCOUNT_CHECKED_BY_WRITE, ALLOWED_ROLES, IS_PUBLIC } from './auth.decorators';
import type { AuthUser, Role } from './auth.types';
import { assertSameOrigin } from './csrf';
import { TokenService } from './token.service';
import { WebSessionService } from './web-session.service';

/** Longest Authorization header read; a JWT of ours is a few hundred bytes. */
const MAX_TOKEN_LENGTH = 4_096;

/**
 * Global guard: every route needs a valid bearer token or web-app session cookie unless marked
 * `@Public()`, and a route marked `@Roles(...)` (on the handler or its controller) answers 403 to any
 * other role. State-changing browser requests from another origin are refused on every route, and a
 * cookie-authenticated one must carry its session's CSRF token (see csrf.ts).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly webSessions: WebSessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const http = context.switchToHttp();
    const request = http.getRequest<Request & { user?: AuthUser }>();
    const token = bearerToken(request);
    if (!token) assertSameOrigin(request, this.webSessions.allowedOrigins);
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    const user = token ? await this.tokenUser(token, context, roles) : await this.webSessions.authenticate(request);
    if (!user) {
      http.getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException('Sign in first: send Authorization: Bearer <accessToken>');
    }
    request.user = user;
    if (roles) assertRole(user, roles);
    return true;
  }

  /** The account a bearer token stands for; on a route marked AccountCheckedByWrite, as its claims name it. */
  private async tokenUser(token: string, context: ExecutionContext, roles: readonly Role[] | undefined): Promise<AuthUser> {
    if (roles && this.reflector.getAllAndOverride<boolean>(ACCOUNT_CHECKED_BY_WRITE, [context.getHandler(), context.getClass()])) {
      const claimed = await this.tokens.claimedUser(token);
      if (claimed && roles.includes(claimed.role)) return claimed;
    }
    return this.tokens.verify(token);
  }
}

/** 403 unless the account's role is one of `roles`. */
export function assertRole(user: AuthUser, roles: readonly Role[]): void {
  if (!roles.includes(user.role)) throw new ForbiddenException(`This route is for ${roles.join(' or ')} accounts`);
}

export function bearerToken(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (!header || header.length > MAX_TOKEN_LENGTH) return undefined;
  const [scheme, token, ...rest] = header.trim().split(/\s+/);
  if (rest.length > 0 || scheme?.toLowerCase() !== 'bearer' || !token) return undefined;
  return token;
}
