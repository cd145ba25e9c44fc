export const PASSWORD_LIMITS = { min: 12, max: 256 } as const;
export const EMAIL_MAX_LENGTH = 254;
export const ORGANISATION_MAX_LENGTH = 200;

/** Emails are compared and stored trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
