import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, and an owner for every audit. Audits written before accounts existed cannot be
 * attributed to anyone: the NOT NULL column makes this migration stop on such a database rather than
 * guess an owner.
 */
export class CreateUsersAndAuditOwners1795300000000 implements MigrationInterface {
  name = 'CreateUsersAndAuditOwners1795300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        email varchar(254) NOT NULL CHECK (email = lower(btrim(email))),
        role varchar(16) NOT NULL CHECK (role IN ('candidate', 'recruiter', 'admin')),
        password_hash text NOT NULL,
        organisation varchar(200),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_users_email ON users (email)`);

    await queryRunner.query(`ALTER TABLE audits ADD COLUMN owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE`);
    await queryRunner.query(`CREATE INDEX idx_audits_owner_created ON audits (owner_id, created_at DESC)`);
    await queryRunner.query(`DROP INDEX uq_audits_idempotency_key`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_audits_owner_idempotency_key ON audits (owner_id, idempotency_key) WHERE idempotency_key IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX uq_audits_owner_idempotency_key`);
    await queryRunner.query(`DROP INDEX idx_audits_owner_created`);
    await queryRunner.query(`ALTER TABLE audits DROP COLUMN owner_id`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_audits_idempotency_key ON audits (idempotency_key) WHERE idempotency_key IS NOT NULL`,
    );
    await queryRunner.query(`DROP TABLE users`);
  }
}
