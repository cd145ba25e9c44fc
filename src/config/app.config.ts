import { registerAs } from '@nestjs/config';
import { readEnum, readInt, readString } from './env';

export const appConfig = registerAs('app', () => ({
  nodeEnv: readEnum(process.env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development'),
  host: readString(process.env, 'HOST', '0.0.0.0'),
  port: readInt(process.env, 'PORT', 3000, 0, 65535),
}));
export type AppConfig = ReturnType<typeof appConfig>;
