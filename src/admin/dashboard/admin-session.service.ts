import { ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { UsersService } from '../../accounts/users.service';
import { type AccessToken, TokenService } from '../../auth/token.service';

/** Signs an admin in for the dashboard; other accounts are refused. */
@Injectable()
export class AdminSessionService {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokenService,
  ) {}

  async signIn(email: string, password: string): Promise<AccessToken> {
    const user = await this.users.authenticate(email, password);
    if (!user) throw new UnauthorizedException('Email or password is incorrect');
    if (user.role !== 'admin') throw new ForbiddenException('The queue dashboard is for admin accounts');
    return this.tokens.issue({ id: user.id, email: user.email, role: user.role });
  }
}
