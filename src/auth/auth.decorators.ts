import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { AuthUser, Role } from './auth.types';

export const IS_PUBLIC = 'citra:isPublic';
export const ALLOWED_ROLES = 'citra:roles';

/** Opens a route to requests without a token. Every other route needs one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Restricts a route (or every route of a controller) to these roles; others get 403. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/** The signed-in user of this request (set by the global AuthGuard). */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthUser => context.switchToHttp().getRequest<{ user: AuthUser }>().user,
);
