import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The report (about 9 KB of JSON) and the profile go to TOAST compressed; with Postgres's default,
 * pglz, compressing the report was most of the cost of the worker's completing UPDATE. lz4 does the
 * same in less than half the time (README "Throughput"). Only values written from now on use it;
 * older ones stay pglz and read as before.
 *
 * A Postgres built without lz4 (embedded PGlite, for one) refuses the method: those keep pglz, with
 * a notice instead of a failed start.
 */
export class CompressAuditJson1795710000000 implements MigrationInterface {
  name = 'CompressAuditJson1795710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      BEGIN
        ALTER TABLE audits ALTER COLUMN report SET COMPRESSION lz4, ALTER COLUMN profile SET COMPRESSION lz4;
      EXCEPTION WHEN feature_not_supported THEN
        RAISE NOTICE 'lz4 is not available in this Postgres; audits keep pglz';
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audits ALTER COLUMN report SET COMPRESSION DEFAULT, ALTER COLUMN profile SET COMPRESSION DEFAULT`);
  }
}
