import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../../api/client';
import { RecruiterSummaryCard } from '../../components/RecruiterSummaryCard';
import { ErrorNotice, Loading, Notice } from '../../components/Status';

/** One shared summary: scores, strengths, concerns, flags with the candidate's comments, disclaimer. */
export default function RecruiterSummaryPage() {
  const { auditId = '' } = useParams();
  const { t } = useTranslation();
  const summary = useQuery({ queryKey: ['summary', auditId], queryFn: () => api.recruiter.summary(auditId), retry: false });
  return (
    <section className="narrow-wide">
      <p>
        <Link to="/recruiter">{t('recruiter.back')}</Link>
      </p>
      <h1>{t('recruiter.summaryTitle')}</h1>
      {summary.isPending && <Loading />}
      {summary.isError &&
        (summary.error instanceof ApiError && summary.error.status === 404 ? (
          <Notice kind="info" title={t('recruiter.goneTitle')}>
            {t('recruiter.gone')}
          </Notice>
        ) : (
          <ErrorNotice error={summary.error} />
        ))}
      {summary.data && <RecruiterSummaryCard view={summary.data} />}
    </section>
  );
}
