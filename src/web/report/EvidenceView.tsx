import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence, Profile } from '../api/types';
import { describeField, evidenceText, splitAtSpan } from './evidence';

/** The field or post the evidence comes from, as the candidate wrote it, with the exact span marked. */
export function EvidenceView({ evidence, profile }: { evidence: Evidence; profile: Profile | undefined }) {
  const { t } = useTranslation();
  const where = useEvidenceWhere()(evidence, profile);
  const text = evidenceText(profile, evidence);
  const [before, span, after] = text === undefined ? ['', evidence.excerpt, ''] : splitAtSpan(text, evidence.start, evidence.end);
  return (
    <figure className="evidence">
      <figcaption>{where}</figcaption>
      <blockquote className="evidence-text">
        {before}
        <mark>{span}</mark>
        {after}
      </blockquote>
      {text === undefined && <p className="hint">{t('evidence.excerptOnly')}</p>}
    </figure>
  );
}

/** "LinkedIn, headline": the platform and field an evidence item points into, in the page's language. */
export function useEvidenceWhere(): (evidence: Evidence, profile: Profile | undefined) => string {
  const { t } = useTranslation();
  return useCallback(
    (evidence, profile) => {
      const source = profile?.sources[evidence.source];
      const field = describeField(evidence.field);
      return t('evidence.where', {
        platform: source ? t(`platforms.${source.platform}`) : t('evidence.sourceNumber', { number: evidence.source + 1 }),
        field: field.kind === 'post' ? t('evidence.post', { number: field.number }) : t(`evidence.fields.${field.kind}`, { defaultValue: evidence.field }),
      });
    },
    [t],
  );
}
