import { loggingConfig } from '../config/logging.config';
import { JsonLogger } from './json-logger';

export { JsonLogger } from './json-logger';
export { currentRequestId, requestContext } from './request-context';
export { REQUEST_ID_HEADER, requestIdMiddleware } from './request-id.middleware';

/** The process logger, at LOG_LEVEL (a bad value stops start-up with a message naming it). */
export function createProcessLogger(): JsonLogger {
  return new JsonLogger(loggingConfig().level);
}
