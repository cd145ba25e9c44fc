import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '../auth/auth.types';

@Entity({ name: 'users' })
export class User {
  @PrimaryColumn('uuid')
  id!: string;

  /** Stored trimmed and lower-cased; unique. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  /** argon2id, PHC string format (algorithm, parameters and salt included). */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  /** The recruiter's company or agency; null for candidates and admins. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  organisation!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
