import { useTranslation } from 'react-i18next';
import { chooseLanguage, UI_LANGUAGES, type UiLanguage } from '../i18n';

/** English / Bahasa Indonesia: switches every string at once and is remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {UI_LANGUAGES.map((language: UiLanguage) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => chooseLanguage(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
