import { useQuery } from '@tanstack/react-query';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, type SetURLSearchParams, useSearchParams } from 'react-router';
import { FLAG_CATEGORIES, SEVERITIES } from '../../../analysis/types';
import { api, type SummaryFilters } from '../../api/client';
import type { FlagCategory, RecruiterSummaryListItem, Severity } from '../../api/types';
import { TextField } from '../../components/Field';
import { formatDate } from '../../components/format';
import { GradeBadge } from '../../components/Grade';
import { ErrorNotice, Loading } from '../../components/Status';

const SORTS = ['newest', 'oldest', 'scoreHigh', 'scoreLow'] as const;
type Sort = (typeof SORTS)[number];

function sortItems(items: RecruiterSummaryListItem[], sort: Sort): RecruiterSummaryListItem[] {
  const byDate = (a: RecruiterSummaryListItem, b: RecruiterSummaryListItem) => a.share.sharedAt.localeCompare(b.share.sharedAt);
  const byScore = (a: RecruiterSummaryListItem, b: RecruiterSummaryListItem) => a.overall.value - b.overall.value;
  const sorted = [...items];
  if (sort === 'newest') sorted.sort((a, b) => byDate(b, a));
  if (sort === 'oldest') sorted.sort(byDate);
  if (sort === 'scoreHigh') sorted.sort((a, b) => byScore(b, a));
  if (sort === 'scoreLow') sorted.sort(byScore);
  return sorted;
}

const scoreParam = (value: string | null) => (value && /^\d{1,3}$/.test(value) && Number(value) <= 100 ? Number(value) : undefined);

/**
 * Sets one filter in the address, on top of every change made before it. The router writes the
 * address at once but renders it in a transition, so the `params` of the last render can lag behind:
 * two changes made before that render (a quick user, autofill) would each start from the same old
 * address and the first would be lost. The address bar itself is never behind.
 */
function setFilterParam(setParams: SetURLSearchParams, name: string, value: string): void {
  const next = new URLSearchParams(window.location.search);
  if (value) next.set(name, value);
  else next.delete(name);
  setParams(next, { replace: true });
}

/** Summaries shared with this recruiter, filtered on the server, sorted here; filters live in the URL. */
export default function RecruiterListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters: SummaryFilters = {
    minScore: scoreParam(params.get('minScore')),
    maxScore: scoreParam(params.get('maxScore')),
    flagCategory: (FLAG_CATEGORIES as readonly string[]).includes(params.get('flagCategory') ?? '') ? (params.get('flagCategory') as FlagCategory) : undefined,
    flagSeverity: (SEVERITIES as readonly string[]).includes(params.get('flagSeverity') ?? '') ? (params.get('flagSeverity') as Severity) : undefined,
  };
  const sort: Sort = (SORTS as readonly string[]).includes(params.get('sort') ?? '') ? (params.get('sort') as Sort) : 'newest';
  const summaries = useQuery({ queryKey: ['summaries', filters], queryFn: () => api.recruiter.summaries(filters) });
  const setParam = (name: string, value: string) => setFilterParam(setParams, name, value);
  // Uncontrolled: a controlled value would be put back from the lagging render after each keystroke, dropping quick ones.
  const scoreInput = (name: 'minScore' | 'maxScore') => ({
    defaultValue: params.get(name) ?? '',
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const digits = event.target.value.replace(/\D/g, '').slice(0, 3);
      if (digits !== event.target.value) event.target.value = digits;
      setParam(name, digits);
    },
  });
  const rangeError = filters.minScore !== undefined && filters.maxScore !== undefined && filters.minScore > filters.maxScore ? t('recruiter.rangeError') : undefined;
  return (
    <section>
      <h1>{t('recruiter.title')}</h1>
      <form className="filters card" role="search" aria-label={t('recruiter.filters')} onSubmit={(event) => event.preventDefault()}>
        <TextField label={t('recruiter.minScore')} inputMode="numeric" error={rangeError} {...scoreInput('minScore')} />
        <TextField label={t('recruiter.maxScore')} inputMode="numeric" {...scoreInput('maxScore')} />
        <div className="field">
          <label htmlFor="filter-category">{t('recruiter.category')}</label>
          <select id="filter-category" value={filters.flagCategory ?? ''} onChange={(e) => setParam('flagCategory', e.target.value)}>
            <option value="">{t('recruiter.any')}</option>
            {FLAG_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`categories.${category}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-severity">{t('recruiter.severity')}</label>
          <select id="filter-severity" value={filters.flagSeverity ?? ''} onChange={(e) => setParam('flagSeverity', e.target.value)}>
            <option value="">{t('recruiter.any')}</option>
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {t(`severity.${severity}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="sort">{t('recruiter.sort')}</label>
          <select id="sort" value={sort} onChange={(e) => setParam('sort', e.target.value === 'newest' ? '' : e.target.value)}>
            {SORTS.map((value) => (
              <option key={value} value={value}>
                {t(`recruiter.sorts.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {summaries.isPending && <Loading />}
      {summaries.isError && <ErrorNotice error={summaries.error} />}
      {summaries.data && (
        <>
          <p role="status" className="meta">
            {t('recruiter.count', { count: summaries.data.total })}
          </p>
          {summaries.data.items.length === 0 ? (
            <p>{t('recruiter.empty')}</p>
          ) : (
            <ul className="summary-list">
              {sortItems(summaries.data.items, sort).map((item) => (
                <li key={item.auditId} className="card summary-item">
                  <GradeBadge grade={item.overall.grade} value={item.overall.value} />
                  <div>
                    <Link to={`/recruiter/summaries/${item.auditId}`}>
                      {t('recruiter.summaryFrom', { email: item.share.sharedBy?.email ?? t('recruiter.unknownCandidate') })}
                    </Link>
                    <p className="meta">{t('recruiter.sharedOn', { date: formatDate(item.share.sharedAt) })}</p>
                    <p className="meta">
                      {item.flagCounts.length === 0
                        ? t('summary.noFlags')
                        : item.flagCounts.map((count) => `${t(`categories.${count.category}`)} (${t(`severity.${count.severity}`)}) × ${count.count}`).join(', ')}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
