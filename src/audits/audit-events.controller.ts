import { Controller, Get, type MessageEvent, Param, ParseUUIDPipe, Sse } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ApiUuidParam } from '../common/api-responses';
import type { Observable } from 'rxjs';
import type { Profile } from '../analysis/types';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { AuditEventsService } from './audit-events.service';
import { AuditsService } from './audits.service';

/** What the web app needs beside the audit itself: its live status and the candidate's own text. */
@ApiTags('audits')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No token or session, or an invalid or expired one' })
@ApiForbiddenResponse({ description: 'Not a candidate account' })
@Roles('candidate')
@Controller('audits/:id')
export class AuditEventsController {
  constructor(
    private readonly events: AuditEventsService,
    private readonly audits: AuditsService,
  ) {}

  @Sse('events')
  @ApiOperation({
    summary: 'Live status (text/event-stream): a `status` event now and on every change, closed at completed or failed',
  })
  @ApiOkResponse({ description: 'text/event-stream of `status` events' })
  @ApiNotFoundResponse({ description: 'No audit with this id among your own' })
  @ApiUuidParam()
  watch(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<Observable<MessageEvent>> {
    return this.events.watch(user.id, id);
  }

  @Get('profile')
  @ApiOperation({ summary: 'The profile as submitted (evidence offsets point into it); 404 once purged after the retention period' })
  @ApiOkResponse({ description: 'The submitted profile' })
  @ApiUuidParam()
  @ApiNotFoundResponse({ description: 'No audit with this id among your own, or its profile was purged' })
  profile(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<Profile> {
    return this.audits.submittedProfile(user.id, id);
  }
}
