import { Transform } from 'class-transformer';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { EMAIL_MAX_LENGTH, ORGANISATION_MAX_LENGTH, PASSWORD_LIMITS } from '../account-rules';

/** Roles anyone may sign up for. Admins come only from ADMIN_EMAIL/ADMIN_PASSWORD or `npm run admin:create`. */
export const SIGN_UP_ROLES = ['candidate', 'recruiter'] as const;
export type SignUpRole = (typeof SIGN_UP_ROLES)[number];

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SignupDto {
  @ApiProperty({ example: 'sari@example.com', maxLength: EMAIL_MAX_LENGTH })
  @IsString()
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmail({}, { message: 'must be an email address' })
  @Transform(trimmed)
  email!: string;

  @ApiProperty({ minLength: PASSWORD_LIMITS.min, maxLength: PASSWORD_LIMITS.max })
  @IsString()
  @MinLength(PASSWORD_LIMITS.min)
  @MaxLength(PASSWORD_LIMITS.max)
  password!: string;

  @ApiProperty({ enum: SIGN_UP_ROLES })
  @IsIn(SIGN_UP_ROLES, { message: `must be one of: ${SIGN_UP_ROLES.join(', ')}` })
  role!: SignUpRole;

  @ApiPropertyOptional({ description: 'Required for recruiters: the company or agency', maxLength: ORGANISATION_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(ORGANISATION_MAX_LENGTH)
  @Matches(/\S/, { message: 'must not be blank' })
  organisation?: string;
}
