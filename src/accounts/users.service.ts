import { ConflictException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { QueryFailedError, type Repository } from 'typeorm';
import type { Role } from '../auth/auth.types';
import { ConfigError } from '../config/env';
import { normaliseEmail } from './account-rules';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from './password-hasher';
import { User } from './user.entity';

export interface NewUser {
  email: string;
  password: string;
  role: Role;
  organisation?: string | null;
}

export type EnsureAdminOutcome = 'created' | 'exists';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async create(input: NewUser): Promise<User> {
    const user = this.users.create({
      id: randomUUID(),
      email: normaliseEmail(input.email),
      role: input.role,
      passwordHash: await hashPassword(input.password),
      organisation: input.organisation?.trim() || null,
    });
    try {
      await this.users.insert(user);
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException('An account with this email already exists');
      throw error;
    }
    return this.users.findOneByOrFail({ id: user.id });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email: normaliseEmail(email) });
  }

  findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  /** The user when the password matches; null otherwise, in about the same time either way. */
  async authenticate(email: string, password: string): Promise<User | null> {
    const user = await this.findByEmail(email);
    if (!user) return verifyAgainstDecoy(password).then(() => null);
    return (await verifyPassword(user.passwordHash, password)) ? user : null;
  }

  /**
   * Creates the admin account when no account has this email. An existing admin is left as it is; an
   * existing non-admin account is never promoted (someone could have signed up with that email first).
   */
  async ensureAdmin(email: string, password: string): Promise<EnsureAdminOutcome> {
    const existing = await this.findByEmail(email);
    if (existing) return this.acceptExistingAdmin(existing);
    try {
      await this.create({ email, password, role: 'admin' });
      return 'created';
    } catch (error) {
      if (!(error instanceof ConflictException)) throw error;
      return this.acceptExistingAdmin(await this.findByEmail(email));
    }
  }

  private acceptExistingAdmin(user: User | null): EnsureAdminOutcome {
    if (user?.role === 'admin') return 'exists';
    throw new ConfigError(
      'ADMIN_EMAIL',
      `${user?.email ?? 'this email'} belongs to a ${user?.role ?? 'missing'} account; choose another email (accounts are never promoted to admin)`,
    );
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION;
}
