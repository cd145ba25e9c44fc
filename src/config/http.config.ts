import { registerAs } from '@nestjs/config';
import { ConfigError, readInt } from './env';

export const httpConfig = registerAs('http', () => {
  const config = {
    /** A client must finish sending its request line and headers within this time (Node's headersTimeout). */
    headersTimeoutMs: readInt(process.env, 'HTTP_HEADERS_TIMEOUT_MS', 5_000, 500, 120_000),
    /** A JSON or form body (at most 256 KB) must arrive in full within this time after the headers. */
    bodyTimeoutMs: readInt(process.env, 'HTTP_BODY_TIMEOUT_MS', 10_000, 500, 600_000),
    /** Any request, file uploads included, must arrive in full within this time (Node's requestTimeout). */
    requestTimeoutMs: readInt(process.env, 'HTTP_REQUEST_TIMEOUT_MS', 120_000, 1_000, 3_600_000),
    /** POST /audits the API submits itself before it listens (accounts, audits and a queue of its own, deleted after), so clients meet compiled code (0: none). */
    warmUpRequests: readInt(process.env, 'HTTP_WARM_UP_REQUESTS', 2_500, 0, 100_000),
  };
  if (config.requestTimeoutMs < config.headersTimeoutMs || config.requestTimeoutMs < config.bodyTimeoutMs) {
    throw new ConfigError('HTTP_REQUEST_TIMEOUT_MS', 'must be at least HTTP_HEADERS_TIMEOUT_MS and HTTP_BODY_TIMEOUT_MS');
  }
  return config;
});
export type HttpConfig = ReturnType<typeof httpConfig>;
