export const ROLES = ['candidate', 'recruiter', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who made the request, as the global AuthGuard puts it on `request.user` after checking the token. */
export interface AuthUser {
  id: string;
  email: string;
  role: Role;
}
