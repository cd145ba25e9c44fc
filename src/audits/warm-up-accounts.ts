/** The API's warm-up accounts (SubmissionWarmUp) have addresses in this domain; `.invalid` is reserved (RFC 2606), so no real address has it. */
export const SUBMISSION_WARM_UP_EMAIL_DOMAIN = '@api-path-warm-up.invalid';
