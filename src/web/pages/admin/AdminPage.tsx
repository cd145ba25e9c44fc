import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { BatchStats, QueueStats } from '../../api/types';
import { formatDateTime, formatNumber } from '../../components/format';
import { Table } from '../../components/Table';
import { ErrorNotice, Loading } from '../../components/Status';

const REFRESH_MS = 5_000;
const SHOWN_STATES = ['waiting', 'active', 'delayed', 'paused', 'completed', 'failed'] as const;

/** Queue health at a glance, control of each queue, batch submissions, failed audits with retry, and the Bull Board. */
export default function AdminPage() {
  const { t } = useTranslation();
  const queues = useQuery({ queryKey: ['admin', 'queues'], queryFn: () => api.admin.queues(), refetchInterval: REFRESH_MS });
  return (
    <section>
      <div className="page-head">
        <h1>{t('admin.title')}</h1>
        <a className="button secondary" href={api.admin.dashboardUrl}>
          {t('admin.bullBoard')}
        </a>
      </div>
      {queues.isPending && <Loading />}
      {queues.isError && <ErrorNotice error={queues.error} />}
      {queues.data && (
        <>
          <p className="meta">{t('admin.updated', { time: formatDateTime(queues.data.generatedAt) })}</p>
          <div className="queue-grid">
            {queues.data.queues.map((queue) => (
              <QueueCard key={queue.name} queue={queue} />
            ))}
          </div>
          <BatchSubmissions batches={queues.data.batches} />
        </>
      )}
      <FailedAudits />
    </section>
  );
}

function QueueCard({ queue }: { queue: QueueStats }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const control = useMutation({
    mutationFn: () => (queue.isPaused ? api.admin.resume(queue.name) : api.admin.pause(queue.name)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['admin', 'queues'] }),
  });
  return (
    <section className="card queue" aria-labelledby={`queue-${queue.name}`}>
      <div className="card-head">
        <h2 id={`queue-${queue.name}`}>{t('admin.queue', { name: queue.name })}</h2>
        <span className={`status ${queue.isPaused ? 'status-failed' : 'status-completed'}`}>{queue.isPaused ? t('admin.paused') : t('admin.running')}</span>
      </div>
      <dl className="counts">
        {SHOWN_STATES.map((state) => (
          <div key={state}>
            <dt>{t(`admin.states.${state}`)}</dt>
            <dd>{formatNumber(queue.counts[state])}</dd>
          </div>
        ))}
      </dl>
      <dl className="facts">
        <div>
          <dt>{t('admin.throughputMinute')}</dt>
          <dd>{t('admin.throughputValue', { completed: queue.throughput.lastMinute.completed, failed: queue.throughput.lastMinute.failed })}</dd>
        </div>
        <div>
          <dt>{t('admin.throughputHour')}</dt>
          <dd>{t('admin.throughputValue', { completed: queue.throughput.lastHour.completed, failed: queue.throughput.lastHour.failed })}</dd>
        </div>
        <div>
          <dt>{t('admin.p95Wait')}</dt>
          <dd>{queue.waitTimeMs.p95 === null ? t('admin.noSamples') : t('admin.ms', { value: formatNumber(queue.waitTimeMs.p95) })}</dd>
        </div>
        <div>
          <dt>{t('admin.p95Processing')}</dt>
          <dd>{queue.processingTimeMs.p95 === null ? t('admin.noSamples') : t('admin.ms', { value: formatNumber(queue.processingTimeMs.p95) })}</dd>
        </div>
        <div>
          <dt>{t('admin.workers')}</dt>
          <dd>{queue.workers.length}</dd>
        </div>
      </dl>
      <button type="button" className={queue.isPaused ? undefined : 'secondary'} disabled={control.isPending} onClick={() => control.mutate()}>
        {queue.isPaused ? t('admin.resume', { name: queue.name }) : t('admin.pause', { name: queue.name })}
      </button>
      {control.isError && <ErrorNotice error={control.error} />}
    </section>
  );
}

/** How many batches (POST /audits/batch) came in, and how many audits they held. */
function BatchSubmissions({ batches }: { batches: BatchStats }) {
  const { t } = useTranslation();
  const periods = [
    { name: 'lastHour', label: t('admin.batchesLastHour'), counts: batches.lastHour },
    { name: 'total', label: t('admin.batchesTotal'), counts: batches.total },
  ];
  return (
    <section className="batches" aria-labelledby="batches-title">
      <h2 id="batches-title">{t('admin.batchesTitle')}</h2>
      <p className="hint">{t('admin.batchesHint')}</p>
      <Table columns={[t('admin.batchesPeriod'), t('admin.batchesCount'), t('admin.batchesAudits')]}>
        {periods.map((period) => (
          <tr key={period.name}>
            <th scope="row">{period.label}</th>
            <td>{formatNumber(period.counts.batches)}</td>
            <td>{formatNumber(period.counts.audits)}</td>
          </tr>
        ))}
      </Table>
    </section>
  );
}

function FailedAudits() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const failed = useQuery({ queryKey: ['admin', 'failed'], queryFn: () => api.admin.failedAudits(), refetchInterval: REFRESH_MS });
  const retry = useMutation({
    mutationFn: (id: string) => api.admin.retryAudit(id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['admin'] }),
  });
  return (
    <section aria-labelledby="failed-title">
      <h2 id="failed-title">{t('admin.failedTitle')}</h2>
      {failed.isPending && <Loading />}
      {failed.isError && <ErrorNotice error={failed.error} />}
      {failed.data && failed.data.items.length === 0 && <p>{t('admin.noFailed')}</p>}
      {failed.data && failed.data.items.length > 0 && (
        <Table columns={[t('admin.audit'), t('admin.reason'), t('admin.attempts'), t('admin.finished')]} withActions>
              {failed.data.items.map((audit) => (
                <tr key={audit.id}>
                  <td>
                    <code>{audit.id.slice(0, 8)}</code>
                  </td>
                  <td>{audit.failureReason}</td>
                  <td>{audit.attempts}</td>
                  <td>{formatDateTime(audit.finishedAt)}</td>
                  <td>
                    <button type="button" className="secondary" disabled={retry.isPending} onClick={() => retry.mutate(audit.id)} aria-label={t('admin.retryLabel', { id: audit.id.slice(0, 8) })}>
                      {t('admin.retry')}
                    </button>
                  </td>
                </tr>
              ))}
            </Table>
      )}
      {retry.isError && <ErrorNotice error={retry.error} />}
    </section>
  );
}
