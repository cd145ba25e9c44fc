import { ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { LoginThrottleService } from '../../accounts/login-throttle.service';
import { UsersService } from '../../accounts/users.service';
import { type AccessToken, TokenService } from '../../auth/token.service';

/** Signs an admin in for the dashboard; other accounts are refused. Password guessing is limited as at the API's sign-in. */
@Injectable()
export class AdminSessionService {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async signIn(email: string, password: string, client: string): Promise<AccessToken> {
    await this.throttle.assertAllowed(email, client);
    const user = await this.users.authenticate(email, password);
    if (!user) {
      await this.throttle.recordFailure(email, client);
      throw new UnauthorizedException('Email or password is incorrect');
    }
    await this.throttle.forget(email, client);
    if (user.role !== 'admin') throw new ForbiddenException('The queue dashboard is for admin accounts');
    return this.tokens.issue({ id: user.id, email: user.email, role: user.role });
  }
}
