/**
 * The API's answers, as the server declares them: one contract for server and page. Type-only
 * imports, so no server code reaches the bundle.
 */
export type {
  Evidence,
  Flag,
  FlagCategory,
  Grade,
  Metrics,
  Platform,
  Post,
  Profile,
  RecruiterSummary,
  Report,
  ReportReading,
  ReportLocale,
  ScoreComponent,
  Severity,
  Source,
  Suggestion,
} from '../../analysis/types';
export type { AccountView } from '../../accounts/dto/account-views';
export type { WebSessionView } from '../../accounts/dto/web-session-view';
export type { AuditPage, AuditSummaryView, AuditView } from '../../audits/dto/audit-views';
export type { AuditStatus } from '../../audits/audit.entity';
export type { AuditStatusEvent } from '../../audits/audit-events.service';
export type { ShareView } from '../../sharing/dto/share-views';
export type { RecruiterFlagView, RecruiterSummaryListItem, RecruiterSummaryPage, RecruiterSummaryView } from '../../sharing/dto/summary-views';
export type { FlagCommentView, ViewLogEntry, ViewLogPage } from '../../sharing/sharing.service';
export type { AuditRequestPage, AuditRequestStatus, AuditRequestView, InvitationView } from '../../sharing/audit-requests.service';
export type { QueueStats } from '../../admin/queue-stats.service';
export type { QueuesOverview } from '../../admin/admin-queues.controller';
export type { BatchStats } from '../../admin/admin-audits.service';
export type { AdminAuditPage, AdminAuditView } from '../../admin/admin-audits.service';
export type { QueueControlView } from '../../admin/admin-jobs.service';
export type { Role } from '../../auth/auth.types';
export type { FilePlatform, ImportResult, SkippedItems } from '../../imports/types';
