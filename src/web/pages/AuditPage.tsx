import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../api/client';
import type { AuditView, ReportLocale } from '../api/types';
import { RecruiterSummaryCard } from '../components/RecruiterSummaryCard';
import { formatDateTime } from '../components/format';
import { ErrorNotice, Loading, Notice } from '../components/Status';
import { ReportView } from '../report/ReportView';
import { SharingPanel } from '../report/SharingPanel';
import { type LiveMode, useAuditLive } from '../report/useAuditLive';

export function AuditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { audit, error, mode } = useAuditLive(id);
  if (error) return <ErrorNotice error={error} />;
  if (!audit) return <Loading />;
  return (
    <section>
      <div className="page-head">
        <h1>{t('audit.title')}</h1>
        <p className="meta">{t('audit.submitted', { date: formatDateTime(audit.createdAt) })}</p>
      </div>
      {audit.status === 'completed' && audit.report ? <CompletedAudit audit={audit} /> : <AuditProgress audit={audit} mode={mode} />}
    </section>
  );
}

function AuditProgress({ audit, mode }: { audit: AuditView; mode: LiveMode }) {
  const { t } = useTranslation();
  if (audit.status === 'failed') {
    return (
      <Notice kind="error" title={t('audit.failed')}>
        <p>{audit.failureReason}</p>
        <p>{t('audit.failedHelp')}</p>
      </Notice>
    );
  }
  return (
    <div className="progress card" aria-live="polite">
      <p className="status-line" data-status={audit.status}>
        <span className="spinner" aria-hidden="true" /> {t(`status.${audit.status}`)}
        {audit.attempts > 1 && ` · ${t('audit.attempt', { count: audit.attempts })}`}
      </p>
      <p className="hint">{mode === 'live' ? t('audit.live') : t('audit.polling')}</p>
    </div>
  );
}

function CompletedAudit({ audit }: { audit: AuditView }) {
  const { t } = useTranslation();
  const report = audit.report!;
  const profile = useQuery({ queryKey: ['profile', audit.id], queryFn: () => api.audits.profile(audit.id), retry: false });
  const preview = useQuery({ queryKey: ['recruiter-view', audit.id], queryFn: () => api.audits.recruiterView(audit.id) });
  return (
    <>
      <div className="actions no-print">
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('audit.print')}
        </button>
        {profile.data && <RerunInOtherLanguage auditId={audit.id} locale={report.locale === 'en' ? 'id' : 'en'} />}
      </div>
      {profile.isError && <Notice kind="info">{t('audit.profilePurged')}</Notice>}
      <div className="report-layout">
        <ReportView auditId={audit.id} report={report} profile={profile.data} preview={preview.data} />
        <aside className="recruiter-preview" aria-labelledby="preview-title">
          <h2 id="preview-title">{t('audit.recruiterSees')}</h2>
          <p className="hint">{t('audit.recruiterSeesHint')}</p>
          {preview.isPending && <Loading />}
          {preview.isError && <ErrorNotice error={preview.error} />}
          {preview.data && <RecruiterSummaryCard view={preview.data} headingLevel={3} />}
        </aside>
      </div>
      <div className="no-print">
        <SharingPanel auditId={audit.id} />
      </div>
    </>
  );
}

/** Reports are written in one language; this runs the same profile again for a report in the other. */
function RerunInOtherLanguage({ auditId, locale }: { auditId: string; locale: ReportLocale }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rerun = useMutation({
    mutationFn: async () => {
      const profile = await api.audits.profile(auditId);
      return api.audits.submit({ ...profile, locale }, `${auditId}:${locale}`);
    },
    onSuccess: (audit) => void navigate(`/audits/${audit.id}`),
  });
  return (
    <>
      <button type="button" className="secondary" disabled={rerun.isPending} onClick={() => rerun.mutate()}>
        {t('audit.rerunIn', { language: t(`languages.${locale}`) })}
      </button>
      {rerun.isError && <ErrorNotice error={rerun.error} />}
    </>
  );
}
