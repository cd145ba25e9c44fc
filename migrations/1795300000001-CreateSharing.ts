import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A candidate's grants to recruiters, their comments on flags, the view log, and recruiters' audit requests. */
export class CreateSharing1795300000001 implements MigrationInterface {
  name = 'CreateSharing1795300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_requests (
        id uuid PRIMARY KEY,
        recruiter_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL,
        candidate_email varchar(254),
        message varchar(500),
        expires_at timestamptz NOT NULL,
        cancelled_at timestamptz,
        fulfilled_at timestamptz,
        fulfilled_by uuid REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_audit_requests_token ON audit_requests (token_hash)`);
    await queryRunner.query(`CREATE INDEX idx_audit_requests_recruiter ON audit_requests (recruiter_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX idx_audit_requests_fulfilled_by ON audit_requests (fulfilled_by)`);

    await queryRunner.query(`
      CREATE TABLE shares (
        id uuid PRIMARY KEY,
        audit_id uuid NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind varchar(16) NOT NULL CHECK (kind IN ('recruiter', 'link')),
        recruiter_id uuid REFERENCES users (id) ON DELETE CASCADE,
        link_token_hash char(64),
        audit_request_id uuid REFERENCES audit_requests (id) ON DELETE SET NULL,
        expires_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (
          (kind = 'recruiter' AND recruiter_id IS NOT NULL AND link_token_hash IS NULL)
          OR (kind = 'link' AND recruiter_id IS NULL AND link_token_hash IS NOT NULL AND expires_at IS NOT NULL)
        )
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_shares_link_token ON shares (link_token_hash) WHERE link_token_hash IS NOT NULL`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_shares_active_recruiter ON shares (audit_id, recruiter_id) WHERE recruiter_id IS NOT NULL AND revoked_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX idx_shares_recruiter ON shares (recruiter_id, created_at DESC) WHERE recruiter_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX idx_shares_audit ON shares (audit_id)`);
    await queryRunner.query(`CREATE INDEX idx_shares_owner ON shares (owner_id)`);

    await queryRunner.query(`
      CREATE TABLE flag_comments (
        audit_id uuid NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
        flag_id varchar(64) NOT NULL,
        comment varchar(280) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (audit_id, flag_id)
      )`);

    await queryRunner.query(`
      CREATE TABLE summary_views (
        id uuid PRIMARY KEY,
        audit_id uuid NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
        share_id uuid REFERENCES shares (id) ON DELETE SET NULL,
        viewer_id uuid REFERENCES users (id) ON DELETE SET NULL,
        via varchar(16) NOT NULL CHECK (via IN ('recruiter', 'link')),
        viewed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX idx_summary_views_audit ON summary_views (audit_id, viewed_at DESC)`);
    await queryRunner.query(`CREATE INDEX idx_summary_views_share ON summary_views (share_id)`);
    await queryRunner.query(`CREATE INDEX idx_summary_views_viewer ON summary_views (viewer_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE summary_views`);
    await queryRunner.query(`DROP TABLE flag_comments`);
    await queryRunner.query(`DROP TABLE shares`);
    await queryRunner.query(`DROP TABLE audit_requests`);
  }
}
