import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A recruiter's invitation to a candidate to run an audit and share its summary back. */
@Entity({ name: 'audit_requests' })
export class AuditRequest {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'recruiter_id', type: 'uuid' })
  recruiterId!: string;

  /** SHA-256 of the invitation token; the token is shown once, to the recruiter who creates it. */
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  /** When set, only the candidate account with this email can answer. */
  @Column({ name: 'candidate_email', type: 'varchar', length: 254, nullable: true })
  candidateEmail!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  message!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'fulfilled_at', type: 'timestamptz', nullable: true })
  fulfilledAt!: Date | null;

  @Column({ name: 'fulfilled_by', type: 'uuid', nullable: true })
  fulfilledBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
