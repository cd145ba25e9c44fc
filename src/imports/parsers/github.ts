import { convert } from 'html-to-text';
import { ImportError } from '../errors';
import { buildResult, newParseState } from '../result';
import { cleanText } from '../text/clean';
import type { ImportResult } from '../types';

/**
 * A GitHub profile by username, through the public REST API (no account needed; GITHUB_TOKEN only
 * raises the rate limit): the user (login, name, bio, blog, follower counts), the owned
 * repositories that are not forks (the most starred ones, with their descriptions and topics) and
 * the profile README (the repository named like the user), rendered by GitHub to HTML and turned
 * into text. GitHub's REST API does not list pinned repositories; the most starred stand in.
 */
export interface GitHubSettings {
  apiUrl: string;
  token?: string;
  timeoutMs: number;
}

/** GitHub's rule: 1-39 letters, digits or single hyphens, not at either end. */
const USERNAME = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const MAX_JSON_BYTES = 2 * 1024 * 1024;
const MAX_README_BYTES = 512 * 1024;
export const MAX_REPOSITORIES = 12;

interface GitHubUser {
  login?: string;
  name?: string | null;
  bio?: string | null;
  blog?: string | null;
  html_url?: string;
  followers?: number;
  following?: number;
}

interface GitHubRepository {
  name?: string;
  description?: string | null;
  fork?: boolean;
  stargazers_count?: number;
  pushed_at?: string | null;
  language?: string | null;
  topics?: string[];
  html_url?: string;
}

class GitHubClient {
  readonly requests: string[] = [];

  constructor(private readonly settings: GitHubSettings) {}

  /** The body of a GET, or undefined on 404; throws ImportError for every other failure. */
  async get(path: string, accept: string, maxBytes: number): Promise<string | undefined> {
    this.requests.push(`GET ${path}`);
    const headers: Record<string, string> = { Accept: accept, 'User-Agent': 'citra-import', 'X-GitHub-Api-Version': '2022-11-28' };
    if (this.settings.token) headers.Authorization = `Bearer ${this.settings.token}`;
    let response: Response;
    try {
      response = await fetch(`${this.settings.apiUrl}${path}`, { headers, signal: AbortSignal.timeout(this.settings.timeoutMs) });
    } catch (error) {
      throw this.unreachable(error);
    }
    if (response.status === 404) {
      await response.body?.cancel();
      return undefined;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw this.failure(response);
    }
    try {
      return await readCapped(response, maxBytes);
    } catch (error) {
      throw error instanceof ImportError ? error : this.unreachable(error);
    }
  }

  private failure(response: Response): ImportError {
    const remaining = response.headers.get('x-ratelimit-remaining');
    if (response.status === 429 || (response.status === 403 && remaining === '0')) {
      const reset = Number(response.headers.get('x-ratelimit-reset'));
      const retryAfter = Number(response.headers.get('retry-after'));
      const seconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : Number.isFinite(reset) && reset > 0 ? Math.max(1, Math.ceil(reset - Date.now() / 1000)) : 60;
      return new ImportError('upstream_rate_limited', `GitHub's rate limit is spent; try again in ${seconds} s (a GITHUB_TOKEN on the server raises the limit).`, 'username', seconds);
    }
    return new ImportError('upstream', `GitHub answered ${response.status}; try again later.`, 'username');
  }

  private unreachable(error: unknown): ImportError {
    if ((error as Error)?.name === 'TimeoutError') return new ImportError('upstream_timeout', `GitHub did not answer within ${Math.ceil(this.settings.timeoutMs / 1000)} s.`, 'username');
    return new ImportError('upstream', `GitHub could not be reached (${(error as Error)?.message ?? String(error)}).`, 'username');
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new ImportError('upstream', `GitHub's answer was larger than ${Math.round(maxBytes / 1024)} KB, more than a profile needs.`, 'username');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson<T>(text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ImportError('upstream', 'GitHub answered with something that is not JSON.', 'username');
  }
}

function repositoryText(repository: GitHubRepository): string {
  const topics = (repository.topics ?? []).slice(0, 10);
  return [
    cleanText(repository.description) ? `${repository.name}: ${cleanText(repository.description)}` : repository.name,
    repository.language ? `Language: ${repository.language}.` : undefined,
    topics.length > 0 ? `Topics: ${topics.join(', ')}.` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
}

function readmeText(html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  return cleanText(
    convert(html, {
      wordwrap: false,
      selectors: [
        { selector: 'img', format: 'skip' },
        { selector: 'svg', format: 'skip' },
        { selector: 'a', options: { hideLinkHrefIfSameAsText: true, linkBrackets: ['(', ')'] } },
        { selector: 'h1', options: { uppercase: false } },
        { selector: 'h2', options: { uppercase: false } },
        { selector: 'h3', options: { uppercase: false } },
        { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
      ],
    }),
  );
}

export function checkGitHubUsername(username: string): string {
  const trimmed = username.trim().replace(/^@/, '');
  if (!USERNAME.test(trimmed)) {
    throw new ImportError('bad_request', 'must be a GitHub username: 1-39 letters, digits or single hyphens, not at either end', 'username');
  }
  return trimmed;
}

export async function importGitHub(username: string, settings: GitHubSettings): Promise<ImportResult> {
  const login = checkGitHubUsername(username);
  const client = new GitHubClient(settings);
  const userBody = await client.get(`/users/${login}`, 'application/vnd.github+json', MAX_JSON_BYTES);
  if (userBody === undefined) throw new ImportError('not_found', `GitHub has no user ${login}.`, 'username');
  const user = parseJson<GitHubUser>(userBody);
  const reposBody = await client.get(`/users/${login}/repos?type=owner&sort=pushed&per_page=100`, 'application/vnd.github+json', MAX_JSON_BYTES);
  const repositories = reposBody === undefined ? [] : parseJson<GitHubRepository[]>(reposBody);
  const readme = readmeText(await client.get(`/repos/${login}/${login}/readme`, 'application/vnd.github.html+json', MAX_README_BYTES));

  const state = newParseState();
  const own = (Array.isArray(repositories) ? repositories : []).filter((repository) => typeof repository?.name === 'string');
  const ranked = own
    .filter((repository) => repository.name !== login)
    .sort((a, b) => (b.stargazers_count ?? 0) - (a.stargazers_count ?? 0) || String(b.pushed_at).localeCompare(String(a.pushed_at)));
  let taken = 0;
  for (const repository of ranked) {
    if (repository.fork === true) state.posts.skip('forks', "forks are mostly other people's code");
    else if (taken >= MAX_REPOSITORIES) state.posts.skip('more-repositories', `only the ${MAX_REPOSITORIES} most starred repositories are taken`);
    else {
      taken += 1;
      state.posts.add({ text: repositoryText(repository), postedAt: repository.pushed_at ? `${repository.pushed_at.slice(0, 19)}Z` : undefined });
    }
  }
  const blog = cleanText(user.blog);
  const website = blog && !/^https?:\/\//i.test(blog) ? `https://${blog}` : blog;
  return buildResult(
    'github',
    {
      platform: 'github',
      handle: user.login ?? login,
      displayName: user.name ?? undefined,
      url: user.html_url,
      headline: user.bio ?? undefined,
      about: [readme, website && !readme?.includes(blog as string) ? `Website: ${website}` : undefined].filter(Boolean).join('\n\n') || undefined,
      metrics: { followers: user.followers, following: user.following },
    },
    state,
    client.requests,
  );
}
