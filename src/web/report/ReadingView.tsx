import { useTranslation } from 'react-i18next';
import type { Evidence, Profile, Report, ReportReading } from '../api/types';
import { formatDay } from '../components/format';
import { evidenceText, splitAtSpan } from './evidence';
import { useEvidenceWhere } from './EvidenceView';

/**
 * What the engine inferred and measured against: the role it read the person as (with where it read
 * it), the risk vocabulary that role makes part of the work, and the day recency was counted from.
 */
export function ReadingView({ report, profile }: { report: Report; profile: Profile | undefined }) {
  const { t } = useTranslation();
  // Reports stored before engine 1.4 have no reading, whatever the current type says.
  const reading: ReportReading | undefined = report.reading;
  return (
    <section className="card reading" aria-labelledby="reading-title">
      <h2 id="reading-title">{t('reading.title')}</h2>
      {reading ? <RoleReading reading={reading} profile={profile} /> : <p>{t('reading.notRecorded')}</p>}
      <p className="reference-date">
        {report.referenceDate ? t('reading.referenceDate', { date: formatDay(report.referenceDate) }) : t('reading.noReferenceDate')}
      </p>
    </section>
  );
}

function RoleReading({ reading, profile }: { reading: ReportReading; profile: Profile | undefined }) {
  const { t } = useTranslation();
  const where = useEvidenceWhere();
  if (reading.role === null) return <p className="read-as">{t('reading.noRole')}</p>;
  const categories = reading.professionalCategories.map((category) => t(`categories.${category}`)).join(', ');
  return (
    <>
      <p className="read-as">
        <strong>{t('reading.readAs', { role: t(`reading.roles.${reading.role}`) })}</strong>
        {reading.field && <span className="meta"> · {t('reading.field', { field: t(`reading.fields.${reading.field}`) })}</span>}
      </p>
      <p>{categories ? t('reading.professional', { categories }) : t('reading.noProfessional')}</p>
      {reading.evidence.length > 0 && (
        <>
          <h3 className="reading-evidence-title">{t('reading.evidence', { count: reading.evidence.length })}</h3>
          <ul className="reading-evidence">
            {reading.evidence.map((evidence, index) => (
              <li key={index}>
                <mark>{spanOf(evidence, profile)}</mark> <span className="meta">{where(evidence, profile)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** The words the role was read from: cut from the submitted text by the offsets, or the stored excerpt once it is purged. */
function spanOf(evidence: Evidence, profile: Profile | undefined): string {
  const text = evidenceText(profile, evidence);
  return text === undefined ? evidence.excerpt : splitAtSpan(text, evidence.start, evidence.end)[1];
}
