import { Transform } from 'class-transformer';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { EMAIL_MAX_LENGTH, PASSWORD_LIMITS } from '../account-rules';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class LoginDto {
  @ApiProperty({ example: 'sari@example.com' })
  @IsString()
  @MinLength(1)
  @MaxLength(EMAIL_MAX_LENGTH)
  @Transform(trimmed)
  email!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_LIMITS.max)
  password!: string;
}
