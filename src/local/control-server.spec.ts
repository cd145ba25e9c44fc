import { type ControlCommands, ControlRequestError, startControlServer } from './control-server';
import { callInstance } from './instance-client';
import type { InstanceRecord } from './instance-lock';

describe("the running instance's control endpoint", () => {
  const created: string[] = [];
  const commands: ControlCommands = {
    createAdmin: async (email) => {
      if (email === 'taken@example.com') throw new ControlRequestError('taken@example.com belongs to a candidate account');
      created.push(email);
      return 'created';
    },
    migrations: async () => [{ name: 'CreateAudits1', applied: true }],
    runMigrations: async () => [],
  };

  it('carries out commands for a caller holding the token, and refuses everyone else', async () => {
    const endpoint = await startControlServer(commands);
    const holder: InstanceRecord = { pid: process.pid, command: 'npm start', startedAt: '', nonce: 'n', control: { port: endpoint.port, token: endpoint.token } };
    try {
      expect(await callInstance(holder, 'POST', '/admins', { email: 'ops@example.com', password: 'x' })).toEqual({ outcome: 'created' });
      expect(created).toEqual(['ops@example.com']);
      expect(await callInstance(holder, 'GET', '/migrations')).toEqual({ migrations: [{ name: 'CreateAudits1', applied: true }] });
      await expect(callInstance(holder, 'POST', '/admins', { email: 'taken@example.com', password: 'x' })).rejects.toThrow('belongs to a candidate account');
      await expect(callInstance(holder, 'POST', '/nothing')).rejects.toThrow('No such command');
      const wrongToken = { ...holder, control: { port: endpoint.port, token: `${endpoint.token.slice(1)}x` } };
      await expect(callInstance(wrongToken, 'POST', '/admins', { email: 'evil@example.com', password: 'x' })).rejects.toThrow('Bad or missing token');
      const anonymous = await fetch(`http://127.0.0.1:${endpoint.port}/migrations`);
      expect(anonymous.status).toBe(401);
      expect(created).toEqual(['ops@example.com']);
    } finally {
      await endpoint.stop();
    }
  });
});
