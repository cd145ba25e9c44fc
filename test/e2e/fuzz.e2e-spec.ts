import type { INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { validateProfile } from '../../src/analysis/validate';
import { createAccount, TEST_PASSWORD, type TestAccount } from './support/auth';
import { finalStatusCounts, listen, statusesThrough } from './support/load';
import { createTestEnvironment, startTestApp, type TestEnvironment } from './support/test-app';

const PROFILE = JSON.parse(readFileSync(resolve(__dirname, '../../docs/examples/strong-en.json'), 'utf8'));
/** Fixed by default so a CI run is reproducible; FUZZ_SEED=random (or a number) and FUZZ_RUNS explore further. */
const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() : Number(process.env.FUZZ_SEED ?? 14);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1);

/**
 * JSON text written as is into a body: numbers JSON.stringify cannot write (1e400, which JSON.parse
 * reads as Infinity) and nesting too deep for JSON.stringify's own recursion.
 */
class RawJson {
  constructor(readonly text: string) {}
}

/** JSON text for a value that may hold RawJson; lone surrogates come out as \ud800-style escapes. */
function toJson(value: unknown): string {
  const raw: string[] = [];
  const text = JSON.stringify(value, (_, item: unknown) => (item instanceof RawJson ? `@@raw${raw.push(item.text) - 1}@@` : item));
  return text.replace(/"@@raw(\d+)@@"/g, (_, index: string) => raw[Number(index)]!);
}

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** What a hostile client puts in a field: wrong types, null, NUL, half emoji, huge and non-finite numbers, deep nesting. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, -0, 1e12, 1e12 + 1, Number.MAX_SAFE_INTEGER, '', 'linkedin', 'id', '2026-10-01', '2026-13-45'),
  fc.constantFrom('\u0000', 'a\u0000b', '\ud83d', 'cut \ude00 emoji', '\u{1F600}', '\u202e\u200f', "' OR '1'='1", '__proto__', 'x'.repeat(20_001)),
  fc.constantFrom(new RawJson('1e400'), new RawJson('-1e400'), new RawJson('1e308'), new RawJson('123456789012345678901234567890')),
  fc.string({ unit: anyCodeUnit, maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom([], {}, [[]], [{}], [null]),
  fc.integer({ min: 20, max: 3_000 }).map((depth) => new RawJson('['.repeat(depth) + ']'.repeat(depth))),
);

type Path = (string | number)[];

const PROFILE_PATHS: Path[] = [
  ['targetRole'], ['locale'], ['sources'], ['sources', 0], ['sources', 0, 'platform'], ['sources', 0, 'handle'],
  ['sources', 0, 'displayName'], ['sources', 0, 'url'], ['sources', 0, 'headline'], ['sources', 0, 'about'],
  ['sources', 0, 'posts'], ['sources', 0, 'posts', 0], ['sources', 0, 'posts', 0, 'text'], ['sources', 0, 'posts', 0, 'postedAt'],
  ['sources', 0, 'posts', 0, 'likes'], ['sources', 0, 'metrics'], ['sources', 0, 'metrics', 'followers'],
  ['sources', 0, 'metrics', 'avgLikes'], ['sources', 1, 'posts', 1, 'comments'], ['__proto__'], ['sources', 0, 'constructor'], ['extra'],
];

interface Mutation {
  path: Path;
  remove: boolean;
  value: unknown;
}

/**
 * Sets (or removes) the value at `path` in a copy, creating nothing that the path does not reach.
 * Values are copied in too: fast-check hands out the same constant objects run after run, and a
 * later edit must not change them.
 */
function mutate<T>(base: T, mutations: Mutation[]): T {
  const copy = structuredClone(base);
  for (const { path, remove, value } of mutations) {
    let parent: unknown = copy;
    for (const key of path.slice(0, -1)) parent = parent && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[key] : undefined;
    if (!parent || typeof parent !== 'object' || parent instanceof RawJson) continue;
    const last = path[path.length - 1]!;
    if (remove) delete (parent as Record<string | number, unknown>)[last];
    else Object.defineProperty(parent, last, { value: value instanceof RawJson ? value : structuredClone(value), enumerable: true, configurable: true, writable: true });
  }
  return copy;
}

const mutations = (paths: Path[]) =>
  fc.array(fc.record({ path: fc.constantFrom(...paths), remove: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }), value: hostileValue }), {
    minLength: 1,
    maxLength: 3,
  });

/** A body that is valid but for one to three hostile edits, or any JSON at all, or (rarely) the valid profile itself. */
const auditBody = fc.oneof(
  { weight: 8, arbitrary: mutations(PROFILE_PATHS).map((edits) => toJson(mutate(PROFILE, edits))) },
  { weight: 1, arbitrary: hostileValue.map(toJson) },
  { weight: 1, arbitrary: fc.constant(toJson(PROFILE)) },
);

describe('Fuzz (fast-check): the audit, sign-up and login bodies never get a 5xx', () => {
  let env: TestEnvironment;
  let app: INestApplication;
  let candidate: TestAccount;
  let baseUrl: string;
  const accepted: string[] = [];

  beforeAll(async () => {
    env = await createTestEnvironment();
    app = await startTestApp({ workers: true, quiet: true });
    baseUrl = await listen(app);
    candidate = await createAccount(app, 'candidate');
  });

  afterAll(async () => {
    await app?.close();
    await env?.destroy();
  });

  async function post(path: string, body: string, token?: string): Promise<{ status: number; body: { id?: string; details?: unknown } }> {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return { status: response.status, body: (await response.json().catch(() => ({}))) as { id?: string } };
  }

  it('POST /audits: never 5xx, and 202 exactly when the engine validateProfile accepts the body', async () => {
    await fc.assert(
      fc.asyncProperty(auditBody, async (body) => {
        const answer = await post('/api/v1/audits', body, candidate.token);
        expect(answer.status).toBeLessThan(500);
        expect(answer.status === 202).toBe(validateProfile(JSON.parse(body)).ok);
        if (answer.status === 202) accepted.push(answer.body.id!);
        else expect(answer.status).toBe(400);
      }),
      { seed: SEED, numRuns: 300 * RUNS },
    );
    expect(accepted.length).toBeGreaterThan(0);
  }, 60_000 * RUNS);

  it('POST /auth/signup and /auth/login: never 5xx', async () => {
    const signupPaths: Path[] = [['email'], ['password'], ['role'], ['organisation'], ['__proto__'], ['extra']];
    const loginPaths: Path[] = [['email'], ['password'], ['constructor'], ['extra']];
    await fc.assert(
      fc.asyncProperty(mutations(signupPaths), mutations(loginPaths), async (signupEdits, loginEdits) => {
        const signup = mutate({ email: `fuzz-${randomUUID()}@example.com`, password: TEST_PASSWORD, role: 'recruiter', organisation: 'Acme' }, signupEdits);
        expect((await post('/api/v1/auth/signup', toJson(signup))).status).toBeLessThan(500);
        const login = mutate({ email: candidate.email, password: 'not the password' }, loginEdits);
        expect((await post('/api/v1/auth/login', toJson(login))).status).toBeLessThan(500);
      }),
      { seed: SEED, numRuns: 120 * RUNS },
    );
  }, 60_000 * RUNS);

  it('any bytes at all (cut JSON, stray characters) to each route: never 5xx', async () => {
    const valid = toJson(PROFILE);
    const garbled = fc.oneof(
      fc.nat({ max: valid.length }).map((end) => valid.slice(0, end)),
      fc.tuple(fc.nat({ max: valid.length - 1 }), fc.string({ unit: anyCodeUnit, minLength: 1, maxLength: 3 })).map(
        ([at, junk]) => valid.slice(0, at) + junk + valid.slice(at + 1),
      ),
      fc.string({ unit: anyCodeUnit, maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(garbled, fc.constantFrom('/api/v1/audits', '/api/v1/auth/signup', '/api/v1/auth/login'), async (body, path) => {
        const answer = await post(path, body, candidate.token);
        expect(answer.status).toBeLessThan(500);
        if (answer.status === 202) accepted.push(answer.body.id!);
      }),
      { seed: SEED, numRuns: 150 * RUNS },
    );
  }, 60_000 * RUNS);

  it('every audit answered 202 above completes (the API accepts nothing the engine then fails)', async () => {
    expect(await finalStatusCounts(accepted, statusesThrough(app.get(DataSource)), 45_000)).toEqual({ completed: accepted.length });
  });

  it.each([
    ['NUL in organisation', '/api/v1/auth/signup', { email: 'nul@example.com', password: TEST_PASSWORD, role: 'recruiter', organisation: 'Acme\u0000' }, 'organisation'],
    ['half an emoji in the sign-up email', '/api/v1/auth/signup', { email: '\ud83d@example.com', password: TEST_PASSWORD, role: 'candidate' }, 'email'],
    ['NUL as the login email', '/api/v1/auth/login', { email: '\u0000', password: 'x' }, 'email'],
    ['1,400 nested arrays at login, without a token', '/api/v1/auth/login', new RawJson('['.repeat(1_400) + ']'.repeat(1_400)), '[0][0][0]'],
    ['targetRole: null', '/api/v1/audits', { ...PROFILE, targetRole: null }, 'targetRole'],
    ['sources: [[]]', '/api/v1/audits', { sources: [[]] }, 'sources[0]'],
    ['avgLikes: 1e400', '/api/v1/audits', { sources: [{ platform: 'x', metrics: { avgLikes: new RawJson('1e400') } }] }, 'sources[0].metrics.avgLikes'],
    ['NUL in a post', '/api/v1/audits', { sources: [{ platform: 'x', posts: [{ text: 'a\u0000' }] }] }, 'sources[0].posts[0].text'],
  ])('known hostile input: %s is a 400 naming the field', async (_, path, body, field) => {
    const answer = await post(path, toJson(body), candidate.token);
    expect(answer.status).toBe(400);
    expect(answer.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: expect.stringContaining(field) })]));
  });
});
