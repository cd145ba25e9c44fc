import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkoutAt } from './checkout';

describe("a checkout's own names", () => {
  it('differ between two clones on one machine, and stay valid Postgres and Redis names', () => {
    const parent = mkdtempSync(join(tmpdir(), 'citra-clones-'));
    try {
      mkdirSync(join(parent, 'citra'));
      mkdirSync(join(parent, 'My Fork (2)'));
      const first = checkoutAt(join(parent, 'citra'));
      const second = checkoutAt(join(parent, 'My Fork (2)'));
      expect(first.localName).toMatch(/^citra_[0-9a-f]{8}$/);
      expect(second.localName).toMatch(/^citra_my_fork_2_[0-9a-f]{8}$/);
      expect(first.dataDir).toBe(join(first.root, '.data'));
      expect(checkoutAt(join(parent, 'citra')).localName).toBe(first.localName);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
