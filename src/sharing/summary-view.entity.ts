import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type ViewChannel = 'recruiter' | 'link';

/** One read of a shared recruiter summary, for the candidate's "who viewed what, when". */
@Entity({ name: 'summary_views' })
export class SummaryView {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'audit_id', type: 'uuid' })
  auditId!: string;

  /** Null once the share is gone with the recruiter's erased account; the read stays in the log. */
  @Column({ name: 'share_id', type: 'uuid', nullable: true })
  shareId!: string | null;

  /** The recruiter who read it; null for a read through a link, or once that recruiter erased their account. */
  @Column({ name: 'viewer_id', type: 'uuid', nullable: true })
  viewerId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  via!: ViewChannel;

  @CreateDateColumn({ name: 'viewed_at', type: 'timestamptz' })
  viewedAt!: Date;
}
