import type { Readable } from 'node:stream';
import { selectDocument } from '../archive/json-select';
import { ImportError } from '../errors';
import { buildResult, newParseState, type ParseState } from '../result';
import { cleanText } from '../text/clean';
import { fromSpacedUtc } from '../text/dates';
import type { ImportResult } from '../types';

/**
 * TikTok's "Download your data" in JSON: one file, user_data_tiktok.json (user_data.json in older
 * downloads), alone or in a ZIP. It holds everything, messages included, so it is streamed and
 * only these paths are built: the profile's userName, displayName, bioDescription and follower
 * counts, and each post's Date, Likes, caption (Title; Desc or Description in older files) and
 * WhoCanView. Birth date, e-mail, phone, addresses, messages, follows, searches, watch and login
 * history are tokenised and dropped, never built. Posts not visible to everyone are left out.
 */
export const TIKTOK_FILES = ['user_data_tiktok.json', 'user_data.json'];

const PROFILE_PATHS = '(Profile And Settings\\.Profile Info|Profile\\.Profile Information)\\.ProfileMap';
const POST_PATHS = '(Post\\.Posts|Video\\.Videos|Activity\\.Video\\.Videos)\\.VideoList';
const KEEP = new RegExp(
  `^${PROFILE_PATHS}\\.(userName|displayName|bioDescription|followerCount|followingCount)$|^${POST_PATHS}\\.\\d+\\.(Date|Likes|Title|Desc|Description|WhoCanView)$`,
);

interface Video {
  Date?: string;
  Likes?: string | number;
  Title?: string;
  Desc?: string;
  Description?: string;
  WhoCanView?: string;
}

interface ProfileMap {
  userName?: string;
  displayName?: string;
  bioDescription?: string;
  followerCount?: number | string;
  followingCount?: number | string;
}

interface TikTokData {
  'Profile And Settings'?: { 'Profile Info'?: { ProfileMap?: ProfileMap } };
  Profile?: { 'Profile Information'?: { ProfileMap?: ProfileMap } };
  Post?: { Posts?: { VideoList?: Video[] } };
  Video?: { Videos?: { VideoList?: Video[] } };
  Activity?: { Video?: { Videos?: { VideoList?: Video[] } } };
}

function count(value: string | number | undefined): number | undefined {
  const number = typeof value === 'string' ? Number(value.replace(/[,.\s]/g, '')) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 0 ? number : undefined;
}

function addVideo(video: Video, state: ParseState): void {
  if (video.WhoCanView !== undefined && !/^(everyone|public)$/i.test(video.WhoCanView.trim())) {
    return state.posts.skip('not-public', 'visible to friends or followers only, not public');
  }
  const caption = cleanText(video.Title ?? video.Desc ?? video.Description);
  if (caption === undefined) return state.posts.skip('no-text', 'a video without a caption');
  state.posts.add({ text: caption, postedAt: fromSpacedUtc(video.Date), likes: count(video.Likes) });
}

/** Parses the TikTok JSON document from its text; `fileName` is for messages. */
export async function parseTikTok(text: Readable, fileName: string, filesRead: string[]): Promise<ImportResult> {
  const state = newParseState();
  const data = ((await selectDocument(text, fileName, KEEP)) ?? {}) as TikTokData;
  const profile = data['Profile And Settings']?.['Profile Info']?.ProfileMap ?? data.Profile?.['Profile Information']?.ProfileMap;
  const videos = data.Post?.Posts?.VideoList ?? data.Video?.Videos?.VideoList ?? data.Activity?.Video?.Videos?.VideoList ?? [];
  if (profile === undefined && videos.length === 0) return notTikTok(fileName);
  for (const video of Array.isArray(videos) ? videos : []) addVideo(video, state);
  const handle = cleanText(profile?.userName);
  return buildResult(
    'tiktok-export',
    {
      platform: 'tiktok',
      handle,
      displayName: profile?.displayName,
      url: handle ? `https://www.tiktok.com/@${handle}` : undefined,
      about: profile?.bioDescription,
      metrics: { followers: count(profile?.followerCount), following: count(profile?.followingCount) },
    },
    state,
    filesRead,
  );
}

function notTikTok(fileName: string): never {
  throw new ImportError(
    'unprocessable',
    `${fileName} is JSON but not TikTok's data file: it has no profile and no posts where TikTok writes them. Citra reads JSON files of TikTok's "Download your data" only.`,
  );
}
