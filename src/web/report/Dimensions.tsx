import { useTranslation } from 'react-i18next';
import type { Report } from '../api/types';

const DIMENSIONS = ['consistency', 'tone', 'professional'] as const;

/** Each dimension's components: value, weight and the engine's explanation. */
export function Dimensions({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <div className="dimensions">
      {DIMENSIONS.map((dimension) => {
        const score = report.scores[dimension];
        return (
          <section key={dimension} className="card dimension">
            <h3>
              {t(`dimensions.${dimension}`)}: {score.value} ({score.grade})
            </h3>
            <ul className="components">
              {score.components.map((component) => (
                <li key={component.key}>
                  <div className="component-head">
                    <span>{component.label}</span>
                    <span className="meta">{t('report.componentValue', { value: component.value, weight: Math.round(component.weight * 100) })}</span>
                  </div>
                  <meter min={0} max={100} low={50} high={75} optimum={100} value={component.value} aria-label={component.label} />
                  <p>{component.explanation}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
