import { useTranslation } from 'react-i18next';
import type { RecruiterSummaryView } from '../api/types';
import { formatDate } from './format';
import { GradeBadge } from './Grade';

const DIMENSIONS = ['consistency', 'tone', 'professional'] as const;

/**
 * A recruiter summary exactly as recruiters get it from the API: the same component renders the
 * candidate's preview, the recruiter's page and the public share link.
 */
export function RecruiterSummaryCard({ view, headingLevel = 2 }: { view: RecruiterSummaryView; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const { summary } = view;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <article className="card recruiter-summary" aria-label={t('summary.label')}>
      <div className="summary-head">
        <GradeBadge grade={summary.scores.overall.grade} value={summary.scores.overall.value} />
        <div>
          <H>{t('summary.title')}</H>
          {view.completedAt && <p className="meta">{t('summary.completed', { date: formatDate(view.completedAt) })}</p>}
          {view.share?.sharedBy && <p className="meta">{t('summary.sharedBy', { email: view.share.sharedBy.email })}</p>}
        </div>
      </div>
      <dl className="score-list">
        {DIMENSIONS.map((dimension) => (
          <div key={dimension}>
            <dt>{t(`dimensions.${dimension}`)}</dt>
            <dd>
              {summary.scores[dimension].value} ({summary.scores[dimension].grade})
            </dd>
          </div>
        ))}
      </dl>
      <p>{summary.text}</p>
      {summary.strengths.length > 0 && (
        <>
          <Sub>{t('summary.strengths')}</Sub>
          <ul>
            {summary.strengths.map((strength, index) => (
              <li key={index}>{strength}</li>
            ))}
          </ul>
        </>
      )}
      {summary.concerns.length > 0 && (
        <>
          <Sub>{t('summary.concerns')}</Sub>
          <ul>
            {summary.concerns.map((concern, index) => (
              <li key={index}>{concern}</li>
            ))}
          </ul>
        </>
      )}
      <Sub>{t('summary.flags')}</Sub>
      {summary.flags.length === 0 ? (
        <p>{t('summary.noFlags')}</p>
      ) : (
        <ul className="summary-flags">
          {summary.flags.map((flag) => (
            <li key={flag.id} className={`severity-border-${flag.severity}`}>
              <p>
                <span className={`severity severity-${flag.severity}`}>{t(`severity.${flag.severity}`)}</span> · {t(`categories.${flag.category}`)}
              </p>
              <p>{flag.message}</p>
              {flag.excerpts.map((excerpt, index) => (
                <blockquote key={index}>{excerpt}</blockquote>
              ))}
              {flag.candidateComment && (
                <p className="candidate-comment">
                  <strong>{t('summary.candidateComment')}</strong> {flag.candidateComment.text}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="disclaimer">{summary.disclaimer}</p>
    </article>
  );
}
