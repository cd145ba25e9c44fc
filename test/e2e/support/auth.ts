import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { UsersService } from '../../../src/accounts/users.service';
import type { Role } from '../../../src/auth/auth.types';
import { waitFor } from './test-app';

export interface TestAccount {
  id: string;
  email: string;
  password: string;
  role: Role;
  token: string;
  /** `{ Authorization: 'Bearer <token>' }`, for supertest's `.set(...)`. */
  auth: { Authorization: string };
}

export const TEST_PASSWORD = 'correct horse battery staple';

/** A unique email per call, so tests never collide on the unique index. */
export function uniqueEmail(label: string): string {
  return `${label}-${randomBytes(5).toString('hex')}@example.com`;
}

/**
 * An account of this role with a fresh access token. Candidates and recruiters sign up through the
 * API; an admin is created the way the operator does it (UsersService.ensureAdmin), then signs in.
 */
export async function createAccount(app: INestApplication, role: Role, label: string = role): Promise<TestAccount> {
  const email = uniqueEmail(label);
  if (role === 'admin') {
    await app.get(UsersService).ensureAdmin(email, TEST_PASSWORD);
  } else {
    const body = { email, password: TEST_PASSWORD, role, ...(role === 'recruiter' ? { organisation: 'Acme Talent' } : {}) };
    await request(app.getHttpServer()).post('/api/v1/auth/signup').send(body).expect(201);
  }
  const token = await logIn(app, email, TEST_PASSWORD);
  const me = await request(app.getHttpServer()).get('/api/v1/me').set(bearer(token)).expect(200);
  return { id: me.body.id, email, password: TEST_PASSWORD, role, token, auth: bearer(token) };
}

export async function logIn(app: INestApplication, email: string, password: string): Promise<string> {
  const response = await request(app.getHttpServer()).post('/api/v1/auth/login').send({ email, password }).expect(200);
  return response.body.accessToken as string;
}

export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}

/** Submits a profile as this candidate and waits for the worker to complete the audit; returns the audit. */
export async function submitCompletedAudit(app: INestApplication, candidate: TestAccount, profile: unknown) {
  const submitted = await request(app.getHttpServer()).post('/api/v1/audits').set(candidate.auth).send(profile as object).expect(202);
  return waitFor(async () => {
    const response = await request(app.getHttpServer()).get(submitted.body.url).set(candidate.auth).expect(200);
    if (response.body.status === 'failed') throw new Error(`Audit failed: ${response.body.failureReason}`);
    return response.body.status === 'completed' ? response.body : undefined;
  }, 20_000, `audit ${submitted.body.id} to complete`);
}
