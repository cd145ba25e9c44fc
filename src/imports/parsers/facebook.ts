import { entryOpener, readJson } from '../archive/entries';
import { selectArrayItems, selectDocument } from '../archive/json-select';
import type { ZipArchive } from '../archive/zip';
import { buildResult, newParseState, type ParseState } from '../result';
import { cleanText, repairMetaText } from '../text/clean';
import { fromUnixSeconds } from '../text/dates';
import type { ImportResult } from '../types';

/**
 * Facebook's "Download your information" in JSON: the candidate's own posts only (the text of
 * each post and its date). Titles ("… was with …"), tags, places and attachments of a post are
 * never built; the profile information (birthday, family, city), messages, friends, searches, ads
 * and IP logs are never opened. The download does not say who could see a post: the preview shows
 * them all for the candidate to deselect the ones that were not public.
 */
const POST_FOLDERS = [
  "this_profile's_activity_across_facebook/posts/",
  'your_facebook_activity/posts/',
  'your_activity_across_facebook/posts/',
  'posts/',
];
const POSTS_FILE = /^(your_posts(__check_ins__photos_and_videos)?|profile_posts)_\d+\.json$/;
const OLD_POSTS_FILE = 'your_posts.json';
export const FACEBOOK_ANCHORS = POST_FOLDERS.flatMap((folder) => [
  `${folder}your_posts__check_ins__photos_and_videos_1.json`,
  `${folder}profile_posts_1.json`,
  `${folder}your_posts_1.json`,
]);

const KEEP_POST = /^\d+\.(timestamp|data\.\d+\.post)$/;
const KEEP_OLD_POSTS = /^status_updates\.\d+\.(timestamp|data\.\d+\.post)$/;

interface FacebookPost {
  timestamp?: number;
  data?: { post?: string }[];
}

function addPost(item: FacebookPost, state: ParseState): void {
  const text = cleanText(
    (item.data ?? [])
      .map((part) => (typeof part.post === 'string' ? repairMetaText(part.post) : ''))
      .filter(Boolean)
      .join('\n'),
  );
  if (text === undefined) return state.posts.skip('no-text', 'a photo, check-in or share without words of their own');
  state.posts.add({ text, postedAt: fromUnixSeconds(item.timestamp) });
}

export async function parseFacebook(whole: ZipArchive, prefix: string): Promise<ImportResult> {
  const archive = whole.scoped(prefix);
  const state = newParseState();
  for (const folder of POST_FOLDERS) {
    const files = archive.names.filter((name) => name.startsWith(folder) && POSTS_FILE.test(name.slice(folder.length))).sort();
    for (const name of files) {
      for await (const item of await readJson(entryOpener(archive, name), name, async (text) => selectArrayItems(text, name, KEEP_POST))) addPost(item as FacebookPost, state);
    }
    const old = `${folder}${OLD_POSTS_FILE}`;
    if (files.length === 0 && archive.has(old)) {
      const document = (await readJson(entryOpener(archive, old), old, (text) => selectDocument(text, old, KEEP_OLD_POSTS))) as { status_updates?: FacebookPost[] };
      for (const item of document?.status_updates ?? []) addPost(item, state);
    }
    if (files.length > 0 || archive.has(old)) break;
  }
  state.warnings.push("Facebook's download does not say who could see each post: deselect the posts that were not public.");
  return buildResult('facebook-export', { platform: 'facebook' }, state, whole.filesRead);
}
