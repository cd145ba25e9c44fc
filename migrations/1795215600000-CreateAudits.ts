import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAudits1795215600000 implements MigrationInterface {
  name = 'CreateAudits1795215600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audits (
        id uuid PRIMARY KEY,
        status varchar(16) NOT NULL CHECK (status IN ('queued', 'processing', 'completed', 'failed')),
        profile jsonb,
        report jsonb,
        engine_version varchar(32),
        overall_score smallint,
        failure_reason text,
        attempts int NOT NULL DEFAULT 0,
        idempotency_key varchar(200),
        request_hash char(64) NOT NULL,
        profile_bytes int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        engine_ms real
      )`);
    await queryRunner.query(`CREATE INDEX idx_audits_status_created ON audits (status, created_at)`);
    await queryRunner.query(`CREATE INDEX idx_audits_created ON audits (created_at DESC)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_audits_idempotency_key ON audits (idempotency_key) WHERE idempotency_key IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audits`);
  }
}
