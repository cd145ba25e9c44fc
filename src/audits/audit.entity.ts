import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Profile, Report } from '../analysis/types';

export const AUDIT_STATUSES = ['queued', 'processing', 'completed', 'failed'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

@Entity({ name: 'audits' })
@Index('idx_audits_status_created', ['status', 'createdAt'])
export class Audit {
  /** Also the id of its BullMQ job, so adding the job twice is a no-op. */
  @PrimaryColumn('uuid')
  id!: string;

  /** The candidate who submitted it (users.id; deleting the user deletes the audit). */
  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: AuditStatus;

  /** The submitted profile; null once purged after the retention period (the report stays). */
  @Column({ type: 'jsonb', nullable: true })
  profile!: Profile | null;

  @Column({ type: 'jsonb', nullable: true })
  report!: Report | null;

  @Column({ name: 'engine_version', type: 'varchar', length: 32, nullable: true })
  engineVersion!: string | null;

  @Column({ name: 'overall_score', type: 'smallint', nullable: true })
  overallScore!: number | null;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason!: string | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 200, nullable: true })
  idempotencyKey!: string | null;

  /** SHA-256 of the canonical request body, to tell a replay from a different request with the same key. */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash!: string;

  /** Shared by the audits of one POST /audits/batch; null for a single submission. */
  @Column({ name: 'batch_id', type: 'uuid', nullable: true })
  batchId!: string | null;

  @Column({ name: 'profile_bytes', type: 'int' })
  profileBytes!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  /** Engine time for the last successful run. */
  @Column({ name: 'engine_ms', type: 'real', nullable: true })
  engineMs!: number | null;
}
