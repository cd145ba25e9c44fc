import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { ConfirmButton } from '../components/ConfirmButton';
import { formatDateTime } from '../components/format';
import { Table } from '../components/Table';
import { ErrorNotice, Loading } from '../components/Status';

/** The candidate's audits, newest first, with status and score; open or delete each. */
export function HistoryPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const audits = useQuery({ queryKey: ['audits'], queryFn: () => api.audits.list() });
  const remove = useMutation({
    mutationFn: (id: string) => api.audits.remove(id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['audits'] }),
  });
  return (
    <section>
      <div className="page-head">
        <h1>{t('history.title')}</h1>
        <Link className="button" to="/audits/new">
          {t('nav.newAudit')}
        </Link>
      </div>
      {audits.isPending && <Loading />}
      {audits.isError && <ErrorNotice error={audits.error} />}
      {audits.data && audits.data.items.length === 0 && (
        <div className="card empty">
          <p>{t('history.empty')}</p>
          <Link className="button" to="/audits/new">
            {t('history.start')}
          </Link>
        </div>
      )}
      {audits.data && audits.data.items.length > 0 && (
        <Table columns={[t('history.submitted'), t('history.status'), t('history.score')]} withActions>
              {audits.data.items.map((audit) => (
                <tr key={audit.id}>
                  <td>
                    <Link to={`/audits/${audit.id}`}>{formatDateTime(audit.createdAt)}</Link>
                  </td>
                  <td>
                    <span className={`status status-${audit.status}`}>{t(`status.${audit.status}`)}</span>
                  </td>
                  <td>{audit.overallScore ?? '—'}</td>
                  <td>
                    <ConfirmButton
                      label={t('history.delete')}
                      title={t('history.deleteTitle')}
                      confirmLabel={t('history.deleteConfirm')}
                      danger
                      disabled={remove.isPending}
                      onConfirm={() => remove.mutate(audit.id)}
                    >
                      <p>{t('history.deleteWhat', { date: formatDateTime(audit.createdAt) })}</p>
                    </ConfirmButton>
                  </td>
                </tr>
              ))}
            </Table>
      )}
      {remove.isError && <ErrorNotice error={remove.error} />}
    </section>
  );
}
