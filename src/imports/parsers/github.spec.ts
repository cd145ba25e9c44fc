import { validateProfile } from '../../analysis/validate';
import { type FakeGitHub, startFakeGitHub } from '../../../test/imports/fake-github';
import { importGitHub } from './github';

describe('GitHub by username (REST API, against a local fake)', () => {
  let github: FakeGitHub;
  // Generous: the 'huge' answer is over 2 MB and a loaded CI machine streams it slowly; 'slow' sets its own.
  const settings = () => ({ apiUrl: github.url, timeoutMs: 30_000 });

  beforeAll(async () => {
    github = await startFakeGitHub();
  });
  afterAll(() => github.close());

  it('takes login, name, bio, follower counts, the profile README and the most starred own repositories', async () => {
    const result = await importGitHub('bayu-santoso', settings());
    const [source] = result.sources;
    expect(source).toMatchObject({
      platform: 'github',
      handle: 'bayu-santoso',
      displayName: 'Bayu Santoso',
      url: 'https://github.com/bayu-santoso',
      headline: 'Data engineer · Airflow, dbt, BigQuery',
      metrics: { followers: 87, following: 12 },
    });
    expect(source.about).toMatch(/^Halo, saya Bayu 👋/);
    expect(source.about).toContain('Data engineer building reliable pipelines with Airflow, dbt and BigQuery.');
    expect(source.about).toContain('Writing about idempotent pipelines at bayu.example.dev (https://bayu.example.dev)');
    expect(source.about).not.toContain('shields.io');
    expect(source.posts?.map((post) => post.text)).toContain('airflow-retail-dags: Production-style Airflow DAGs for a retail warehouse, with tests. Language: Python. Topics: airflow, data-engineering.');
    expect(source.posts).toHaveLength(12);
    expect(source.posts?.[0]).toEqual({ text: expect.stringContaining('airflow-retail-dags'), postedAt: '2026-01-11T10:00:00Z' });
    expect(result.counts).toEqual({ postsFound: 15, postsKept: 12 });
    expect(result.skipped.map((item) => [item.code, item.count])).toEqual([
      ['forks', 1],
      ['more-repositories', 2],
    ]);
    expect(JSON.stringify(result)).not.toMatch(/bayu\.private@example\.com|Surabaya/);
    expect(result.filesRead).toEqual([
      'GET /users/bayu-santoso',
      'GET /users/bayu-santoso/repos?type=owner&sort=pushed&per_page=100',
      'GET /repos/bayu-santoso/bayu-santoso/readme',
    ]);
    expect(validateProfile({ sources: result.sources }).ok).toBe(true);
  });

  it('goes without a README; sends the token when one is set', async () => {
    const before = github.requests.length;
    const result = await importGitHub('@nadia-r', { ...settings(), token: 'test-token' });
    expect(result.sources).toEqual([{ platform: 'github', handle: 'nadia-r', url: 'https://github.com/nadia-r', metrics: { followers: 3, following: 1 } }]);
    expect(github.requests.slice(before).every((request) => request.authorization === 'Bearer test-token')).toBe(true);
  });

  it('answers each failure with its own kind, on the username field', async () => {
    await expect(importGitHub('not a user!', settings())).rejects.toMatchObject({ kind: 'bad_request', field: 'username' });
    await expect(importGitHub('nobody-here', settings())).rejects.toMatchObject({ kind: 'not_found', field: 'username', message: 'GitHub has no user nobody-here.' });
    await expect(importGitHub('rate-limited', settings())).rejects.toMatchObject({ kind: 'upstream_rate_limited', retryAfterSeconds: expect.any(Number) });
    await expect(importGitHub('broken', settings())).rejects.toMatchObject({ kind: 'upstream', message: 'GitHub answered 500; try again later.' });
    await expect(importGitHub('huge', settings())).rejects.toMatchObject({ kind: 'upstream', message: expect.stringContaining('larger than 2048 KB') });
    await expect(importGitHub('slow', { ...settings(), timeoutMs: 300 })).rejects.toMatchObject({ kind: 'upstream_timeout' });
  });
});
