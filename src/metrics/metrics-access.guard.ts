import { type CanActivate, type ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { Request, Response } from 'express';
import { bearerToken } from '../auth/auth.guard';
import { TokenService } from '../auth/token.service';
import { metricsConfig } from '../config/metrics.config';
import { sameSecret } from './same-secret';

/**
 * /metrics opens to `Authorization: Bearer <METRICS_TOKEN>` (what Prometheus sends) or to an admin's
 * access token (for a person with curl). Anything else: 401 without a token, 403 with a wrong one.
 */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  constructor(
    @Inject(metricsConfig.KEY) private readonly config: ConfigType<typeof metricsConfig>,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const token = bearerToken(http.getRequest<Request>());
    if (!token) {
      http.getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException('Send Authorization: Bearer <METRICS_TOKEN> or an admin access token');
    }
    if (this.config.token !== undefined && sameSecret(token, this.config.token)) return true;
    const user = await this.tokens.verify(token).catch((error: unknown) => {
      if (error instanceof UnauthorizedException) return undefined;
      throw error;
    });
    if (user?.role === 'admin') return true;
    throw new ForbiddenException('/metrics is for Prometheus (METRICS_TOKEN) and admins');
  }
}
