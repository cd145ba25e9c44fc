import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { AUDIT_STATUSES, type AuditStatus } from '../../audits/audit.entity';
import { AUDIT_QUEUE } from '../../audits/audit-queue.contract';
import { PageQuery } from '../../common/page.query';

export const LISTED_JOB_STATES = ['waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized', 'waiting-children'] as const;
export type ListedJobState = (typeof LISTED_JOB_STATES)[number];


export class QueueNameQuery {
  @ApiPropertyOptional({ default: AUDIT_QUEUE, description: 'Which queue the job is in' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  queue: string = AUDIT_QUEUE;
}

export class ListJobsQuery extends PageQuery {
  @ApiPropertyOptional({ default: AUDIT_QUEUE })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  queue: string = AUDIT_QUEUE;

  @ApiPropertyOptional({ enum: LISTED_JOB_STATES, default: 'failed' })
  @IsOptional()
  @IsIn(LISTED_JOB_STATES)
  state: ListedJobState = 'failed';
}

export class ListAdminAuditsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: AUDIT_STATUSES, default: 'failed' })
  @IsOptional()
  @IsIn(AUDIT_STATUSES)
  status: AuditStatus = 'failed';
}

/** Job ids are audit UUIDs or BullMQ's own (e.g. `repeat:<scheduler>:<time>`): printable, no spaces. */
export const JOB_ID_PATTERN = /^[\x21-\x7e]{1,200}$/;

export class JobIdParam {
  @IsString()
  @Matches(JOB_ID_PATTERN, { message: 'must be 1-200 printable characters' })
  id!: string;
}
