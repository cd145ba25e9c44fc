import type { Evidence, Profile } from '../api/types';

/** The submitted text an evidence item points into, or undefined (metrics, or the profile was purged). */
export function evidenceText(profile: Profile | undefined, evidence: Evidence): string | undefined {
  const source = profile?.sources[evidence.source];
  if (!source) return undefined;
  const post = /^posts\[(\d+)\]$/.exec(evidence.field);
  if (post) return source.posts?.[Number(post[1])]?.text;
  if (['handle', 'displayName', 'url', 'headline', 'about'].includes(evidence.field)) {
    return source[evidence.field as 'handle' | 'displayName' | 'url' | 'headline' | 'about'];
  }
  return undefined;
}

/** The text split around the evidence span; offsets are UTF-16, as JavaScript strings count. */
export function splitAtSpan(text: string, start: number, end: number): [string, string, string] {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return [text.slice(0, from), text.slice(from, to), text.slice(to)];
}

/** 'posts[2]' → { kind: 'post', number: 3 }; other fields by name. */
export function describeField(field: string): { kind: string; number?: number } {
  const post = /^posts\[(\d+)\]$/.exec(field);
  return post ? { kind: 'post', number: Number(post[1]) + 1 } : { kind: field };
}
