import { pipeline, type Readable } from 'node:stream';
import { entryOpener, readJson } from '../archive/entries';
import { JsAssignmentPrefix, selectArrayItems, selectDocument } from '../archive/json-select';
import type { ZipArchive } from '../archive/zip';
import { PostCollector } from '../posts';
import { buildResult, newParseState } from '../result';
import { cleanText } from '../text/clean';
import { fromTwitterDate } from '../text/dates';
import type { ImportOptions, ImportResult } from '../types';

/**
 * The X (Twitter) archive: data/account.js (handle, display name), data/profile.js (bio, website)
 * and the tweet files (data/tweets.js, its parts data/tweets-part1.js..., data/tweet.js in older
 * archives). Each file is `window.YTD.<name>.part0 = [...]`. Only the fields named in the KEEP_*
 * patterns are built; e-mail, phone, location, direct messages, likes, followers, IP audits and ad
 * data are other files or other fields and are never opened or built.
 */
const KEEP_ACCOUNT = /^0\.account\.(username|accountDisplayName|accountId)$/;
const KEEP_PROFILE = /^0\.profile\.description\.(bio|website)$/;
const KEEP_TWEET =
  /^\d+(\.tweet)?\.(full_text|created_at|favorite_count|retweet_count|retweeted|in_reply_to_status_id_str|in_reply_to_user_id_str|entities\.urls\.\d+\.(url|expanded_url))$/;
const TWEET_FILE = /^data\/tweets?(-part\d+)?\.js$/;

export const X_ANCHORS = ['data/account.js', 'data/tweets.js', 'data/tweet.js'];

interface Tweet {
  full_text?: string;
  created_at?: string;
  favorite_count?: string | number;
  retweet_count?: string | number;
  retweeted?: boolean;
  in_reply_to_status_id_str?: string;
  in_reply_to_user_id_str?: string;
  entities?: { urls?: { url?: string; expanded_url?: string }[] };
}

interface Account {
  username?: string;
  accountDisplayName?: string;
  accountId?: string;
}

function readYtd<T>(archive: ZipArchive, name: string, read: (text: Readable) => Promise<T>): Promise<T> {
  return readJson(entryOpener(archive, name), name, (text) => read(pipeline(text, new JsAssignmentPrefix(name), () => undefined)));
}

function first<T>(document: unknown, key: string): T | undefined {
  return Array.isArray(document) ? ((document[0] as Record<string, T> | undefined)?.[key] ?? undefined) : undefined;
}

/** Undoes the three HTML escapes X writes into tweet text. */
function unescapeHtml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function count(value: string | number | undefined): number | undefined {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 0 ? number : undefined;
}

/** Tweet text with t.co links replaced by the address they stand for. */
function tweetText(tweet: Tweet): string {
  let text = unescapeHtml(tweet.full_text ?? '');
  for (const link of tweet.entities?.urls ?? []) {
    if (link.url && link.expanded_url && /^https?:\/\//.test(link.expanded_url)) text = text.split(link.url).join(link.expanded_url);
  }
  return text;
}

function collectTweet(tweet: Tweet, account: Account, options: ImportOptions, posts: PostCollector): void {
  const text = cleanText(tweetText(tweet));
  if (text === undefined) return posts.skip('no-text', 'no text of their own (media only)');
  if (tweet.retweeted === true || text.startsWith('RT @')) return posts.skip('retweets', "retweets are other people's words");
  const isReply = Boolean(tweet.in_reply_to_status_id_str);
  if (isReply && tweet.in_reply_to_user_id_str !== account.accountId && !options.includeReplies) {
    return posts.skip('replies', 'replies to other accounts are left out unless asked for');
  }
  const postedAt = fromTwitterDate(tweet.created_at);
  posts.add({ text, postedAt, likes: count(tweet.favorite_count), shares: count(tweet.retweet_count) });
}

export async function parseXArchive(whole: ZipArchive, prefix: string, options: ImportOptions): Promise<ImportResult> {
  const state = newParseState();
  const archive = whole.scoped(prefix);
  let account: Account = {};
  if (archive.has(`data/account.js`)) {
    const document = await readYtd(archive, `data/account.js`, (text) => selectDocument(text, `data/account.js`, KEEP_ACCOUNT));
    account = first<Account>(document, 'account') ?? {};
  } else state.warnings.push('The archive has no data/account.js, so the handle and display name are missing.');
  let description: { bio?: string; website?: string } = {};
  if (archive.has(`data/profile.js`)) {
    const document = await readYtd(archive, `data/profile.js`, (text) => selectDocument(text, `data/profile.js`, KEEP_PROFILE));
    description = first<{ description?: typeof description }>(document, 'profile')?.description ?? {};
  }
  const tweetFiles = archive.names.filter((name) => TWEET_FILE.test(name)).sort();
  for (const name of tweetFiles) {
    for await (const item of await readYtd(archive, name, async (text) => selectArrayItems(text, name, KEEP_TWEET))) {
      const record = item as { tweet?: Tweet } & Tweet;
      collectTweet(record.tweet ?? record, account, options, state.posts);
    }
  }
  const website = cleanText(description.website);
  const bio = cleanText(description.bio);
  const about = website && !bio?.includes(website) ? [bio, website].filter(Boolean).join('\n') : bio;
  const handle = cleanText(account.username);
  return buildResult(
    'x-archive',
    { platform: 'x', handle, displayName: account.accountDisplayName, url: handle ? `https://x.com/${handle}` : undefined, about },
    state,
    archive.filesRead,
  );
}
