import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { type ThrowAwayRedis, startRedisServer } from '../../scripts/faults/private-redis';
import { createTestEnvironment, startTestApp, type TestEnvironment, waitFor } from './support/test-app';

// Stopping and restarting a Redis takes a few seconds of reconnects.
jest.setTimeout(30_000);

describe('GET /health (Terminus: database, Redis, queue)', () => {
  let env: TestEnvironment;

  beforeAll(async () => {
    env = await createTestEnvironment();
  });

  afterAll(async () => {
    await env?.destroy();
  });

  describe('with everything running', () => {
    let app: INestApplication;

    beforeAll(async () => {
      app = await startTestApp({ workers: true });
    });

    afterAll(async () => {
      await app?.close();
    });

    it('is public and reports database, Redis and the queue as up', async () => {
      const response = await request(app.getHttpServer()).get('/health').expect(200);
      expect(response.body.status).toBe('ok');
      expect(response.body.details).toMatchObject({
        database: { status: 'up' },
        redis: { status: 'up', maxmemoryPolicy: 'noeviction' },
        queue: { status: 'up', name: 'audits', isPaused: false },
      });
      expect(response.body.details.queue.workers).toBeGreaterThanOrEqual(1);
      expect(response.headers['cache-control']).toBe('no-store');
    });

    it('tells readiness (database and Redis) from liveness (no dependency)', async () => {
      const ready = await request(app.getHttpServer()).get('/health/ready').expect(200);
      expect(Object.keys(ready.body.details).sort()).toEqual(['database', 'redis']);
      expect(await request(app.getHttpServer()).get('/health/live').expect(200).then((live) => live.body)).toEqual({ status: 'ok' });
    });
  });

  describe('when Redis stops', () => {
    let redis: ThrowAwayRedis;
    let app: INestApplication;

    beforeAll(async () => {
      redis = await startRedisServer();
      process.env.REDIS_URL = redis.url;
      app = await startTestApp({ workers: false });
    });

    afterAll(async () => {
      process.env.REDIS_URL = env.redisUrl;
      await redis?.start();
      await app?.close();
      await redis?.stop();
    });

    it('answers 503 with Redis and the queue down and the database still up', async () => {
      const before = await request(app.getHttpServer()).get('/health').expect(200);
      // No worker in this process: the queue is reachable but degraded, which is still a 200.
      expect(before.body.status).toBe('degraded');
      expect(before.body.details.redis.status).toBe('up');

      await redis.stop();
      const response = await request(app.getHttpServer()).get('/health').expect(503);
      expect(response.body.status).toBe('error');
      expect(response.body.error).toMatchObject({ redis: { status: 'down' }, queue: { status: 'down' } });
      expect(response.body.details.database.status).toBe('up');
      expect(response.body.info.database.status).toBe('up');
      // Not ready (a load balancer sends no traffic), but alive (an orchestrator does not restart it for an outage).
      const ready = await request(app.getHttpServer()).get('/health/ready').expect(503);
      expect(ready.headers['retry-after']).toBe('5');
      expect(ready.body.error).toMatchObject({ redis: { status: 'down' } });
      await request(app.getHttpServer()).get('/health/live').expect(200);

      await redis.start();
      const recovered = await waitFor(async () => {
        const again = await request(app.getHttpServer()).get('/health');
        return again.status === 200 ? again.body : undefined;
      }, 15_000, '/health to recover once Redis is back');
      expect(recovered.details.redis.status).toBe('up');
    });
  });
});
