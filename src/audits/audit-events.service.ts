import { Inject, Injectable, Logger, type MessageEvent, type OnModuleDestroy } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { QueueEvents } from 'bullmq';
import { Observable } from 'rxjs';
import { bullConnection } from '../common/redis-connection';
import { redisConfig } from '../config/redis.config';
import type { Audit, AuditStatus } from './audit.entity';
import { AUDIT_QUEUE } from './audit-queue.contract';
import { AuditsService } from './audits.service';

/** What each `status` event of GET /audits/:id/events carries. */
export interface AuditStatusEvent {
  id: string;
  status: AuditStatus;
  attempts: number;
  failureReason: string | null;
  finishedAt: string | null;
}

/** Job events that may mean the audit's row changed. */
const JOB_EVENTS = ['active', 'completed', 'failed', 'waiting', 'delayed', 'stalled', 'removed'] as const;
/** The row is re-read this long after a job event too: a worker writes the row just after some events. */
const SETTLE_MS = 300;
/** Re-read this often even without events (a safety net: events are not replayed to a late listener). */
const RECHECK_MS = 5_000;
/** A stream ends after this; EventSource reconnects by itself. */
const MAX_STREAM_MS = 10 * 60_000;

type JobListener = () => void;

/**
 * Live status of audits for the web app: one BullMQ QueueEvents reader per API process (opened on the
 * first watcher, closed at shutdown), fanned out to each watcher of that audit. The row in Postgres
 * stays the truth: an event only says "read it again".
 */
@Injectable()
export class AuditEventsService implements OnModuleDestroy {
  private readonly logger = new Logger(AuditEventsService.name);
  private queueEvents: QueueEvents | undefined;
  private readonly listeners = new Map<string, Set<JobListener>>();

  constructor(
    private readonly audits: AuditsService,
    @Inject(redisConfig.KEY) private readonly redis: ConfigType<typeof redisConfig>,
  ) {}

  /** The owner's audit as a stream of status events, ending at `completed` or `failed`; 404 for anyone else. */
  async watch(ownerId: string, auditId: string): Promise<Observable<MessageEvent>> {
    const first = await this.audits.get(ownerId, auditId);
    return new Observable<MessageEvent>((subscriber) => {
      let last = '';
      let closed = false;
      const publish = (audit: Audit) => {
        const event = toStatusEvent(audit);
        const key = `${event.status}:${event.attempts}`;
        if (key === last) return;
        last = key;
        subscriber.next({ type: 'status', id: key, data: event });
        if (event.status === 'completed' || event.status === 'failed') subscriber.complete();
      };
      const reread = () => {
        if (closed) return;
        this.audits.get(ownerId, auditId).then(publish, (error: unknown) => subscriber.error(error));
      };
      const onJobEvent = () => {
        reread();
        setTimeout(reread, SETTLE_MS).unref();
      };
      this.addListener(auditId, onJobEvent);
      const recheck = setInterval(reread, RECHECK_MS);
      const expiry = setTimeout(() => subscriber.complete(), MAX_STREAM_MS);
      publish(first);
      return () => {
        closed = true;
        clearInterval(recheck);
        clearTimeout(expiry);
        this.removeListener(auditId, onJobEvent);
      };
    });
  }

  async onModuleDestroy(): Promise<void> {
    const events = this.queueEvents;
    this.queueEvents = undefined;
    await events?.close();
  }

  private addListener(jobId: string, listener: JobListener): void {
    this.ensureQueueEvents();
    const set = this.listeners.get(jobId) ?? new Set<JobListener>();
    set.add(listener);
    this.listeners.set(jobId, set);
  }

  private removeListener(jobId: string, listener: JobListener): void {
    const set = this.listeners.get(jobId);
    set?.delete(listener);
    if (set?.size === 0) this.listeners.delete(jobId);
  }

  private ensureQueueEvents(): void {
    if (this.queueEvents) return;
    const events = new QueueEvents(AUDIT_QUEUE, { connection: bullConnection(this.redis), prefix: this.redis.queuePrefix });
    for (const name of JOB_EVENTS) {
      events.on(name, ({ jobId }: { jobId: string }) => this.listeners.get(jobId)?.forEach((listener) => listener()));
    }
    // Without a handler an error event would crash the process; the 5 s re-check keeps streams going meanwhile.
    events.on('error', (error: Error) => this.logger.warn(`Queue events: ${error.message}`));
    this.queueEvents = events;
  }
}

function toStatusEvent(audit: Audit): AuditStatusEvent {
  return {
    id: audit.id,
    status: audit.status,
    attempts: audit.attempts,
    failureReason: audit.failureReason,
    finishedAt: audit.finishedAt?.toISOString() ?? null,
  };
}
