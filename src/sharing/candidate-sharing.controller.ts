import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ApiBodyRefusals, ApiBodyTooLarge, ApiInvalidInput, ApiUuidParam } from '../common/api-responses';
import type { Response } from 'express';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import type { ShareView } from './dto/share-views';
import { PageQuery } from '../common/page.query';
import { CreateShareDto, FlagCommentDto } from './dto/sharing-inputs';
import type { RecruiterSummaryView } from './dto/summary-views';
import { type FlagCommentView, SharingService, type ViewLogPage } from './sharing.service';

const auditId = () => new ParseUUIDPipe({ version: '4' });

@ApiTags('sharing (candidate)')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No token, or an invalid or expired one' })
@ApiForbiddenResponse({ description: 'Not a candidate account' })
@ApiNotFoundResponse({ description: 'No such audit (or share) among your own' })
@Roles('candidate')
@Controller()
export class CandidateSharingController {
  constructor(private readonly sharing: SharingService) {}

  @Get('audits/:id/recruiter-view')
  @ApiOperation({ summary: 'Preview exactly what a recruiter will see of this audit (summary + your flag comments)' })
  @ApiOkResponse({ description: 'The recruiter summary view, with share: null' })
  @ApiUuidParam()
  @ApiConflictResponse({ description: 'The audit is not completed yet' })
  preview(@CurrentUser() user: AuthUser, @Param('id', auditId()) id: string): Promise<RecruiterSummaryView> {
    return this.sharing.preview(user.id, id);
  }

  @Post('audits/:id/shares')
  @ApiOperation({
    summary: 'Share the recruiter summary: { recruiterEmail } with a recruiter account, or { link: true } for a link',
    description: 'A link share answers with linkUrl once; keep it, it cannot be shown again. Sharing again with the same recruiter returns the active share (200).',
  })
  @ApiCreatedResponse({ description: 'Shared' })
  @ApiOkResponse({ description: 'Already shared with this recruiter: the active share' })
  @ApiBadRequestResponse({ description: 'Neither or both of recruiterEmail and link, no recruiter account has that email, a field is invalid, or the id is not a UUID' })
  @ApiBodyTooLarge()
  @ApiConflictResponse({ description: 'The audit is not completed yet' })
  async share(
    @CurrentUser() user: AuthUser,
    @Param('id', auditId()) id: string,
    @Body() body: CreateShareDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ShareView> {
    const { share, created } = await this.sharing.create(user.id, id, body);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return share;
  }

  @Get('audits/:id/shares')
  @ApiOperation({ summary: 'Every share of this audit, active, expired or revoked' })
  @ApiOkResponse({ description: 'The shares, newest first' })
  @ApiUuidParam()
  list(@CurrentUser() user: AuthUser, @Param('id', auditId()) id: string): Promise<ShareView[]> {
    return this.sharing.list(user.id, id);
  }

  @Delete('shares/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Revoke a share at once (idempotent); recruiters and link holders get 404 from then on' })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiUuidParam()
  async revoke(@CurrentUser() user: AuthUser, @Param('id', auditId()) id: string): Promise<void> {
    await this.sharing.revoke(user.id, id);
  }

  @Put('audits/:id/flags/:flagId/comment')
  @ApiOperation({ summary: 'Attach (or replace) your comment on one flag; recruiters see it beside the flag' })
  @ApiOkResponse({ description: 'The stored comment' })
  @ApiBodyRefusals('The comment is missing or over 280 characters, or the id is not a UUID')
  @ApiConflictResponse({ description: 'The audit is not completed yet' })
  comment(
    @CurrentUser() user: AuthUser,
    @Param('id', auditId()) id: string,
    @Param('flagId') flagId: string,
    @Body() body: FlagCommentDto,
  ): Promise<FlagCommentView> {
    return this.sharing.setComment(user.id, id, flagId, body.comment);
  }

  @Delete('audits/:id/flags/:flagId/comment')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove your comment on a flag' })
  @ApiNoContentResponse({ description: 'Removed (or there was none)' })
  @ApiUuidParam()
  async uncomment(@CurrentUser() user: AuthUser, @Param('id', auditId()) id: string, @Param('flagId') flagId: string): Promise<void> {
    await this.sharing.deleteComment(user.id, id, flagId);
  }

  @Get('audits/:id/views')
  @ApiOperation({ summary: 'Who read this audit’s shared summary, and when (newest first)' })
  @ApiOkResponse({ description: 'A page of reads' })
  @ApiInvalidInput('The id is not a UUID, or page/pageSize is invalid')
  views(@CurrentUser() user: AuthUser, @Param('id', auditId()) id: string, @Query() query: PageQuery): Promise<ViewLogPage> {
    return this.sharing.views(user.id, id, query);
  }
}
