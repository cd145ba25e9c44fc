import { Body, Controller, HttpCode, HttpStatus, Post, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { ApiBodyRefusals } from '../common/api-responses';
import { Roles } from '../auth/auth.decorators';
import { GitHubImportDto, ImportFileDto } from './dto/import-inputs';
import { ImportErrorFilter } from './import-error.filter';
import { ImportsService, type UploadedImport } from './imports.service';
import type { ImportResult } from './types';
import { ImportUploadInterceptor } from './upload.interceptor';

@ApiTags('imports')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No token, or an invalid or expired one' })
@ApiForbiddenResponse({ description: 'Not a candidate account' })
@Roles('candidate')
@UseFilters(ImportErrorFilter)
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @UseInterceptors(ImportUploadInterceptor, FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: "A platform's own download: ZIP, LinkedIn's PDF or TikTok's JSON (at most IMPORT_MAX_FILE_MB, 50 MB)" },
        platform: { type: 'string', enum: ['linkedin', 'x', 'instagram', 'tiktok', 'facebook'] },
        includeReplies: { type: 'boolean' },
      },
    },
  })
  @ApiOperation({ summary: "Read a platform's own data export into profile sources: a preview, nothing is stored" })
  @ApiOkResponse({ description: '{ format, platform, sources, counts, skipped, warnings, filesRead }' })
  @ApiBadRequestResponse({ description: 'No file, or a bad field' })
  @ApiPayloadTooLargeResponse({ description: 'Over the upload limit, the uncompressed-data cap, the entry cap or the memory ceiling' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Not a ZIP, PDF or JSON file, or not what its name says' })
  @ApiUnprocessableEntityResponse({ description: 'Unreadable, of another platform, encrypted, unsafe names, nested archive, no text...' })
  @ApiServiceUnavailableResponse({ description: 'Too many imports at once; Retry-After says when to try again' })
  importFile(@UploadedFile() file: UploadedImport | undefined, @Body() fields: ImportFileDto): Promise<ImportResult> {
    return this.imports.importUpload(file, { platform: fields.platform, includeReplies: fields.includeReplies });
  }

  @Post('github')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Read a public GitHub profile (profile, README, most starred repositories) into a source: a preview' })
  @ApiOkResponse({ description: '{ format, platform, sources, counts, skipped, warnings, filesRead }' })
  @ApiNotFoundResponse({ description: 'GitHub has no such user' })
  @ApiBodyRefusals('username is missing or not a GitHub username')
  @ApiServiceUnavailableResponse({ description: "GitHub's rate limit is spent; Retry-After says when to try again" })
  importGitHub(@Body() body: GitHubImportDto): Promise<ImportResult> {
    return this.imports.importGitHub(body.username);
  }
}
