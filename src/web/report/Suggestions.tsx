import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../api/types';
import { CopyButton } from '../components/CopyButton';

/** What to do first: the engine's order (by expected gain), each with its example to copy. */
export function Suggestions({ suggestions }: { suggestions: Suggestion[] }) {
  const { t } = useTranslation();
  if (suggestions.length === 0) return <p>{t('report.noSuggestions')}</p>;
  return (
    <ol className="suggestions">
      {[...suggestions]
        .sort((a, b) => a.priority - b.priority)
        .map((suggestion, index) => (
          <li key={index} className="card">
            <h3>{suggestion.title}</h3>
            <p className="meta">
              {t(`dimensions.${suggestion.dimension}`)} · {t('report.expectedGain', { points: suggestion.expectedGain })}
            </p>
            <p>{suggestion.detail}</p>
            {suggestion.example && (
              <div className="example">
                <p className="example-label">{t('report.example')}</p>
                <blockquote>{suggestion.example}</blockquote>
                <CopyButton text={suggestion.example} label={t('report.copyExample')} />
              </div>
            )}
          </li>
        ))}
    </ol>
  );
}
