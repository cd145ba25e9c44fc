import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Profile, Report } from '../analysis/types';
import { prepared } from '../database/prepared';
import type { Audit } from './audit.entity';
import { storableJson } from './storable-json';

/** A new audit as POST /audits stores it: the profile as the canonical JSON text that was hashed. */
export interface NewAudit {
  id: string;
  ownerId: string;
  profileJson: string;
  idempotencyKey: string | null;
  requestHash: string;
  batchId: string | null;
}

export interface InsertOptions {
  skipKeyConflicts?: boolean;
  ownerMustBeCandidate?: boolean;
}

/** What a worker needs of an audit it has just marked processing. */
export interface ClaimedAudit {
  profile: Profile | null;
  createdAt: Date;
  profileBytes: number;
}

export interface CompletedAudit {
  report: Report;
  engineVersion: string;
  overallScore: number;
  engineMs: number;
}

const INSERT_QUEUED = `INSERT INTO audits (id, owner_id, status, profile, idempotency_key, request_hash, profile_bytes, batch_id)
  SELECT id, owner_id, 'queued', profile, idempotency_key, request_hash, profile_bytes, batch_id`;
const ROW_COLUMNS = 'row (id, owner_id, profile, idempotency_key, request_hash, profile_bytes, batch_id)';
// The profiles travel as one JSON array, not a text[]: a text[] literal escapes every quote of every
// profile (node-postgres's escapeElement, 9% of a batch's API CPU) and Postgres parses that again.
const FROM_ARRAYS = `FROM ROWS FROM (unnest($1::uuid[]), unnest($2::uuid[]), jsonb_array_elements($3::jsonb), unnest($4::text[]), unnest($5::text[]),
                    unnest($6::int[]), unnest($7::uuid[])) AS ${ROW_COLUMNS}`;
// One audit (every POST /audits) as plain parameters: the unnest and jsonb_array_elements above cost
// its backend more than the row itself.
const FROM_VALUES = `FROM (VALUES ($1::uuid, $2::uuid, $3::jsonb, $4::text, $5::text, $6::int, $7::uuid)) AS ${ROW_COLUMNS}`;
// Checked in the INSERT itself, so POST /audits need not read the account first (AccountCheckedByWrite).
const OWNER_IS_CANDIDATE = `WHERE EXISTS (SELECT 1 FROM users WHERE users.id = row.owner_id AND users.role = 'candidate')`;
const SKIP_TAKEN_KEYS = 'ON CONFLICT (owner_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING';
// updated_at is created_at on an INSERT (both default to now()): one date a row to read back.
const RETURNING_STORED = 'RETURNING id, created_at';

/**
 * The statements every submission and every job runs, in plain SQL: one round trip each, and none of
 * TypeORM's query building and entity hydration, which cost more than the statements themselves on
 * these paths. Everything else about audits goes through the TypeORM repository.
 */
@Injectable()
export class AuditStore {
  private readonly logger = new Logger(AuditStore.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Inserts the audits in one statement (all or none) and returns them as stored. With
   * `skipKeyConflicts`, an audit whose Idempotency-Key is taken already is left out instead of
   * failing the statement; the caller finds what holds the key. With `ownerMustBeCandidate`, nothing
   * is stored unless the owner's account exists and is a candidate's (checked in the same statement).
   *
   * Several rows travel as one array a column (unnest), so a batch's statement text is the same for
   * two audits and for a hundred; a single audit has a statement of its own. Each is prepared once
   * per connection.
   */
  async insertQueued(audits: readonly NewAudit[], options: InsertOptions = {}): Promise<Audit[]> {
    if (audits.length === 0) return [];
    const columns = { id: [] as string[], owner: [] as string[], profiles: [] as string[], key: [] as (string | null)[], hash: [] as string[], bytes: [] as number[], batch: [] as (string | null)[] };
    for (const audit of audits) {
      columns.id.push(audit.id);
      columns.owner.push(audit.ownerId);
      columns.profiles.push(audit.profileJson);
      columns.key.push(audit.idempotencyKey);
      columns.hash.push(audit.requestHash);
      columns.bytes.push(Buffer.byteLength(audit.profileJson));
      columns.batch.push(audit.batchId);
    }
    const candidate = Boolean(options.ownerMustBeCandidate);
    const skip = Boolean(options.skipKeyConflicts);
    const one = audits.length === 1;
    const { rows } = await prepared<{ id: string; created_at: Date }>(
      this.db,
      `citra-audit-insert${one ? '-one' : ''}${candidate ? '-for-candidate' : ''}${skip ? '-skip-taken-keys' : ''}`,
      [INSERT_QUEUED, one ? FROM_VALUES : FROM_ARRAYS, candidate ? OWNER_IS_CANDIDATE : '', skip ? SKIP_TAKEN_KEYS : '', RETURNING_STORED].join(' '),
      one
        ? [columns.id[0], columns.owner[0], columns.profiles[0], columns.key[0], columns.hash[0], columns.bytes[0], columns.batch[0]]
        : [columns.id, columns.owner, `[${columns.profiles.join(',')}]`, columns.key, columns.hash, columns.bytes, columns.batch],
    );
    const stored = new Map(rows.map((row) => [row.id, row]));
    return audits.flatMap((audit, index) => {
      const row = stored.get(audit.id);
      return row ? [queuedAudit(audit, row.created_at, columns.bytes[index]!)] : [];
    });
  }

  /**
   * Marks the audit processing unless it is completed; undefined when it is completed or gone.
   *
   * Committed without waiting for the WAL flush (synchronous_commit off for this statement's own
   * transaction): a claim lost in a Postgres crash only leaves the row queued. The completing UPDATE
   * stores the report over a queued row as well (it skips only completed ones), and if it meets the
   * crash itself the job waits out the outage and runs again. The completing UPDATE is committed
   * durably, and its flush covers the claim's WAL too: one flush per audit instead of two.
   */
  async claim(auditId: string, attempt: number): Promise<ClaimedAudit | undefined> {
    const { rows } = await prepared<{ profile: Profile | null; created_at: Date; profile_bytes: number }>(
      this.db,
      'citra-audit-claim',
      `UPDATE audits SET status = 'processing', started_at = COALESCE(started_at, now()), attempts = $2, updated_at = now()
         FROM (SELECT set_config('synchronous_commit', 'off', true)) AS claim_commits_without_flush
        WHERE id = $1 AND status <> 'completed' RETURNING profile, created_at, profile_bytes`,
      [auditId, attempt],
    );
    const row = rows[0];
    return row && { profile: row.profile, createdAt: row.created_at, profileBytes: row.profile_bytes };
  }

  async exists(auditId: string): Promise<boolean> {
    return ((await this.db.query('SELECT 1 FROM audits WHERE id = $1', [auditId])) as unknown[]).length > 0;
  }

  /** Stores the report; a no-op for an audit already completed (a re-run after a stall). */
  async complete(auditId: string, result: CompletedAudit): Promise<void> {
    const report = storableJson(result.report);
    if (report.repaired) this.logger.warn(`Audit ${auditId}: its report held half of a surrogate pair (an engine defect); stored with U+FFFD in its place`);
    await prepared(
      this.db,
      'citra-audit-complete',
      `UPDATE audits SET status = 'completed', report = $2::jsonb, engine_version = $3, overall_score = $4, engine_ms = $5,
              failure_reason = NULL, finished_at = now(), updated_at = now()
        WHERE id = $1 AND status <> 'completed'`,
      [auditId, report.json, result.engineVersion, result.overallScore, result.engineMs],
    );
  }
}

function queuedAudit(audit: NewAudit, createdAt: Date, profileBytes: number): Audit {
  return {
    id: audit.id,
    ownerId: audit.ownerId,
    status: 'queued',
    profile: null,
    report: null,
    engineVersion: null,
    overallScore: null,
    failureReason: null,
    attempts: 0,
    idempotencyKey: audit.idempotencyKey,
    requestHash: audit.requestHash,
    batchId: audit.batchId,
    profileBytes,
    createdAt,
    updatedAt: new Date(createdAt),
    startedAt: null,
    finishedAt: null,
    engineMs: null,
  };
}
