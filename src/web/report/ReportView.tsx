import { useTranslation } from 'react-i18next';
import type { Profile, RecruiterSummaryView, Report } from '../api/types';
import { GradeBadge } from '../components/Grade';
import { Dimensions } from './Dimensions';
import { FlagList } from './FlagList';
import { ReadingView } from './ReadingView';
import { ScoreChart } from './ScoreChart';
import { Suggestions } from './Suggestions';

const DIMENSIONS = ['consistency', 'tone', 'professional'] as const;

/** The candidate's full report: grade, what the engine read, flags with evidence, suggestions, dimensions. */
export function ReportView({ auditId, report, profile, preview }: { auditId: string; report: Report; profile: Profile | undefined; preview: RecruiterSummaryView | undefined }) {
  const { t } = useTranslation();
  const bars = DIMENSIONS.map((dimension) => ({ key: dimension, label: t(`dimensions.${dimension}`), value: report.scores[dimension].value, grade: report.scores[dimension].grade }));
  return (
    <div className="report">
      <section className="card overall" aria-labelledby="overall-title">
        <GradeBadge grade={report.scores.overall.grade} value={report.scores.overall.value} />
        <div className="overall-text">
          <h2 id="overall-title">{t('report.overall', { value: report.scores.overall.value, grade: report.scores.overall.grade })}</h2>
          <p className="meta">{t('report.engine', { version: report.engineVersion, language: t(`languages.${report.language.primary}`) })}</p>
          <ScoreChart bars={bars} title={t('report.chartTitle')} />
        </div>
      </section>
      <ReadingView report={report} profile={profile} />
      <section aria-labelledby="flags-title">
        <h2 id="flags-title">{t('report.flags', { count: report.flags.length })}</h2>
        <FlagList auditId={auditId} flags={report.flags} profile={profile} preview={preview} />
      </section>
      <section aria-labelledby="suggestions-title">
        <h2 id="suggestions-title">{t('report.suggestions')}</h2>
        <Suggestions suggestions={report.suggestions} />
      </section>
      <section aria-labelledby="dimensions-title">
        <h2 id="dimensions-title">{t('report.dimensions')}</h2>
        <Dimensions report={report} />
      </section>
    </div>
  );
}
