import type {
  AccountView,
  AdminAuditPage,
  AdminAuditView,
  AuditPage,
  AuditRequestPage,
  AuditRequestView,
  AuditSummaryView,
  AuditView,
  FilePlatform,
  FlagCategory,
  FlagCommentView,
  ImportResult,
  InvitationView,
  Profile,
  QueueControlView,
  QueuesOverview,
  RecruiterSummaryPage,
  RecruiterSummaryView,
  Severity,
  ShareView,
  ViewLogPage,
  WebSessionView,
} from './types';

/** One field the server refused, as in its error shape `details[]`. */
export interface FieldError {
  field: string;
  message: string;
}

/** A non-2xx answer: the status, the server's message and, for 400s, the fields at fault. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: FieldError[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The session's CSRF token: in memory only (never storage), set from the session answers. */
let csrfToken: string | undefined;
let onUnauthorized: (() => void) | undefined;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called when a signed-in call answers 401 (the session ended or expired elsewhere). */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

async function call<T>(method: Method, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { Accept: 'application/json', ...headers } };
  if (method !== 'GET' && csrfToken) (init.headers as Record<string, string>)['X-CSRF-Token'] = csrfToken;
  if (body instanceof FormData) {
    // A file upload: the browser writes the multipart Content-Type with its boundary.
    init.body = body;
  } else if (body !== undefined) {
    (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, init);
  } catch {
    throw new ApiError(0, 'network');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const json: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const error = (json ?? {}) as { message?: unknown; details?: FieldError[] };
    const retryAfter = Number(response.headers.get('Retry-After'));
    if (response.status === 401 && !path.startsWith('/auth/')) onUnauthorized?.();
    throw new ApiError(
      response.status,
      typeof error.message === 'string' ? error.message : response.statusText,
      Array.isArray(error.details) ? error.details : [],
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    );
  }
  return json as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

const id = (value: string) => encodeURIComponent(value);

export interface SignUpInput {
  email: string;
  password: string;
  role: 'candidate' | 'recruiter';
  organisation?: string;
}

export interface SummaryFilters {
  minScore?: number;
  maxScore?: number;
  flagCategory?: FlagCategory;
  flagSeverity?: Severity;
  page?: number;
  pageSize?: number;
}

export interface NewShare {
  recruiterEmail?: string;
  link?: true;
  expiresInDays?: number;
}

export interface FileImportOptions {
  platform?: FilePlatform;
  includeReplies?: boolean;
}

function importForm(file: File, options: FileImportOptions): FormData {
  const form = new FormData();
  if (options.platform) form.set('platform', options.platform);
  if (options.includeReplies) form.set('includeReplies', 'true');
  form.set('file', file, file.name);
  return form;
}

export interface NewAuditRequest {
  candidateEmail?: string;
  message?: string;
  expiresInDays?: number;
}

/** Every call the web app makes, typed by the server's own view types. */
export const api = {
  session: {
    current: () => call<WebSessionView>('GET', '/auth/session'),
    signIn: (email: string, password: string) => call<WebSessionView>('POST', '/auth/session', { email, password }),
    signOut: () => call<void>('DELETE', '/auth/session'),
    signUp: (input: SignUpInput) => call<AccountView>('POST', '/auth/signup', input),
  },
  audits: {
    list: (page = 1, pageSize = 50) => call<AuditPage>('GET', `/audits${query({ page, pageSize })}`),
    get: (auditId: string) => call<AuditView>('GET', `/audits/${id(auditId)}`),
    profile: (auditId: string) => call<Profile>('GET', `/audits/${id(auditId)}/profile`),
    submit: (profile: Profile, idempotencyKey: string) =>
      call<AuditSummaryView>('POST', '/audits', profile, { 'Idempotency-Key': idempotencyKey }),
    remove: (auditId: string) => call<void>('DELETE', `/audits/${id(auditId)}`),
    eventsUrl: (auditId: string) => `/api/v1/audits/${id(auditId)}/events`,
    recruiterView: (auditId: string) => call<RecruiterSummaryView>('GET', `/audits/${id(auditId)}/recruiter-view`),
    shares: (auditId: string) => call<ShareView[]>('GET', `/audits/${id(auditId)}/shares`),
    share: (auditId: string, input: NewShare) => call<ShareView>('POST', `/audits/${id(auditId)}/shares`, input),
    revokeShare: (shareId: string) => call<void>('DELETE', `/shares/${id(shareId)}`),
    comment: (auditId: string, flagId: string, comment: string) =>
      call<FlagCommentView>('PUT', `/audits/${id(auditId)}/flags/${id(flagId)}/comment`, { comment }),
    uncomment: (auditId: string, flagId: string) => call<void>('DELETE', `/audits/${id(auditId)}/flags/${id(flagId)}/comment`),
    views: (auditId: string, page = 1) => call<ViewLogPage>('GET', `/audits/${id(auditId)}/views${query({ page, pageSize: 50 })}`),
  },
  imports: {
    file: (file: File, options: FileImportOptions) => call<ImportResult>('POST', '/imports', importForm(file, options)),
    github: (username: string) => call<ImportResult>('POST', '/imports/github', { username }),
  },
  me: {
    exportUrl: '/api/v1/me/export',
    erase: () => call<void>('DELETE', '/me'),
  },
  recruiter: {
    summaries: (filters: SummaryFilters) => call<RecruiterSummaryPage>('GET', `/recruiter/summaries${query({ pageSize: 100, ...filters })}`),
    summary: (auditId: string) => call<RecruiterSummaryView>('GET', `/recruiter/summaries/${id(auditId)}`),
    requests: () => call<AuditRequestPage>('GET', '/recruiter/requests?pageSize=100'),
    createRequest: (input: NewAuditRequest) => call<AuditRequestView>('POST', '/recruiter/requests', input),
    cancelRequest: (requestId: string) => call<void>('DELETE', `/recruiter/requests/${id(requestId)}`),
  },
  links: {
    shared: (token: string) => call<RecruiterSummaryView>('GET', `/shared/${id(token)}`),
    invitation: (token: string) => call<InvitationView>('GET', `/audit-requests/${id(token)}`),
    fulfil: (token: string, auditId: string) => call<ShareView>('POST', `/audit-requests/${id(token)}/fulfil`, { auditId }),
  },
  admin: {
    queues: () => call<QueuesOverview>('GET', '/admin/queues'),
    failedAudits: () => call<AdminAuditPage>('GET', '/admin/audits?status=failed&pageSize=50'),
    retryAudit: (auditId: string) => call<AdminAuditView>('POST', `/admin/audits/${id(auditId)}/retry`),
    pause: (queue: string) => call<QueueControlView>('POST', `/admin/queues/${id(queue)}/pause`),
    resume: (queue: string) => call<QueueControlView>('POST', `/admin/queues/${id(queue)}/resume`),
    dashboardUrl: '/admin/queues',
  },
};

/** The token at the end of a share or invitation URL the API hands out (`/api/v1/shared/<token>`). */
export function tokenOf(apiUrl: string): string {
  return apiUrl.slice(apiUrl.lastIndexOf('/') + 1);
}
