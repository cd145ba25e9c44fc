import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ApiBodyRefusals, ApiInvalidInput, ApiUuidParam } from '../common/api-responses';
import type { Response } from 'express';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { AuditsService } from './audits.service';
import { CreateAuditDto } from './dto/create-audit.dto';
import { IdempotencyKey } from './dto/idempotency-key.decorator';
import { ListAuditsQuery } from './dto/list-audits.query';
import { type AuditPage, type AuditSummaryView, type AuditView, toAuditSummaryView, toAuditView } from './dto/audit-views';

@ApiTags('audits')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No token, or an invalid or expired one' })
@ApiForbiddenResponse({ description: 'Not a candidate account' })
@Roles('candidate')
@Controller('audits')
export class AuditsController {
  constructor(private readonly audits: AuditsService) {}

  @Post()
  @ApiOperation({ summary: 'Submit a profile for audit; the audit runs in the background' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key and body return the same audit' })
  @ApiAcceptedResponse({ description: 'Queued; poll the returned url (also in Location)' })
  @ApiOkResponse({ description: 'The same Idempotency-Key and body again: the audit created the first time, not a new one' })
  @ApiBodyRefusals('The profile is invalid (`details` names each field), or the Idempotency-Key is not 1-200 printable characters')
  @ApiConflictResponse({ description: 'This Idempotency-Key was used with another body' })
  async submit(
    @CurrentUser() user: AuthUser,
    @Body() profile: CreateAuditDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AuditSummaryView> {
    const { audit, created } = await this.audits.submit(user.id, profile, idempotencyKey);
    const view = toAuditSummaryView(audit);
    response.status(created ? HttpStatus.ACCEPTED : HttpStatus.OK).location(view.url);
    return view;
  }

  @Get()
  @ApiOperation({ summary: "List the candidate's own audits, newest first" })
  @ApiOkResponse({ description: 'A page of audits (no profile text, no reports)' })
  @ApiInvalidInput('page, pageSize (at most 100) or status is invalid')
  async list(@CurrentUser() user: AuthUser, @Query() query: ListAuditsQuery): Promise<AuditPage> {
    const { items, total } = await this.audits.list(user.id, query);
    return { items: items.map((audit) => toAuditSummaryView(audit)), page: query.page, pageSize: query.pageSize, total };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One audit: status, timings, engine version, and the report once completed' })
  @ApiOkResponse({ description: 'The audit' })
  @ApiUuidParam()
  @ApiNotFoundResponse({ description: 'No audit with this id among your own' })
  async get(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<AuditView> {
    return toAuditView(await this.audits.get(user.id, id));
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete an audit: its report, profile, shares, comments, view log and queued job' })
  @ApiNoContentResponse({ description: 'Deleted (while Redis is down, its job there is removed as soon as Redis is back)' })
  @ApiUuidParam()
  @ApiNotFoundResponse({ description: 'No audit with this id among your own' })
  async remove(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<void> {
    await this.audits.remove(user.id, id);
  }
}
