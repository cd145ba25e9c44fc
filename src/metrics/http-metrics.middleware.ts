import type { NextFunction, Request, Response } from 'express';
import type { MetricsService } from './metrics.service';

/** Bull Board is an Express mount with its own routes; they count as one. */
const DASHBOARD_PREFIX = '/admin/queues';

/** The route pattern (e.g. `/api/v1/audits/:id`), never the raw URL, so label values stay few. */
export function routeLabel(request: Request): string {
  const routePath = (request.route as { path?: unknown } | undefined)?.path;
  if (typeof routePath === 'string') return `${request.baseUrl ?? ''}${routePath}`;
  if (request.originalUrl.startsWith(DASHBOARD_PREFIX)) return DASHBOARD_PREFIX;
  return 'unmatched';
}

/** Counts and times every HTTP request once its response is finished. */
export function httpMetricsMiddleware(metrics: MetricsService) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const stopTimer = metrics.httpDuration.startTimer();
    response.once('finish', () => {
      const labels = { method: request.method, route: routeLabel(request), status: String(response.statusCode) };
      metrics.httpRequests.inc(labels);
      stopTimer(labels);
    });
    next();
  };
}
