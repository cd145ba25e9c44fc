import { entryOpener, readJson } from '../archive/entries';
import { selectArrayItems, selectDocument } from '../archive/json-select';
import type { ZipArchive } from '../archive/zip';
import { buildResult, newParseState, type ParseState } from '../result';
import { cleanText, repairMetaText } from '../text/clean';
import { fromUnixSeconds } from '../text/dates';
import type { ImportResult } from '../types';

/**
 * Instagram's "Download your information" in JSON: the profile from personal_information.json
 * (only Username, Name, Bio and Website of its string_map_data: e-mail, phone, gender and date of
 * birth are never built) and post and reel captions with their dates (EXIF and location metadata
 * are never built). Instagram's download holds no like or comment counts of one's own posts.
 * Messages, followers, likes, comments, searches, ads and login history are never opened.
 */
export const INSTAGRAM_PROFILE_FILES = [
  'personal_information/personal_information/personal_information.json',
  'personal_information/personal_information.json',
];
const POST_FOLDERS = ['your_instagram_activity/media/', 'your_instagram_activity/content/', 'content/'];
const POSTS_FILE = /^posts_\d+\.json$/;
export const INSTAGRAM_ANCHORS = [...INSTAGRAM_PROFILE_FILES, ...POST_FOLDERS.map((folder) => `${folder}posts_1.json`)];

const KEEP_PROFILE = /^profile_user\.0\.string_map_data\.(Username|Name|Bio|Website)\.value$/;
const KEEP_POST = /^\d+\.(title|creation_timestamp|media\.\d+\.(title|creation_timestamp))$/;
const KEEP_REELS = /^ig_reels_media\.\d+\.(title|creation_timestamp|media\.\d+\.(title|creation_timestamp))$/;

interface MediaItem {
  title?: string;
  creation_timestamp?: number;
  media?: { title?: string; creation_timestamp?: number }[];
}

function addPost(item: MediaItem, state: ParseState): void {
  const caption = cleanText(repairMetaText(item.title || item.media?.find((media) => media.title)?.title || ''));
  if (caption === undefined) return state.posts.skip('no-text', 'a post without a caption');
  state.posts.add({ text: caption, postedAt: fromUnixSeconds(item.creation_timestamp ?? item.media?.[0]?.creation_timestamp) });
}

async function readProfile(archive: ZipArchive, state: ParseState): Promise<Record<string, string | undefined>> {
  const name = INSTAGRAM_PROFILE_FILES.find((file) => archive.has(file));
  if (name === undefined) {
    state.warnings.push('The download has no personal_information.json, so the username, name and bio are missing.');
    return {};
  }
  const document = (await readJson(entryOpener(archive, name), name, (text) => selectDocument(text, name, KEEP_PROFILE))) as {
    profile_user?: { string_map_data?: Record<string, { value?: string }> }[];
  };
  const fields = document?.profile_user?.[0]?.string_map_data ?? {};
  const value = (key: string) => (typeof fields[key]?.value === 'string' ? repairMetaText(fields[key].value as string) : undefined);
  if (!value('Username') && !value('Bio')) state.warnings.push(`${name} has no Username or Bio field in English; request the download again with English as the language.`);
  return { username: value('Username'), name: value('Name'), bio: value('Bio'), website: value('Website') };
}

export async function parseInstagram(whole: ZipArchive, prefix: string): Promise<ImportResult> {
  const archive = whole.scoped(prefix);
  const state = newParseState();
  const profile = await readProfile(archive, state);
  const folder = POST_FOLDERS.find((candidate) => archive.names.some((name) => name.startsWith(candidate) && POSTS_FILE.test(name.slice(candidate.length))));
  if (folder !== undefined) {
    const postFiles = archive.names.filter((name) => name.startsWith(folder) && POSTS_FILE.test(name.slice(folder.length))).sort();
    for (const name of postFiles) {
      for await (const item of await readJson(entryOpener(archive, name), name, async (text) => selectArrayItems(text, name, KEEP_POST))) addPost(item as MediaItem, state);
    }
    const reels = `${folder}reels.json`;
    if (archive.has(reels)) {
      const document = (await readJson(entryOpener(archive, reels), reels, (text) => selectDocument(text, reels, KEEP_REELS))) as { ig_reels_media?: MediaItem[] };
      for (const item of document?.ig_reels_media ?? []) addPost(item, state);
    }
  }
  const bio = cleanText(profile.bio);
  const website = cleanText(profile.website);
  const handle = cleanText(profile.username);
  return buildResult(
    'instagram-export',
    {
      platform: 'instagram',
      handle,
      displayName: profile.name,
      url: handle ? `https://www.instagram.com/${handle}` : undefined,
      about: website && !bio?.includes(website) ? [bio, website].filter(Boolean).join('\n') : bio,
    },
    state,
    whole.filesRead,
  );
}
