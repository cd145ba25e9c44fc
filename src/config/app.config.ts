import { registerAs } from '@nestjs/config';
import { readEnum, readInt, readString } from './env';

export const appConfig = registerAs('app', () => ({
  nodeEnv: readEnum(process.env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development'),
  host: readString(process.env, 'HOST', '0.0.0.0'),
  port: readInt(process.env, 'PORT', 3000, 0, 65535),
  /** Reverse proxies in front of the API whose X-Forwarded-For is believed (client address for sign-in limits); 0: none. */
  trustProxyHops: readInt(process.env, 'TRUST_PROXY_HOPS', 0, 0, 10),
}));
export type AppConfig = ReturnType<typeof appConfig>;
