import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One signed-in browser. The cookie carries the token; only its SHA-256 is stored. */
@Entity({ name: 'web_sessions' })
export class WebSession {
  @PrimaryColumn({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** Sent back by the page in X-CSRF-Token on every state-changing request. */
  @Column({ name: 'csrf_token', type: 'varchar', length: 64 })
  csrfToken!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
