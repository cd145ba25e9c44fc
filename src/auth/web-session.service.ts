import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import { createHash, randomBytes } from 'node:crypto';
import { LessThan, type Repository } from 'typeorm';
import { User } from '../accounts/user.entity';
import { ROLES, type AuthUser } from './auth.types';
import { assertCsrfToken, isStateChanging } from './csrf';
import { readCookie, WEB_SESSION_COOKIE } from './session-cookie';
import { WebSession } from './web-session.entity';
import { webSessionConfig } from './web-session.config';

export interface StartedWebSession {
  /** Goes into the httpOnly cookie only, never to page script. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface ActiveWebSession {
  user: AuthUser;
  csrfToken: string;
  expiresAt: Date;
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Server-side browser sessions: created at sign-in, checked on each request, deleted at sign-out. */
@Injectable()
export class WebSessionService {
  constructor(
    @InjectRepository(WebSession) private readonly sessions: Repository<WebSession>,
    @InjectRepository(User) private readonly users: Repository<User>,
    @Inject(webSessionConfig.KEY) private readonly config: ConfigType<typeof webSessionConfig>,
  ) {}

  get secureCookie(): boolean {
    return this.config.secureCookie;
  }

  get allowedOrigins(): readonly string[] {
    return this.config.allowedOrigins;
  }

  get ttlSeconds(): number {
    return this.config.ttlSeconds;
  }

  async start(user: AuthUser, now = new Date()): Promise<StartedWebSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.config.ttlSeconds * 1000);
    // Old sessions of this user are swept here, so the table holds live sessions and a few expired ones.
    await this.sessions.delete({ userId: user.id, expiresAt: LessThan(now) });
    await this.sessions.insert({ tokenHash: hashToken(token), userId: user.id, csrfToken, expiresAt });
    return { token, csrfToken, expiresAt };
  }

  /** The session this request's cookie names, if it exists, has not expired and its user still does. */
  async fromRequest(request: Request): Promise<ActiveWebSession | undefined> {
    const token = readCookie(request, WEB_SESSION_COOKIE);
    if (!token || !TOKEN_PATTERN.test(token)) return undefined;
    const session = await this.sessions.findOneBy({ tokenHash: hashToken(token) });
    if (!session || session.expiresAt.getTime() <= Date.now()) return undefined;
    const user = await this.users.findOne({ where: { id: session.userId }, select: { id: true, email: true, role: true } });
    if (!user || !(ROLES as readonly string[]).includes(user.role)) return undefined;
    return { user: { id: user.id, email: user.email, role: user.role }, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
  }

  /**
   * The user of a cookie-authenticated request; a state-changing one must also carry the session's
   * CSRF token (403 otherwise). Undefined without a live session.
   */
  async authenticate(request: Request): Promise<AuthUser | undefined> {
    const session = await this.fromRequest(request);
    if (!session) return undefined;
    if (isStateChanging(request)) assertCsrfToken(request, session.csrfToken);
    return session.user;
  }

  /** Ends the session the cookie names (sign-out). Ending one that is already gone is not an error. */
  async end(request: Request): Promise<void> {
    const token = readCookie(request, WEB_SESSION_COOKIE);
    if (token && TOKEN_PATTERN.test(token)) await this.sessions.delete({ tokenHash: hashToken(token) });
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
