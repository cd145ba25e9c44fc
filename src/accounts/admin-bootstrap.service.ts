import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { accountsConfig } from './accounts.config';
import { UsersService } from './users.service';

/** Creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD when the API starts, if it does not exist yet. */
@Injectable()
export class AdminBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Accounts');

  constructor(
    private readonly users: UsersService,
    @Inject(accountsConfig.KEY) private readonly config: ConfigType<typeof accountsConfig>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const seed = this.config.admin;
    if (!seed) return;
    const outcome = await this.users.ensureAdmin(seed.email, seed.password);
    if (outcome === 'created') this.logger.log(`Created the admin account ${seed.email} from ADMIN_EMAIL`);
  }
}
