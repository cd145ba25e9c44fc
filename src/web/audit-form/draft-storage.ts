import type { AuditDraft } from './draft';

/**
 * The unfinished new-audit form, kept in this browser's localStorage per account so it survives a
 * reload. Only the text the candidate typed: never a token or a session. Cleared at submit and sign-out.
 */
const PREFIX = 'citra.draft.';

export function loadDraft(accountId: string): AuditDraft | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + accountId);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as AuditDraft;
    return Array.isArray(parsed.sources) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(accountId: string, draft: AuditDraft): void {
  try {
    localStorage.setItem(PREFIX + accountId, JSON.stringify(draft));
  } catch {
    // Storage full or refused: the draft then lives as long as the page.
  }
}

export function clearDraft(accountId: string): void {
  try {
    localStorage.removeItem(PREFIX + accountId);
  } catch {
    // Nothing to clear.
  }
}

/** Every account's draft in this browser (at sign-out, so the next person does not see them). */
export function clearDrafts(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}
