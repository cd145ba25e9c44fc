import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audits deleted (or whose job ran after they were deleted) whose jobs and queue events may still be
 * in Redis. A row is written in the transaction that deletes the audit, so a deletion answered while
 * Redis is away is still cleaned up once it is back (by the reconcile run); the row goes with the traces.
 */
export class CreateAuditJobCleanups1795500000000 implements MigrationInterface {
  name = 'CreateAuditJobCleanups1795500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_job_cleanups (
        audit_id uuid PRIMARY KEY,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_job_cleanups`);
  }
}
