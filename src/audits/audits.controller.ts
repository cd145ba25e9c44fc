import { Body, Controller, Get, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditsService } from './audits.service';
import { CreateAuditDto } from './dto/create-audit.dto';
import { IdempotencyKey } from './dto/idempotency-key.decorator';
import { ListAuditsQuery } from './dto/list-audits.query';
import { type AuditPage, type AuditSummaryView, type AuditView, toAuditSummaryView, toAuditView } from './dto/audit-views';

@ApiTags('audits')
@Controller('audits')
export class AuditsController {
  constructor(private readonly audits: AuditsService) {}

  @Post()
  @ApiOperation({ summary: 'Submit a profile for audit; the audit runs in the background' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key and body return the same audit' })
  @ApiAcceptedResponse({ description: 'Queued; poll the returned url' })
  async submit(
    @Body() profile: CreateAuditDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AuditSummaryView> {
    const { audit, created } = await this.audits.submit(profile, idempotencyKey);
    const view = toAuditSummaryView(audit);
    response.status(created ? HttpStatus.ACCEPTED : HttpStatus.OK).location(view.url);
    return view;
  }

  @Get()
  @ApiOperation({ summary: 'List audits, newest first' })
  async list(@Query() query: ListAuditsQuery): Promise<AuditPage> {
    const { items, total } = await this.audits.list(query);
    return { items: items.map((audit) => toAuditSummaryView(audit)), page: query.page, pageSize: query.pageSize, total };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One audit: status, timings, engine version, and the report once completed' })
  @ApiOkResponse({ description: 'The audit' })
  async get(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<AuditView> {
    return toAuditView(await this.audits.get(id));
  }
}
