import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PLATFORMS, PROFILE_LIMITS, REPORT_LOCALES } from '../../analysis/types';
import type { Metrics, Platform, Post, Profile, ReportLocale, Source } from '../../analysis/types';
import { validateProfile } from '../../analysis/validate';
import { ValidatedBy } from '../../http/validation';

// These classes describe the body for OpenAPI only. What is accepted is decided by one function,
// the engine's validateProfile (@ValidatedBy below): the API takes exactly what the engine can audit.

export class PostDto implements Post {
  @ApiProperty({ maxLength: PROFILE_LIMITS.textField }) text!: string;
  @ApiPropertyOptional({ example: '2026-10-28', description: 'ISO 8601 date or date-time' }) postedAt?: string;
  @ApiPropertyOptional({ minimum: 0, maximum: PROFILE_LIMITS.count, type: 'integer' }) likes?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: PROFILE_LIMITS.count, type: 'integer' }) comments?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: PROFILE_LIMITS.count, type: 'integer' }) shares?: number;
}

export class MetricsDto implements Metrics {
  @ApiPropertyOptional({ minimum: 0, maximum: PROFILE_LIMITS.count, type: 'integer' }) followers?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: PROFILE_LIMITS.count, type: 'integer' }) following?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: PROFILE_LIMITS.count }) avgLikes?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: PROFILE_LIMITS.count }) avgComments?: number;
}

export class SourceDto implements Source {
  @ApiProperty({ enum: PLATFORMS }) platform!: Platform;
  @ApiPropertyOptional({ maxLength: PROFILE_LIMITS.shortField }) handle?: string;
  @ApiPropertyOptional({ maxLength: PROFILE_LIMITS.shortField }) displayName?: string;
  @ApiPropertyOptional({ maxLength: PROFILE_LIMITS.url }) url?: string;
  @ApiPropertyOptional({ maxLength: PROFILE_LIMITS.textField }) headline?: string;
  @ApiPropertyOptional({ maxLength: PROFILE_LIMITS.textField }) about?: string;
  @ApiPropertyOptional({ type: [PostDto], maxItems: PROFILE_LIMITS.postsPerSource }) posts?: PostDto[];
  @ApiPropertyOptional({ type: MetricsDto }) metrics?: MetricsDto;
}

/**
 * The profile of the audit contract: one candidate's public sources. Optional fields are left out,
 * never null; text may not hold NUL or half of a surrogate pair.
 */
@ValidatedBy(validateProfile)
export class CreateAuditDto implements Profile {
  @ApiProperty({ type: [SourceDto], minItems: 1, maxItems: PROFILE_LIMITS.sources }) sources!: SourceDto[];
  @ApiPropertyOptional({ example: 'data analyst', maxLength: PROFILE_LIMITS.targetRole }) targetRole?: string;
  @ApiPropertyOptional({ enum: REPORT_LOCALES }) locale?: ReportLocale;
}
