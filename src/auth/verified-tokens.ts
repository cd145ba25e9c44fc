/** Tokens remembered at most; past it the oldest is forgotten (and verified again if it comes back). */
export const VERIFIED_TOKENS_MAX = 10_000;

/**
 * Access tokens whose signature and claims were verified, with their claims, until they expire. A
 * client sends the same token on every request: checking its HMAC, decoding it and checking its
 * claims again each time was 7% of a POST /audits's CPU (issue 11). Only a token that passed the full
 * check is remembered, under its exact text, so a remembered answer is the one the check would give
 * again until `exp`, which is read on every use (as jsonwebtoken does it: expired once now >= exp).
 */
export class VerifiedTokens<Claims extends { exp: number }> {
  private readonly byToken = new Map<string, Claims>();

  constructor(private readonly max = VERIFIED_TOKENS_MAX) {}

  /** The token's claims if it was verified and has not expired; undefined otherwise. */
  get(token: string, nowMs = Date.now()): Claims | undefined {
    const claims = this.byToken.get(token);
    if (!claims) return undefined;
    if (Math.floor(nowMs / 1000) < claims.exp) return claims;
    this.byToken.delete(token);
    return undefined;
  }

  remember(token: string, claims: Claims): void {
    if (this.byToken.size >= this.max) this.byToken.delete(this.byToken.keys().next().value!);
    this.byToken.set(token, claims);
  }

  get size(): number {
    return this.byToken.size;
  }
}
