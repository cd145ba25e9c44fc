import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../common/page.query';
import { AUDIT_STATUSES, type AuditStatus } from '../audit.entity';

export class ListAuditsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: AUDIT_STATUSES })
  @IsOptional()
  @IsIn(AUDIT_STATUSES)
  status?: AuditStatus;
}
