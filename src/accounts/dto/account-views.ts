import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '../../auth/auth.types';
import type { User } from '../user.entity';

export class AccountView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiPropertyOptional({ nullable: true, type: String }) organisation!: string | null;
  @ApiProperty() createdAt!: string;
}

export class AccessTokenView {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ example: 'Bearer' }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'Seconds until the token expires' }) expiresIn!: number;
}

export function toAccountView(user: User): AccountView {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    organisation: user.organisation,
    createdAt: user.createdAt.toISOString(),
  };
}
