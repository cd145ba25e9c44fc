import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import type { DocBlock } from '../support/doc-blocks';
import { runDocBlocks, type Shell } from '../support/doc-runner';

/** A server answering GET /<status> with that status, standing in for Citra at localhost:3000. */
async function statusServer(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => response.writeHead(Number(request.url!.slice(1)) || 200).end('{"id":"x"}'));
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return { server, url: `http://localhost:${(server.address() as AddressInfo).port}` };
}

const block = (code: string, line = 1): DocBlock => ({ file: 'x.md', line, language: 'bash', code });

describe('the docs runner fails what a stranger would see fail', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => ({ server, url } = await statusServer()));
  afterAll(() => server.close());

  const run = (shell: Shell, ...blocks: DocBlock[]) =>
    runDocBlocks({ root: tmpdir(), shell, blocks, baseUrl: url, env: { PATH: process.env.PATH }, timeoutMs: 20_000 });

  it('keeps variables and functions from one block to the next, and talks to the started instance', async () => {
    const ok = await run('bash', block('say() { echo "$1"; }\nX=$(curl -s localhost:3000/200)'), block('say "$X"', 5));
    expect(ok).toEqual([]);
  });

  it('an unquoted bracket passes in bash and fails in zsh ("no matches found")', async () => {
    const code = block('echo .summary.flags[0].id');
    expect(await run('bash', code)).toEqual([]);
    expect(await run('zsh', code)).toEqual([expect.objectContaining({ where: 'x.md:1 (zsh)', output: expect.stringContaining('no matches found') })]);
  });

  it('refuses a failing command, an `undefined`, a 5xx, and a 4xx no comment announces', async () => {
    const failures = await run(
      'bash',
      block('curl -s localhost:3000/404          # 404'),
      block('curl -s localhost:3000/409', 2),
      block('curl -s localhost:3000/500    # 500', 3),
      block('echo undefined', 4),
      block('false\necho never', 5),
      block('echo not reached', 6),
    );
    expect(failures.map((failure) => [failure.where, failure.reasons])).toEqual([
      ['x.md:2 (bash)', ['an HTTP request answered 409, which no comment in the block announces (e.g. "# 409")']],
      ['x.md:3 (bash)', ['an HTTP request answered 500']],
      ['x.md:4 (bash)', ['printed `undefined`: a JSON field it reads is not in the answer']],
      ['x.md:5 (bash)', ['a command failed (the shell exited 1)']],
    ]);
  });
});
