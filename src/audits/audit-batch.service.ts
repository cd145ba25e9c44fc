import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, type Repository } from 'typeorm';
import type { FieldError } from '../http/validation';
import { Audit } from './audit.entity';
import { AuditIntakeService } from './audit-intake.service';
import type { NewAudit } from './audit-store';
import { checkBatchItem } from './dto/create-audit-batch.dto';
import { type AuditSummaryView, toAuditSummaryView } from './dto/audit-views';

/** One item's answer: what POST /audits would have answered for it alone. */
export interface BatchItemResult {
  index: number;
  status: number;
  audit?: AuditSummaryView;
  error?: { statusCode: number; error: string; message: string; details?: FieldError[] };
}

export interface BatchResultView {
  batchId: string;
  accepted: number;
  replayed: number;
  refused: number;
  results: BatchItemResult[];
}

interface Pending extends NewAudit {
  index: number;
}

const KEY_CONFLICT = 'Idempotency-Key was already used with a different request body';

/**
 * POST /audits/batch: every item is validated, deduplicated by its Idempotency-Key and stored as
 * POST /audits would (AuditIntakeService), but with one SELECT for the keys, one INSERT for the new
 * audits and one addBulk for their jobs. Admission counts each new audit.
 */
@Injectable()
export class AuditBatchService {
  constructor(
    @InjectRepository(Audit) private readonly audits: Repository<Audit>,
    private readonly intake: AuditIntakeService,
  ) {}

  async submit(ownerId: string, items: readonly unknown[]): Promise<BatchResultView> {
    const batchId = randomUUID();
    const results: BatchItemResult[] = [];
    const pending: Pending[] = [];
    items.forEach((item, index) => {
      const checked = checkBatchItem(item, index);
      if (Array.isArray(checked)) return results.push(refusal(index, HttpStatus.BAD_REQUEST, 'Validation failed', checked));
      pending.push({ index, ...this.intake.newAudit(checked.profile, { ownerId, idempotencyKey: checked.idempotencyKey, batchId }) });
    });
    const replays = await this.existingByKey(ownerId, pending);
    const fresh = pending.filter((item) => !item.idempotencyKey || !replays.has(item.idempotencyKey));
    // A key repeated within the batch: its first item is stored, the others answer as replays of it.
    const firstOfKey = new Map<string, Pending>();
    const toInsert = fresh.filter((item) => {
      if (!item.idempotencyKey) return true;
      if (firstOfKey.has(item.idempotencyKey)) return false;
      firstOfKey.set(item.idempotencyKey, item);
      return true;
    });
    const stored = new Map((await this.intake.accept(ownerId, toInsert, { skipKeyConflicts: true })).map((audit) => [audit.id, audit]));
    // Keys taken by a concurrent request between the SELECT and the INSERT: look again.
    const raced = toInsert.filter((item) => !stored.has(item.id));
    for (const [key, audit] of await this.existingByKey(ownerId, raced)) replays.set(key, audit);

    for (const item of pending) {
      const own = stored.get(item.id);
      if (own) {
        results.push({ index: item.index, status: HttpStatus.ACCEPTED, audit: toAuditSummaryView(own) });
        continue;
      }
      const key = item.idempotencyKey!;
      const first = firstOfKey.get(key);
      const holder = replays.get(key) ?? (first && stored.get(first.id));
      const sameBody = holder?.requestHash === item.requestHash;
      results.push(
        holder && sameBody
          ? { index: item.index, status: HttpStatus.OK, audit: toAuditSummaryView(holder) }
          : refusal(item.index, HttpStatus.CONFLICT, KEY_CONFLICT),
      );
    }
    results.sort((a, b) => a.index - b.index);
    const count = (status: number) => results.filter((result) => result.status === status).length;
    return { batchId, accepted: count(HttpStatus.ACCEPTED), replayed: count(HttpStatus.OK), refused: results.length - count(HttpStatus.ACCEPTED) - count(HttpStatus.OK), results };
  }

  private async existingByKey(ownerId: string, items: readonly Pending[]): Promise<Map<string, Audit>> {
    const keys = [...new Set(items.flatMap((item) => (item.idempotencyKey ? [item.idempotencyKey] : [])))];
    if (keys.length === 0) return new Map();
    const found = await this.audits.find({ where: { ownerId, idempotencyKey: In(keys) } });
    return new Map(found.map((audit) => [audit.idempotencyKey!, audit]));
  }
}

function refusal(index: number, status: HttpStatus, message: string, details?: FieldError[]): BatchItemResult {
  const error = status === HttpStatus.CONFLICT ? 'Conflict' : 'Bad Request';
  return { index, status, error: { statusCode: status, error, message, ...(details ? { details } : {}) } };
}
