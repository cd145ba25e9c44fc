import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The candidate's note on one flag of their recruiter summary, shown to recruiters beside it. */
@Entity({ name: 'flag_comments' })
export class FlagComment {
  @PrimaryColumn({ name: 'audit_id', type: 'uuid' })
  auditId!: string;

  /** A `RecruiterFlag.id` of the audit's report. */
  @PrimaryColumn({ name: 'flag_id', type: 'varchar', length: 64 })
  flagId!: string;

  @Column({ type: 'varchar', length: 280 })
  comment!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
