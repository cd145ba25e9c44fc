import { Body, Controller, Get, Param, Post, Res, HttpStatus } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ApiBodyRefusals } from '../common/api-responses';
import type { Response } from 'express';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { AuditRequestsService, type InvitationView } from './audit-requests.service';
import type { ShareView } from './dto/share-views';
import { FulfilAuditRequestDto } from './dto/sharing-inputs';
import type { RecruiterSummaryView } from './dto/summary-views';
import { RecruiterReadsService } from './recruiter-reads.service';

/** The two kinds of link Citra hands out: share links (read a summary) and audit-request invitations. */
@ApiTags('links')
@Controller()
export class LinksController {
  constructor(
    private readonly reads: RecruiterReadsService,
    private readonly requests: AuditRequestsService,
  ) {}

  @Public()
  @Get('shared/:token')
  @ApiOperation({ summary: 'Open a share link (public): the recruiter summary. The read is logged for the candidate.' })
  @ApiOkResponse({ description: 'The recruiter summary view' })
  @ApiNotFoundResponse({ description: 'Unknown, expired or revoked link' })
  sharedSummary(@Param('token') token: string): Promise<RecruiterSummaryView> {
    return this.reads.readLink(token);
  }

  @Public()
  @Get('audit-requests/:token')
  @ApiOperation({ summary: 'Open an audit-request invitation (public): who asks, their message, whether it is still open' })
  @ApiOkResponse({ description: 'Who asks, their message, and whether the invitation is open' })
  @ApiNotFoundResponse({ description: 'Unknown invitation' })
  invitation(@Param('token') token: string): Promise<InvitationView> {
    return this.requests.describe(token);
  }

  @Roles('candidate')
  @Post('audit-requests/:token/fulfil')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Answer an audit request by sharing one of your completed audits with the recruiter who asked' })
  @ApiCreatedResponse({ description: 'The share' })
  @ApiOkResponse({ description: 'Already answered with this audit: the same share' })
  @ApiBodyRefusals()
  @ApiUnauthorizedResponse({ description: 'No token, or an invalid or expired one' })
  @ApiForbiddenResponse({ description: 'Not a candidate account' })
  @ApiNotFoundResponse({ description: 'Unknown invitation (or addressed to another email), or no such audit among yours' })
  @ApiConflictResponse({ description: 'Already answered, cancelled or expired; or the audit is not completed yet' })
  async fulfil(
    @CurrentUser() user: AuthUser,
    @Param('token') token: string,
    @Body() body: FulfilAuditRequestDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ShareView> {
    const { share, created } = await this.requests.fulfil(user, token, body.auditId);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return share;
  }
}
