import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { ApiInvalidInput, ApiUuidParam } from '../common/api-responses';
import { type AdminAuditPage, type AdminAuditView, AdminAuditsService } from './admin-audits.service';
import { ADMIN_API_PATH } from './admin-queues';
import { ListAdminAuditsQuery } from './dto/admin-queries';

@ApiTags('admin')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No token, or an invalid or expired one' })
@ApiForbiddenResponse({ description: 'Not an admin account' })
@Roles('admin')
@Controller(`${ADMIN_API_PATH}/audits`)
export class AdminAuditsController {
  constructor(private readonly audits: AdminAuditsService) {}

  @Get()
  @ApiOperation({ summary: 'Audits by status (default: failed), most recently changed first, with the failure reason' })
  @ApiOkResponse({ description: 'A page of audits' })
  @ApiInvalidInput('status, page or pageSize is invalid')
  list(@Query() query: ListAdminAuditsQuery): Promise<AdminAuditPage> {
    return this.audits.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One audit’s status, failure reason, timings and the state of its job' })
  @ApiOkResponse({ description: 'The audit and jobState' })
  @ApiUuidParam()
  @ApiNotFoundResponse({ description: 'No such audit' })
  get(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<AdminAuditView> {
    return this.audits.get(id);
  }

  @Post(':id/retry')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Run a failed audit again under the same id' })
  @ApiOkResponse({ description: 'The audit, queued again' })
  @ApiUuidParam()
  @ApiNotFoundResponse({ description: 'No such audit' })
  @ApiConflictResponse({ description: 'The audit is not failed' })
  retry(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<AdminAuditView> {
    return this.audits.retry(id);
  }
}
