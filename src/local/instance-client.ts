import { DataDirInUseError, type InstanceRecord, readHolder } from './instance-lock';

const POLL_MS = 250;
/** A command started while npm start is still starting waits this long for it to take commands. */
const STARTING_WAIT_MS = 60_000;

/**
 * The running Citra that owns `dataDir` and takes commands, or undefined when none runs. While the
 * owner is still starting, waits for it; an owner that never takes commands (another admin:create,
 * or a start that hangs) is refused with the message naming it.
 */
export async function runningInstance(dataDir: string, waitMs = STARTING_WAIT_MS): Promise<InstanceRecord | undefined> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const holder = readHolder(dataDir);
    if (!holder || holder.control) return holder;
    if (holder.command !== 'npm start' || Date.now() > deadline) throw new DataDirInUseError(holder, dataDir);
    await new Promise((resolveDelay) => setTimeout(resolveDelay, POLL_MS));
  }
}

/** One command to the instance's control endpoint; its refusal (4xx) or failure becomes an Error with its message. */
export async function callInstance<T>(holder: InstanceRecord, method: 'GET' | 'POST', path: string, body?: object): Promise<T> {
  if (!holder.control) throw new Error(`Citra (pid ${holder.pid}) takes no commands`);
  const response = await fetch(`http://127.0.0.1:${holder.control.port}${path}`, {
    method,
    headers: { authorization: `Bearer ${holder.control.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const answer = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(answer.error ?? `the running Citra answered ${response.status}`);
  return answer;
}
