import type { INestApplication } from '@nestjs/common';
import { connect, type Socket } from 'node:net';
import { listen } from './support/load';
import { createTestEnvironment, startTestApp, type TestEnvironment } from './support/test-app';

interface Exchange {
  /** e.g. `HTTP/1.1 413 Payload Too Large`; empty when the server closed without answering. */
  statusLine: string;
  body: string;
  /** Bytes the client managed to hand to the socket before the server closed it. */
  bytesWritten: number;
  /** False when the connection was still open after `giveUpMs` (then the client closed it). */
  closedByServer: boolean;
}

/**
 * Opens a raw TCP connection, writes `head`, then lets `feed` write more (or nothing), and waits
 * until the server closes the connection (or `giveUpMs` passes).
 */
function rawExchange(port: number, head: string, feed: (socket: Socket) => () => void = () => () => undefined, giveUpMs = 20_000): Promise<Exchange> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let stopFeeding = () => undefined as void;
    let closedByServer = true;
    const giveUp = setTimeout(() => {
      closedByServer = false;
      socket.destroy();
    }, giveUpMs);
    socket.on('connect', () => {
      socket.write(head);
      stopFeeding = feed(socket);
    });
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(giveUp);
      stopFeeding();
      const [headers = '', body = ''] = received.split('\r\n\r\n');
      resolve({ statusLine: headers.split('\r\n')[0] ?? '', body, bytesWritten: socket.bytesWritten, closedByServer });
    });
  });
}

const chunkedHead = (path: string) =>
  `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"ema\r\n`;

/** Writes 16 KB chunks as fast as the socket takes them, up to 64 MB. */
function endlessChunks(socket: Socket): () => void {
  const chunk = `4000\r\n${'a'.repeat(0x4000)}\r\n`;
  let stopped = false;
  const pump = () => {
    while (!stopped && socket.writable && socket.bytesWritten < 64 * 1024 * 1024) {
      if (!socket.write(chunk)) return socket.once('drain', pump);
    }
  };
  pump();
  return () => {
    stopped = true;
  };
}

/** One byte every 200 ms: never too much, always too slow. */
function trickle(socket: Socket): () => void {
  const timer = setInterval(() => socket.writable && socket.write('1\r\na\r\n'), 200);
  return () => clearInterval(timer);
}

describe('Slow and endless clients are cut off (raw sockets)', () => {
  let env: TestEnvironment;
  let app: INestApplication;
  let port: number;

  beforeAll(async () => {
    env = await createTestEnvironment();
    Object.assign(process.env, { HTTP_HEADERS_TIMEOUT_MS: '1000', HTTP_BODY_TIMEOUT_MS: '1500', HTTP_REQUEST_TIMEOUT_MS: '5000' });
    app = await startTestApp({ workers: false, quiet: true });
    port = Number(new URL(await listen(app)).port);
  });

  afterAll(async () => {
    await app?.close();
    await env?.destroy();
  });

  it('refuses an endless chunked body with 413 once past 256 KB, without reading it to the end', async () => {
    const exchange = await rawExchange(port, chunkedHead('/api/v1/auth/login'), endlessChunks);
    expect(exchange).toMatchObject({ statusLine: 'HTTP/1.1 413 Payload Too Large', closedByServer: true });
    expect(JSON.parse(exchange.body)).toMatchObject({ statusCode: 413, message: expect.stringContaining('256 KB') });
    // Read to the end it would have taken all 64 MB; what got through is the limit plus socket buffers.
    expect(exchange.bytesWritten).toBeLessThan(16 * 1024 * 1024);
  });

  it('closes the connection of an endless multipart body that no route reads, once answered', async () => {
    const head = 'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nTransfer-Encoding: chunked\r\n\r\n';
    const exchange = await rawExchange(port, head, endlessChunks);
    expect(exchange).toMatchObject({ statusLine: 'HTTP/1.1 400 Bad Request', closedByServer: true });
    expect(exchange.bytesWritten).toBeLessThan(16 * 1024 * 1024);
  });

  it('refuses a declared Content-Length past the limit before reading the body', async () => {
    const head = 'POST /api/v1/audits HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1048576\r\n\r\n';
    const exchange = await rawExchange(port, head);
    expect(exchange).toMatchObject({ statusLine: 'HTTP/1.1 413 Payload Too Large', closedByServer: true });
  });

  it.each([
    ['a chunked body that stops', chunkedHead('/api/v1/auth/login'), undefined],
    ['a body shorter than its Content-Length', 'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"email":"', undefined],
    ['a body trickling in a byte at a time', chunkedHead('/api/v1/audits'), trickle],
  ])('answers %s with 408 after the body timeout and closes the connection', async (_, head, feed) => {
    const exchange = await rawExchange(port, head, feed);
    expect(exchange).toMatchObject({ statusLine: 'HTTP/1.1 408 Request Timeout', closedByServer: true });
    expect(JSON.parse(exchange.body)).toMatchObject({ statusCode: 408, message: expect.stringContaining('did not arrive') });
  });

  it('closes a connection whose headers never end (408)', async () => {
    const exchange = await rawExchange(port, 'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    expect(exchange).toMatchObject({ statusLine: 'HTTP/1.1 408 Request Timeout', closedByServer: true });
  });

  it('still serves ordinary requests afterwards', async () => {
    const exchange = await rawExchange(port, 'GET /health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(exchange.statusLine).toBe('HTTP/1.1 200 OK');
    expect(JSON.parse(exchange.body)).toEqual({ status: 'ok' });
  });
});
