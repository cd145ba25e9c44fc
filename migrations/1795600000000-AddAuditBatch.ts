import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Audits submitted together by POST /audits/batch share a batch id (null for single submissions). */
export class AddAuditBatch1795600000000 implements MigrationInterface {
  name = 'AddAuditBatch1795600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audits ADD COLUMN batch_id uuid`);
    await queryRunner.query(`CREATE INDEX idx_audits_batch_created ON audits (created_at, batch_id) WHERE batch_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX idx_audits_batch_created`);
    await queryRunner.query(`ALTER TABLE audits DROP COLUMN batch_id`);
  }
}
