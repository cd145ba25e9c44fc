import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('ScheduleKeeper', () => {
  it('is the only code that writes a BullMQ schedule, so every schedule is re-asserted after a flush', () => {
    const root = join(__dirname, '..');
    const writers = sourceFiles(root).filter((path) => /upsertJobScheduler|repeat\s*:\s*\{/.test(readFileSync(path, 'utf8')));
    expect(writers.map((path) => relative(root, path))).toEqual([join('schedules', 'schedule-keeper.service.ts')]);
  });
});
