import { BadRequestException, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import type { AuthUser } from '../auth/auth.types';
import { type AccessToken, TokenService } from '../auth/token.service';
import { type StartedWebSession, WebSessionService } from '../auth/web-session.service';
import type { LoginDto } from './dto/login.dto';
import type { SignupDto } from './dto/signup.dto';
import type { User } from './user.entity';
import { LoginThrottleService } from './login-throttle.service';
import { UsersService } from './users.service';

@Injectable()
export class AccountsService {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottleService,
    private readonly webSessions: WebSessionService,
  ) {}

  async signUp(input: SignupDto): Promise<User> {
    const organisation = input.organisation?.trim();
    if (input.role === 'recruiter' && !organisation) {
      throw fieldError('organisation', 'is required for recruiter accounts');
    }
    if (input.role !== 'recruiter' && organisation !== undefined) {
      throw fieldError('organisation', 'is only for recruiter accounts');
    }
    return this.users.create({ email: input.email, password: input.password, role: input.role, organisation });
  }

  /** Checks the password; after too many failures for one account from one client address, refuses that client with 429 for a while. */
  async logIn(input: LoginDto, client: string): Promise<AccessToken> {
    return this.tokens.issue(await this.checkCredentials(input, client));
  }

  /** The web app's sign-in: the same checks and limits as logIn, then a server-side session for a cookie. */
  async startWebSession(input: LoginDto, client: string): Promise<{ user: User; session: StartedWebSession }> {
    const user = await this.checkCredentials(input, client);
    return { user, session: await this.webSessions.start(user) };
  }

  private async checkCredentials(input: LoginDto, client: string): Promise<User> {
    await this.throttle.assertAllowed(input.email, client);
    const user = await this.users.authenticate(input.email, input.password);
    if (!user) {
      await this.throttle.recordFailure(input.email, client);
      throw new UnauthorizedException('Email or password is incorrect');
    }
    await this.throttle.forget(input.email, client);
    return user;
  }

  async me(current: AuthUser): Promise<User> {
    const user = await this.users.findById(current.id);
    if (!user) throw new NotFoundException('Account not found');
    return user;
  }
}

function fieldError(field: string, message: string): BadRequestException {
  return new BadRequestException({ message: 'Validation failed', details: [{ field, message }] });
}
