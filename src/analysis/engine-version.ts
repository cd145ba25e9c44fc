/** Bumped whenever scoring, flags or messages change: same input + same version = same report. */
export const ENGINE_VERSION = '1.6.2';
