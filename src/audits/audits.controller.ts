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
  ApiResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ApiBodyRefusals, ApiInvalidInput, ApiUuidParam } from '../common/api-responses';
import type { Response } from 'express';
import { AccountCheckedByWrite, CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { AuditBatchService, type BatchResultView } from './audit-batch.service';
import { AuditsService } from './audits.service';
import { CreateAuditBatchDto } from './dto/create-audit-batch.dto';
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
  constructor(
    private readonly audits: AuditsService,
    private readonly batches: AuditBatchService,
  ) {}

  @Post()
  @AccountCheckedByWrite()
  @ApiOperation({ summary: 'Submit a profile for audit; the audit runs in the background' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key and body return the same audit' })
  @ApiAcceptedResponse({ description: 'Queued; poll the returned url (also in Location)' })
  @ApiOkResponse({ description: 'The same Idempotency-Key and body again: the audit created the first time, not a new one' })
  @ApiBodyRefusals('The profile is invalid (`details` names each field), or the Idempotency-Key is not 1-200 printable characters')
  @ApiConflictResponse({ description: 'This Idempotency-Key was used with another body' })
  @ApiTooManyRequestsResponse({ description: 'This account submitted more than AUDIT_SUBMIT_RATE_PER_MINUTE allows; see Retry-After' })
  @ApiServiceUnavailableResponse({ description: 'The queue is full (AUDIT_QUEUE_MAX_WAITING) or the database is away; nothing was stored; see Retry-After' })
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

  @Post('batch')
  @HttpCode(HttpStatus.MULTI_STATUS)
  @ApiOperation({ summary: 'Submit up to 100 profiles at once; each item is answered as POST /audits would answer it alone' })
  @ApiResponse({ status: HttpStatus.MULTI_STATUS, description: '{ batchId, accepted, replayed, refused, results[] }: per item (in order) 202 with the audit, 200 replayed by its idempotencyKey, 400 naming the field (items[i].profile...), or 409' })
  @ApiBodyRefusals('The body is not { items: [...] } with 1-100 items (a bad item is refused in its own result instead)')
  @ApiTooManyRequestsResponse({ description: 'The new audits of the batch would pass this account\'s rate; nothing was stored; see Retry-After' })
  @ApiServiceUnavailableResponse({ description: 'The queue is full or the database is away; nothing was stored; see Retry-After' })
  async submitBatch(@CurrentUser() user: AuthUser, @Body() body: CreateAuditBatchDto): Promise<BatchResultView> {
    return this.batches.submit(user.id, body.items);
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
