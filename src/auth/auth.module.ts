import { Global, Module } from '@nestjs/common';
import { ConfigModule, type ConfigType } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../accounts/user.entity';
import { authConfig } from './auth.config';
import { AuthGuard } from './auth.guard';
import { JWT_ALGORITHM, TokenService } from './token.service';
import { webSessionConfig } from './web-session.config';
import { WebSession } from './web-session.entity';
import { WebSessionService } from './web-session.service';

/** One instance, imported twice below, so the secret is read (and its warning logged) once. */
const authConfigModule = ConfigModule.forFeature(authConfig);

/**
 * Authentication for the HTTP API: the global AuthGuard, the TokenService and browser sessions. Global, so any module
 * (e.g. the admin dashboard's middleware) can inject TokenService.
 */
@Global()
@Module({
  imports: [
    authConfigModule,
    ConfigModule.forFeature(webSessionConfig),
    TypeOrmModule.forFeature([User, WebSession]),
    JwtModule.registerAsync({
      imports: [authConfigModule],
      inject: [authConfig.KEY],
      useFactory: (config: ConfigType<typeof authConfig>) => ({
        // A key object made once: given the string, jsonwebtoken tries it as a public key (and fails)
        // on every verify before making a secret key of it, 15% of a request's CPU.
        secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')),
        signOptions: { algorithm: JWT_ALGORITHM },
        verifyOptions: { algorithms: [JWT_ALGORITHM] },
      }),
    }),
  ],
  providers: [TokenService, WebSessionService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, WebSessionService],
})
export class AuthModule {}
