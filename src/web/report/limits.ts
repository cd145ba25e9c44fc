/**
 * Limits the sharing API enforces (src/sharing/dto/sharing-inputs.ts, SHARE_LIMITS), mirrored here
 * because that file carries the server's validators; a unit test keeps the two equal.
 */
export const COMMENT_MAX_LENGTH = 280;
export const SHARE_MAX_DAYS = 90;
export const DEFAULT_LINK_DAYS = 7;
export const REQUEST_MESSAGE_MAX_LENGTH = 500;
export const DEFAULT_REQUEST_DAYS = 14;
