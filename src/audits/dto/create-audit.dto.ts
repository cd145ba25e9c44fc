import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
  IsDefined,
} from 'class-validator';
import { PLATFORMS, PROFILE_LIMITS, REPORT_LOCALES } from '../../analysis/types';
import type { Metrics, Platform, Post, Profile, ReportLocale, Source } from '../../analysis/types';

export class PostDto implements Post {
  @ApiProperty({ maxLength: PROFILE_LIMITS.textField })
  @IsString()
  @MaxLength(PROFILE_LIMITS.textField)
  text!: string;

  @ApiPropertyOptional({ example: '2026-10-28' })
  @IsOptional()
  @IsISO8601({ strict: true })
  postedAt?: string;

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) likes?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) comments?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) shares?: number;
}

export class MetricsDto implements Metrics {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) followers?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) following?: number;
  @ApiPropertyOptional() @IsOptional() @Min(0) avgLikes?: number;
  @ApiPropertyOptional() @IsOptional() @Min(0) avgComments?: number;
}

export class SourceDto implements Source {
  @ApiProperty({ enum: PLATFORMS })
  @IsIn(PLATFORMS)
  platform!: Platform;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(PROFILE_LIMITS.shortField) handle?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(PROFILE_LIMITS.shortField) displayName?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(PROFILE_LIMITS.url) url?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(PROFILE_LIMITS.textField) headline?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(PROFILE_LIMITS.textField) about?: string;

  @ApiPropertyOptional({ type: [PostDto], maxItems: PROFILE_LIMITS.postsPerSource })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PROFILE_LIMITS.postsPerSource)
  @ValidateNested({ each: true })
  @Type(() => PostDto)
  posts?: PostDto[];

  @ApiPropertyOptional({ type: MetricsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MetricsDto)
  metrics?: MetricsDto;
}

/** The profile of shared/design/AUDIT.md: one candidate's public sources. */
export class CreateAuditDto implements Profile {
  @ApiProperty({ type: [SourceDto], minItems: 1, maxItems: PROFILE_LIMITS.sources })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PROFILE_LIMITS.sources)
  @ValidateNested({ each: true })
  @Type(() => SourceDto)
  sources!: SourceDto[];

  @ApiPropertyOptional({ example: 'data analyst' })
  @IsOptional()
  @IsString()
  @MaxLength(PROFILE_LIMITS.targetRole)
  targetRole?: string;

  @ApiPropertyOptional({ enum: REPORT_LOCALES })
  @IsOptional()
  @IsIn(REPORT_LOCALES)
  locale?: ReportLocale;
}
