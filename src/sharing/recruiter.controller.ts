import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ApiBodyRefusals, ApiInvalidInput, ApiUuidParam } from '../common/api-responses';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { type AuditRequestPage, type AuditRequestView, AuditRequestsService } from './audit-requests.service';
import { PageQuery } from '../common/page.query';
import { CreateAuditRequestDto, RecruiterSummariesQuery } from './dto/sharing-inputs';
import type { RecruiterSummaryPage, RecruiterSummaryView } from './dto/summary-views';
import { RecruiterReadsService } from './recruiter-reads.service';

const uuid = () => new ParseUUIDPipe({ version: '4' });

@ApiTags('recruiters')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No token, or an invalid or expired one' })
@ApiForbiddenResponse({ description: 'Not a recruiter account' })
@Roles('recruiter')
@Controller('recruiter')
export class RecruiterController {
  constructor(
    private readonly reads: RecruiterReadsService,
    private readonly requests: AuditRequestsService,
  ) {}

  @Get('summaries')
  @ApiOperation({ summary: 'Summaries shared with you (active shares only), newest first; filter by overall score or flag' })
  @ApiOkResponse({ description: 'A page of summaries' })
  @ApiInvalidInput('A filter or page/pageSize is invalid')
  summaries(@CurrentUser() user: AuthUser, @Query() query: RecruiterSummariesQuery): Promise<RecruiterSummaryPage> {
    return this.reads.list(user.id, query);
  }

  @Get('summaries/:auditId')
  @ApiOperation({ summary: 'Read one shared summary, with the candidate’s flag comments. The read is logged for the candidate.' })
  @ApiOkResponse({ description: 'The recruiter summary view' })
  @ApiUuidParam()
  @ApiNotFoundResponse({ description: 'Not shared with you, revoked or expired' })
  summary(@CurrentUser() user: AuthUser, @Param('auditId', uuid()) auditId: string): Promise<RecruiterSummaryView> {
    return this.reads.read(user.id, auditId);
  }

  @Post('requests')
  @ApiOperation({ summary: 'Invite a candidate to audit themselves and share the summary with you. Answers with invitationUrl once.' })
  @ApiCreatedResponse({ description: 'The request, with its invitation URL' })
  @ApiBodyRefusals()
  createRequest(@CurrentUser() user: AuthUser, @Body() body: CreateAuditRequestDto): Promise<AuditRequestView> {
    return this.requests.create(user.id, body);
  }

  @Get('requests')
  @ApiOperation({ summary: 'Your audit requests and their status; an answered one links to the shared summary' })
  @ApiOkResponse({ description: 'A page of requests' })
  @ApiInvalidInput('page or pageSize is invalid')
  listRequests(@CurrentUser() user: AuthUser, @Query() query: PageQuery): Promise<AuditRequestPage> {
    return this.requests.list(user.id, query);
  }

  @Delete('requests/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Cancel an open audit request (its invitation stops working)' })
  @ApiNoContentResponse({ description: 'Cancelled' })
  @ApiUuidParam()
  @ApiNotFoundResponse({ description: 'No such request among yours' })
  async cancelRequest(@CurrentUser() user: AuthUser, @Param('id', uuid()) id: string): Promise<void> {
    await this.requests.cancel(user.id, id);
  }
}
