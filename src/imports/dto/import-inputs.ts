import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { FILE_PLATFORMS, type FilePlatform } from '../types';

/** A multipart field arrives as text: "true"/"false" become booleans, anything else stays and fails. */
function booleanField({ value }: { value: unknown }): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

/** The text fields of `POST /api/v1/imports` beside the file. */
export class ImportFileDto {
  @ApiPropertyOptional({ enum: FILE_PLATFORMS, description: 'The platform the file must come from; another is refused (422)' })
  @IsOptional()
  @IsIn(FILE_PLATFORMS)
  platform?: FilePlatform;

  @ApiPropertyOptional({ type: Boolean, description: 'X archive: keep replies to other accounts (left out by default)' })
  @IsOptional()
  @Transform(booleanField)
  @IsBoolean()
  includeReplies?: boolean;
}

export class GitHubImportDto {
  @ApiProperty({ example: 'octocat', description: 'A GitHub username' })
  @IsString()
  @MaxLength(40)
  username!: string;
}
