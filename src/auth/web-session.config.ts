import { registerAs } from '@nestjs/config';
import { ConfigError, type Env, readEnum, readInt, readOptionalString } from '../config/env';

/** The `webSession` namespace: browser sign-in of the web app (API process only). */
export const webSessionConfig = registerAs('webSession', () => readWebSessionConfig(process.env));
export type WebSessionConfig = ReturnType<typeof readWebSessionConfig>;

export function readWebSessionConfig(env: Env) {
  const nodeEnv = readEnum(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  return {
    /** How long a browser stays signed in (absolute, not sliding). */
    ttlSeconds: readInt(env, 'WEB_SESSION_TTL_SECONDS', 12 * 3_600, 300, 30 * 86_400),
    /** `Secure` cookies: on in production (HTTPS), off on a laptop's http://localhost. */
    secureCookie: nodeEnv === 'production',
    /**
     * Origins (scheme://host[:port]) a state-changing browser request may come from. Empty: the
     * request's own Host, which is right unless a proxy rewrites Host.
     */
    allowedOrigins: readOrigins(env, 'WEB_ORIGINS'),
  };
}

function readOrigins(env: Env, name: string): string[] {
  const value = readOptionalString(env, name);
  if (value === undefined) return [];
  return value.split(',').map((entry) => {
    const trimmed = entry.trim();
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      throw new ConfigError(name, `"${trimmed}" is not an origin such as https://citra.example`);
    }
    if (!['http:', 'https:'].includes(url.protocol) || url.origin !== trimmed.replace(/\/$/, '')) {
      throw new ConfigError(name, `"${trimmed}" is not an origin such as https://citra.example (scheme, host and port only)`);
    }
    return url.origin;
  });
}
