import { PLATFORMS, PROFILE_LIMITS, type Platform, type Post, type Profile, type ReportLocale, type Source } from '../../analysis/types';

/**
 * The new-audit form's state: strings as typed (numbers included), one card per platform. A draft is
 * turned into the API's Profile only at submit, so half-typed values survive a reload as they were.
 */
export interface PostDraft {
  key: string;
  text: string;
  postedAt: string;
  likes: string;
  comments: string;
  shares: string;
}

export const METRIC_FIELDS = ['followers', 'following', 'avgLikes', 'avgComments'] as const;
export type MetricField = (typeof METRIC_FIELDS)[number];

export interface SourceDraft {
  key: string;
  platform: Platform;
  handle: string;
  displayName: string;
  url: string;
  headline: string;
  about: string;
  posts: PostDraft[];
  metrics: Record<MetricField, string>;
}

export interface AuditDraft {
  sources: SourceDraft[];
  targetRole: string;
  locale: ReportLocale | '';
}

/** A problem with one field: its API path (`sources[0].posts[2].text`) and a message key with values. */
export interface DraftError {
  field: string;
  key: string;
  values?: Record<string, string | number>;
}

let counter = 0;
const newKey = () => `k${Date.now().toString(36)}${(counter++).toString(36)}`;

export function emptyPost(text = ''): PostDraft {
  return { key: newKey(), text, postedAt: '', likes: '', comments: '', shares: '' };
}

export function emptySource(platform: Platform = 'linkedin'): SourceDraft {
  return {
    key: newKey(),
    platform,
    handle: '',
    displayName: '',
    url: '',
    headline: '',
    about: '',
    posts: [],
    metrics: { followers: '', following: '', avgLikes: '', avgComments: '' },
  };
}

export function emptyDraft(): AuditDraft {
  return { sources: [emptySource()], targetRole: '', locale: '' };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : '');

/**
 * Cards from a list of sources (an API Profile's `sources[]`, e.g. an import's preview): the one entry
 * point for filling the form from elsewhere. Unknown platforms become "other".
 */
export function draftSourcesFrom(sources: readonly Partial<Source>[]): SourceDraft[] {
  return sources.map((source) => ({
    ...emptySource((PLATFORMS as readonly string[]).includes(text(source.platform)) ? (source.platform as Platform) : 'other'),
    handle: text(source.handle),
    displayName: text(source.displayName),
    url: text(source.url),
    headline: text(source.headline),
    about: text(source.about),
    posts: (source.posts ?? []).map((post: Partial<Post>) => ({
      ...emptyPost(text(post.text)),
      postedAt: text(post.postedAt).slice(0, 10),
      likes: num(post.likes),
      comments: num(post.comments),
      shares: num(post.shares),
    })),
    metrics: {
      followers: num(source.metrics?.followers),
      following: num(source.metrics?.following),
      avgLikes: num(source.metrics?.avgLikes),
      avgComments: num(source.metrics?.avgComments),
    },
  }));
}

/**
 * Many posts pasted at once: posts are separated by a blank line, or by a line of three or more
 * dashes. Leading and trailing blank lines of each post are dropped.
 */
export function splitPastedPosts(pasted: string): string[] {
  return pasted
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n|\n-{3,}\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;

/** Every problem the API would refuse, found before sending, with the API's own field paths. */
export function validateDraft(draft: AuditDraft): DraftError[] {
  const errors: DraftError[] = [];
  const max = (field: string, value: string, limit: number) => {
    if (value.length > limit) errors.push({ field, key: 'validation.tooLong', values: { max: limit, length: value.length } });
  };
  if (draft.sources.length === 0) errors.push({ field: 'sources', key: 'validation.noSources' });
  if (draft.sources.length > PROFILE_LIMITS.sources) errors.push({ field: 'sources', key: 'validation.tooManySources', values: { max: PROFILE_LIMITS.sources } });
  max('targetRole', draft.targetRole, PROFILE_LIMITS.targetRole);
  draft.sources.forEach((source, index) => {
    const at = `sources[${index}]`;
    max(`${at}.handle`, source.handle, PROFILE_LIMITS.shortField);
    max(`${at}.displayName`, source.displayName, PROFILE_LIMITS.shortField);
    max(`${at}.url`, source.url, PROFILE_LIMITS.url);
    if (source.url.trim() && !/^https?:\/\/\S+$/i.test(source.url.trim())) errors.push({ field: `${at}.url`, key: 'validation.url' });
    max(`${at}.headline`, source.headline, PROFILE_LIMITS.textField);
    max(`${at}.about`, source.about, PROFILE_LIMITS.textField);
    const posts = source.posts.filter((post) => post.text.trim());
    if (posts.length > PROFILE_LIMITS.postsPerSource) {
      errors.push({ field: `${at}.posts`, key: 'validation.tooManyPosts', values: { max: PROFILE_LIMITS.postsPerSource } });
    }
    const hasContent = [source.handle, source.displayName, source.headline, source.about].some((value) => value.trim()) || posts.length > 0;
    if (!hasContent) errors.push({ field: `${at}`, key: 'validation.emptySource' });
    source.posts.forEach((post, postIndex) => {
      const postAt = `${at}.posts[${postIndex}]`;
      max(`${postAt}.text`, post.text, PROFILE_LIMITS.textField);
      if (!post.text.trim() && (post.postedAt || post.likes || post.comments || post.shares)) errors.push({ field: `${postAt}.text`, key: 'validation.postText' });
      if (post.postedAt && (!DATE.test(post.postedAt) || Number.isNaN(Date.parse(post.postedAt)))) errors.push({ field: `${postAt}.postedAt`, key: 'validation.date' });
      for (const count of ['likes', 'comments', 'shares'] as const) {
        if (post[count] && !WHOLE.test(post[count].trim())) errors.push({ field: `${postAt}.${count}`, key: 'validation.wholeNumber' });
      }
    });
    for (const metric of METRIC_FIELDS) {
      const value = source.metrics[metric].trim();
      const pattern = metric === 'followers' || metric === 'following' ? WHOLE : DECIMAL;
      if (value && !pattern.test(value)) errors.push({ field: `${at}.metrics.${metric}`, key: pattern === WHOLE ? 'validation.wholeNumber' : 'validation.number' });
    }
  });
  return errors;
}

const optional = (value: string) => (value.trim() ? value.trim() : undefined);
const optionalNumber = (value: string) => (value.trim() ? Number(value.trim()) : undefined);

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** The Profile the API takes: empty fields and empty posts left out, text kept as typed (trimmed). */
export function draftToProfile(draft: AuditDraft): Profile {
  const sources: Source[] = draft.sources.map((source) => {
    const posts = source.posts
      .filter((post) => post.text.trim())
      .map((post) =>
        compact<Post>({
          text: post.text.trim(),
          postedAt: optional(post.postedAt),
          likes: optionalNumber(post.likes),
          comments: optionalNumber(post.comments),
          shares: optionalNumber(post.shares),
        }),
      );
    const metrics = compact({
      followers: optionalNumber(source.metrics.followers),
      following: optionalNumber(source.metrics.following),
      avgLikes: optionalNumber(source.metrics.avgLikes),
      avgComments: optionalNumber(source.metrics.avgComments),
    });
    return compact<Source>({
      platform: source.platform,
      handle: optional(source.handle),
      displayName: optional(source.displayName),
      url: optional(source.url),
      headline: optional(source.headline),
      about: optional(source.about),
      posts: posts.length > 0 ? posts : undefined,
      metrics: Object.keys(metrics).length > 0 ? metrics : undefined,
    });
  });
  return compact<Profile>({ sources, targetRole: optional(draft.targetRole), locale: draft.locale || undefined });
}

/**
 * A server field path of the submitted profile mapped back to the draft's: the server counts only the
 * posts that were sent, the form counts empty ones too.
 */
export function draftFieldOf(draft: AuditDraft, serverField: string): string {
  return serverField.replace(/^sources\[(\d+)\]\.posts\[(\d+)\]/, (whole, sourceIndex: string, postIndex: string) => {
    const posts = draft.sources[Number(sourceIndex)]?.posts ?? [];
    let seen = -1;
    for (let index = 0; index < posts.length; index += 1) {
      if (posts[index]!.text.trim()) seen += 1;
      if (seen === Number(postIndex)) return `sources[${sourceIndex}].posts[${index}]`;
    }
    return whole;
  });
}
