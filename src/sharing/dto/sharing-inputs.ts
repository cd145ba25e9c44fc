import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Equals, IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { FLAG_CATEGORIES, type FlagCategory, SEVERITIES, type Severity } from '../../analysis/types';
import { PageQuery } from '../../common/page.query';


export const SHARE_LIMITS = { maxDays: 90, defaultLinkDays: 7, commentLength: 280, requestMessage: 500, defaultRequestDays: 14 } as const;

/** Either `{ recruiterEmail }` or `{ link: true }`; both may take `expiresInDays`. */
export class CreateShareDto {
  @ApiPropertyOptional({ description: 'Share with this recruiter account', example: 'rina@acme.example' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'must be an email address' })
  recruiterEmail?: string;

  @ApiPropertyOptional({ description: 'Create a share link instead', enum: [true] })
  @IsOptional()
  @Equals(true, { message: 'must be true when present' })
  link?: true;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: SHARE_LIMITS.maxDays,
    description: `Days until the share stops working. Links: default ${SHARE_LIMITS.defaultLinkDays}. Recruiter shares: no expiry unless set.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(SHARE_LIMITS.maxDays)
  expiresInDays?: number;
}

export class FlagCommentDto {
  @ApiProperty({ maxLength: SHARE_LIMITS.commentLength, example: 'This was a parody account, deleted in 2024.' })
  @IsString()
  @MinLength(1)
  @MaxLength(SHARE_LIMITS.commentLength)
  @Matches(/\S/, { message: 'must not be blank' })
  comment!: string;
}


export class RecruiterSummariesQuery extends PageQuery {
  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'Overall score at least' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  minScore?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'Overall score at most' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  maxScore?: number;

  @ApiPropertyOptional({ enum: FLAG_CATEGORIES, description: 'Only summaries with at least one flag of this category' })
  @IsOptional()
  @IsIn(FLAG_CATEGORIES)
  flagCategory?: FlagCategory;

  @ApiPropertyOptional({ enum: SEVERITIES, description: 'Only summaries with at least one flag of this severity (and category, if given)' })
  @IsOptional()
  @IsIn(SEVERITIES)
  flagSeverity?: Severity;
}

export class CreateAuditRequestDto {
  @ApiPropertyOptional({ description: 'Only the candidate account with this email may answer', example: 'sari@example.com' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'must be an email address' })
  candidateEmail?: string;

  @ApiPropertyOptional({ maxLength: SHARE_LIMITS.requestMessage })
  @IsOptional()
  @IsString()
  @MaxLength(SHARE_LIMITS.requestMessage)
  message?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: SHARE_LIMITS.maxDays, default: SHARE_LIMITS.defaultRequestDays })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(SHARE_LIMITS.maxDays)
  expiresInDays?: number;
}

export class FulfilAuditRequestDto {
  @ApiProperty({ format: 'uuid', description: 'One of your completed audits, to share with the requesting recruiter' })
  @IsString()
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'must be a UUID' })
  auditId!: string;
}
