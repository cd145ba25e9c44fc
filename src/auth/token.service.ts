import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { User } from '../accounts/user.entity';
import { prepared } from '../database/prepared';
import { authConfig } from './auth.config';
import { ROLES, type AuthUser, type Role } from './auth.types';
import { VerifiedTokens } from './verified-tokens';

/** The only algorithm Citra signs or accepts; pinned so a token cannot choose `none` or another key type. */
export const JWT_ALGORITHM = 'HS256';

export interface AccessToken {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

interface AccessTokenClaims {
  sub: string;
  email: string;
  role: string;
  exp: number;
}

/**
 * Issues and checks access tokens. Exported for code that authenticates outside Nest's guard (e.g. an
 * Express mount such as the queue dashboard).
 */
@Injectable()
export class TokenService {
  private readonly verified = new VerifiedTokens<AccessTokenClaims>();

  constructor(
    private readonly jwt: JwtService,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async issue(user: AuthUser): Promise<AccessToken> {
    const claims: Omit<AccessTokenClaims, 'exp'> = { sub: user.id, email: user.email, role: user.role };
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: JWT_ALGORITHM,
      issuer: this.config.jwtIssuer,
      audience: this.config.jwtAudience,
      expiresIn: this.config.jwtTtlSeconds,
    });
    return { accessToken, tokenType: 'Bearer', expiresIn: this.config.jwtTtlSeconds };
  }

  /**
   * The user a token stands for, as the database has them now: a token of an erased account stops
   * working at once, and a role is never taken from the token alone. Throws 401 otherwise.
   */
  async verify(token: string): Promise<AuthUser> {
    return this.accountOf((await this.verifyClaims(token)).sub);
  }

  /**
   * The user a token's claims name, without reading the account; undefined when the claims name no
   * role. Only for a route marked AccountCheckedByWrite, whose write checks the account itself.
   */
  async claimedUser(token: string): Promise<AuthUser | undefined> {
    const { sub, email, role } = await this.verifyClaims(token);
    return typeof email === 'string' && typeof role === 'string' && isRole(role) ? { id: sub, email, role } : undefined;
  }

  /** The account as the database has it now; 401 when it is gone (erased), as for a bad token. */
  async accountOf(userId: string): Promise<AuthUser> {
    // Most authenticated requests run this: a prepared statement, without TypeORM's query building and hydration.
    const { rows } = await prepared<UserRow>(this.users.manager.connection, 'citra-user-by-id', 'SELECT id, email, role FROM users WHERE id = $1', [userId]);
    const user = rows[0];
    if (!user || !isRole(user.role)) throw invalidToken();
    return { id: user.id, email: user.email, role: user.role };
  }

  /** The token's claims once its signature, issuer, audience and expiry have been checked (a token seen before: until its exp). */
  private async verifyClaims(token: string): Promise<AccessTokenClaims> {
    const known = this.verified.get(token);
    if (known) return known;
    let claims: Partial<AccessTokenClaims>;
    try {
      claims = await this.jwt.verifyAsync<Partial<AccessTokenClaims>>(token, {
        algorithms: [JWT_ALGORITHM],
        issuer: this.config.jwtIssuer,
        audience: this.config.jwtAudience,
        clockTolerance: 0,
      });
    } catch {
      throw invalidToken();
    }
    // jsonwebtoken checks `exp` only when present: a token without one would never expire.
    if (typeof claims.exp !== 'number' || typeof claims.sub !== 'string' || !UUID.test(claims.sub)) throw invalidToken();
    // Only a token without a not-before: such a token's answer cannot change before its exp.
    if (!('nbf' in claims)) this.verified.remember(token, claims as AccessTokenClaims);
    return claims as AccessTokenClaims;
  }
}

function isRole(role: string): role is Role {
  return (ROLES as readonly string[]).includes(role);
}

type UserRow = Pick<User, 'id' | 'email'> & { role: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function invalidToken(): UnauthorizedException {
  return new UnauthorizedException('The access token is invalid or has expired; sign in again');
}
