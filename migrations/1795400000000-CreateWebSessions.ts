import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Browser sessions of the web app: the cookie holds a random token, the table its SHA-256, so a
 * database leak gives no usable cookie. Deleting the user deletes their sessions.
 */
export class CreateWebSessions1795400000000 implements MigrationInterface {
  name = 'CreateWebSessions1795400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE web_sessions (
        token_hash char(64) PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        csrf_token varchar(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX idx_web_sessions_user ON web_sessions (user_id)`);
    await queryRunner.query(`CREATE INDEX idx_web_sessions_expires ON web_sessions (expires_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE web_sessions`);
  }
}
