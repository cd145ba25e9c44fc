/** The maintenance queue of the privacy module: scheduled purges only, no personal data in any job. */
export const PRIVACY_QUEUE = 'privacy';

export const PRIVACY_JOBS = {
  /** Clears submitted profiles older than PROFILE_RETENTION_DAYS. Scheduled; no payload. */
  purgeProfiles: 'purge-expired-profiles',
} as const;

export const PURGE_PROFILES_SCHEDULER_ID = 'purge-expired-profiles';
