import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, api } from '../api/client';
import { RecruiterSummaryCard } from '../components/RecruiterSummaryCard';
import { ErrorNotice, Loading, Notice } from '../components/Status';

/** A share link: the recruiter summary, read-only, no account needed. */
export function SharedLinkPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const summary = useQuery({ queryKey: ['shared', token], queryFn: () => api.links.shared(token), retry: false });
  return (
    <section className="narrow-wide">
      <h1>{t('shared.title')}</h1>
      {summary.isPending && <Loading />}
      {summary.isError &&
        (summary.error instanceof ApiError && summary.error.status === 404 ? (
          <Notice kind="info" title={t('shared.goneTitle')}>
            {t('shared.gone')}
          </Notice>
        ) : (
          <ErrorNotice error={summary.error} />
        ))}
      {summary.data && <RecruiterSummaryCard view={summary.data} />}
    </section>
  );
}
