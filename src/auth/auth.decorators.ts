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

export const ACCOUNT_CHECKED_BY_WRITE = 'citra:accountCheckedByWrite';

/**
 * For a route whose write stores nothing unless the token's account still exists with a role the
 * route allows (POST /audits: its INSERT checks the owner in the same statement). With a bearer token
 * claiming such a role, the guard checks the token but does not read the account first, one query
 * less a request. When the write finds no such account, the handler answers 401 or 403 as the guard
 * would have (AuditsService.submit); a token claiming another role is checked by the guard as usual.
 */
export const AccountCheckedByWrite = () => SetMetadata(ACCOUNT_CHECKED_BY_WRITE, true);
