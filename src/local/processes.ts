import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** True while a process with this pid exists (ours or another user's). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the command line of process `pid` contains `text`: read from /proc on Linux, from `ps`
 * on macOS and the BSDs; undefined where neither is available (Windows), i.e. "cannot tell".
 */
export function runningCommandIncludes(pid: number, text: string): boolean | undefined {
  const command = commandLine(pid);
  return command === undefined ? undefined : command.includes(text);
}

function commandLine(pid: number): string | undefined {
  if (process.platform === 'linux') {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      return '';
    }
  }
  if (process.platform === 'win32') return undefined;
  try {
    return execFileSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}
