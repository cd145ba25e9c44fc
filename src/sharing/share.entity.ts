import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export const SHARE_KINDS = ['recruiter', 'link'] as const;
export type ShareKind = (typeof SHARE_KINDS)[number];

/** A candidate's consent: one audit's recruiter summary, to one recruiter or to whoever holds a link. */
@Entity({ name: 'shares' })
export class Share {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'audit_id', type: 'uuid' })
  auditId!: string;

  /** The candidate who owns the audit and gave the consent. */
  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: ShareKind;

  @Column({ name: 'recruiter_id', type: 'uuid', nullable: true })
  recruiterId!: string | null;

  /** SHA-256 of the link token; the token itself is shown once, at creation, and never stored. */
  @Column({ name: 'link_token_hash', type: 'char', length: 64, nullable: true })
  linkTokenHash!: string | null;

  /** Set when the share answers a recruiter's audit request. */
  @Column({ name: 'audit_request_id', type: 'uuid', nullable: true })
  auditRequestId!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
