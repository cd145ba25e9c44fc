import { ApiProperty } from '@nestjs/swagger';
import type { User } from '../user.entity';
import { AccountView, toAccountView } from './account-views';

export class WebSessionView {
  @ApiProperty({ type: AccountView }) account!: AccountView;
  @ApiProperty({ description: 'Send in X-CSRF-Token on every POST, PUT, PATCH and DELETE made with the cookie' }) csrfToken!: string;
  @ApiProperty() expiresAt!: string;
}

export function toWebSessionView(user: User, session: { csrfToken: string; expiresAt: Date }): WebSessionView {
  return { account: toAccountView(user), csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
}
