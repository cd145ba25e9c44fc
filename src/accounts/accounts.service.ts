import { BadRequestException, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import type { AuthUser } from '../auth/auth.types';
import { type AccessToken, TokenService } from '../auth/token.service';
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
    await this.throttle.assertAllowed(input.email, client);
    const user = await this.users.authenticate(input.email, input.password);
    if (!user) {
      await this.throttle.recordFailure(input.email, client);
      throw new UnauthorizedException('Email or password is incorrect');
    }
    await this.throttle.forget(input.email, client);
    return this.tokens.issue({ id: user.id, email: user.email, role: user.role });
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
