import { useTranslation } from 'react-i18next';
import type { Grade } from '../api/types';

export function GradeBadge({ grade, value }: { grade: Grade; value: number }) {
  const { t } = useTranslation();
  return (
    <span className={`grade grade-${grade}`} role="img" aria-label={t('report.gradeLabel', { grade, value })}>
      <span aria-hidden="true">{grade}</span>
      <small aria-hidden="true">{value}</small>
    </span>
  );
}
