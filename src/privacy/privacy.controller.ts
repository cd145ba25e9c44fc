import { Controller, Delete, Get, Header, HttpCode, HttpStatus } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { type AccountExport, DataRightsService } from './data-rights.service';

@ApiTags('data rights')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No token, or an invalid or expired one' })
@Controller('me')
export class PrivacyController {
  constructor(private readonly dataRights: DataRightsService) {}

  @Get('export')
  @Header('Content-Disposition', 'attachment; filename="citra-export.json"')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Download everything Citra holds about you, as JSON (any role)' })
  @ApiOkResponse({ description: 'Your account, audits (profiles and reports), shares, comments, view logs and audit requests' })
  export(@CurrentUser() user: AuthUser): Promise<AccountExport> {
    return this.dataRights.export(user);
  }

  @Delete()
  @Roles('candidate', 'recruiter')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Erase your account and all its data, including queued or finished jobs in Redis; answers once done',
    description:
      'Your access token stops working at once. Admin accounts are removed by an operator, not through this route. ' +
      'While Redis is down the answer is still 204 once your rows are deleted; your jobs there are removed as soon as it is back.',
  })
  @ApiNoContentResponse({ description: 'Erased' })
  @ApiForbiddenResponse({ description: 'Admin accounts cannot erase themselves here' })
  async erase(@CurrentUser() user: AuthUser): Promise<void> {
    await this.dataRights.erase(user);
  }
}
