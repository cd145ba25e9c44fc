import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for GitHub's REST API on 127.0.0.1 and a free port, serving the invented user
 * `bayu-santoso` (and `nadia-r`, without a README), plus users that fail: `rate-limited` (403 with
 * the rate-limit headers), `slow` (never answers), `huge` (a 3 MB answer), `broken` (500).
 */
export interface FakeGitHub {
  url: string;
  requests: { path: string; accept?: string; authorization?: string }[];
  close(): Promise<void>;
}

const README_HTML = `<div id="readme" class="md"><article class="markdown-body entry-content"><h1><a class="anchor" href="#hi"></a>Halo, saya Bayu 👋</h1>
<p><a href="https://github.com/bayu-santoso"><img src="https://img.shields.io/badge/GitHub-bayu--santoso-black" alt="badge"></a></p>
<p>Data engineer building reliable pipelines with <strong>Airflow</strong>, <strong>dbt</strong> and BigQuery. Currently improving data quality checks at a retail company.</p>
<ul><li>Writing about idempotent pipelines at <a href="https://bayu.example.dev">bayu.example.dev</a></li><li>Ask me about SQL window functions</li></ul></article></div>`;

function repository(name: string, stars: number, pushed: string, extra: Record<string, unknown> = {}) {
  return { name, full_name: `bayu-santoso/${name}`, description: null, fork: false, stargazers_count: stars, pushed_at: pushed, language: 'Python', topics: [], html_url: `https://github.com/bayu-santoso/${name}`, ...extra };
}

const REPOSITORIES = [
  repository('airflow-retail-dags', 48, '2026-01-11T10:00:00Z', { description: 'Production-style Airflow DAGs for a retail warehouse, with tests.', topics: ['airflow', 'data-engineering'] }),
  repository('dbt-sales-mart', 22, '2025-12-30T08:00:00Z', { description: 'dbt project: staging, marts and data tests for sales analytics.', language: 'SQL' }),
  repository('bayu-santoso', 3, '2026-01-02T00:00:00Z', { description: 'Profile README' }),
  repository('pandas', 0, '2024-01-01T00:00:00Z', { fork: true, description: 'Flexible and powerful data analysis library' }),
  ...Array.from({ length: 12 }, (_, index) => repository(`latihan-${index}`, 0, `2024-0${(index % 9) + 1}-01T00:00:00Z`, { description: index === 0 ? 'Catatan latihan SQL' : null })),
];

const USERS: Record<string, object> = {
  'bayu-santoso': {
    login: 'bayu-santoso',
    name: 'Bayu Santoso',
    bio: 'Data engineer · Airflow, dbt, BigQuery',
    blog: 'bayu.example.dev',
    html_url: 'https://github.com/bayu-santoso',
    email: 'bayu.private@example.com',
    location: 'Surabaya',
    followers: 87,
    following: 12,
  },
  'nadia-r': { login: 'nadia-r', name: null, bio: null, blog: '', html_url: 'https://github.com/nadia-r', followers: 3, following: 1 },
};

function send(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(body);
}

function route(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const [, kind, login, third, fourth] = url.pathname.split('/');
  if (login === 'rate-limited') {
    return send(response, 403, '{"message":"API rate limit exceeded"}', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 120) });
  }
  if (login === 'slow') return;
  if (login === 'huge') return send(response, 200, JSON.stringify({ login: 'huge', bio: 'x'.repeat(3 << 20) }));
  if (login === 'broken') return send(response, 500, '{"message":"Server Error"}');
  if (kind === 'users' && third === undefined && USERS[login]) return send(response, 200, JSON.stringify(USERS[login]));
  if (kind === 'users' && third === 'repos' && USERS[login]) return send(response, 200, JSON.stringify(login === 'bayu-santoso' ? REPOSITORIES : []));
  if (kind === 'repos' && login === 'bayu-santoso' && third === 'bayu-santoso' && fourth === 'readme') {
    if (request.headers.accept === 'application/vnd.github.html+json') return send(response, 200, README_HTML, { 'content-type': 'text/html; charset=utf-8' });
  }
  send(response, 404, '{"message":"Not Found"}');
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const requests: FakeGitHub['requests'] = [];
  const server: Server = createServer((request, response) => {
    requests.push({ path: request.url ?? '', accept: request.headers.accept, authorization: request.headers.authorization });
    route(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
