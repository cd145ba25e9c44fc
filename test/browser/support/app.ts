import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { createTestEnvironment, startTestApp, type TestEnvironment } from '../../e2e/support/test-app';

export interface RunningApp {
  app: INestApplication;
  env: TestEnvironment;
  baseURL: string;
  stop(): Promise<void>;
}

/** The real AppModule with workers, on a fresh database and Redis key prefix, listening on a free port. */
export async function startBrowserTestApp(): Promise<RunningApp> {
  const env = await createTestEnvironment();
  const app = await startTestApp({ workers: true });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    app,
    env,
    baseURL: `http://127.0.0.1:${port}`,
    stop: async () => {
      await app.close();
      await env.destroy();
    },
  };
}
