import { Controller, Get, Header, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { HealthCheckResult } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { RETRY_AFTER_SECONDS } from '../http/http-exception.filter';
import { HealthService } from './health.service';

/** Public, never cached: for load balancers (readiness), orchestrators (liveness) and people (the full report). */
@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: '`status` ok, or degraded (still 200) when the audit queue is paused or has no worker' })
  @ApiOperation({ summary: 'Database, Redis and queue reachability (Terminus format); 503 when one is down' })
  @ApiServiceUnavailableResponse({ description: 'At least one dependency is down; `error` names it' })
  check(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    return answer(this.health.check(), response);
  }

  @Get('ready')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Readiness: 200 when the database and Redis answer, else 503 with Retry-After (send no traffic here)' })
  @ApiOkResponse({ description: '`status` ok: the database and Redis both answer' })
  @ApiServiceUnavailableResponse({ description: 'The database or Redis is down; `error` names it' })
  ready(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    return answer(this.health.ready(), response);
  }

  @Get('live')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Liveness: 200 while the process serves HTTP at all; it checks no dependency (do not restart on an outage)' })
  @ApiOkResponse({ description: '{"status":"ok"}' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }
}

async function answer(check: Promise<HealthCheckResult>, response: Response): Promise<HealthCheckResult> {
  try {
    return await check;
  } catch (error) {
    if (!(error instanceof ServiceUnavailableException)) throw error;
    response.status(503).setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    return error.getResponse() as HealthCheckResult;
  }
}
