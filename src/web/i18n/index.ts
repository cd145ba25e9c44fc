import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import id from './id.json';

export const UI_LANGUAGES = ['en', 'id'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Where the chosen language is remembered (a preference, not a credential). */
const STORAGE_KEY = 'citra.language';

/** The remembered choice, else the browser's first language we have, else English. */
export function initialLanguage(): UiLanguage {
  const saved = readSaved();
  if (saved) return saved;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'id' || base === 'in' || base === 'ms') return 'id';
    if (base === 'en') return 'en';
  }
  return 'en';
}

function readSaved(): UiLanguage | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return (UI_LANGUAGES as readonly string[]).includes(value ?? '') ? (value as UiLanguage) : undefined;
  } catch {
    return undefined;
  }
}

export function chooseLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private modes may refuse storage: the choice then lasts for this page only.
  }
  void i18next.changeLanguage(language);
}

/** Keys that were asked for but do not exist; the browser tests fail when any appears. */
export const missingKeys: string[] = [];

export function setUpI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, id: { translation: id } },
    lng: initialLanguage(),
    fallbackLng: false,
    supportedLngs: [...UI_LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (_languages, _namespace, key) => {
      missingKeys.push(key);
      console.error(`Missing translation: ${key}`);
    },
  });
  const applyLang = (language: string) => document.documentElement.setAttribute('lang', language);
  applyLang(i18next.language);
  i18next.on('languageChanged', applyLang);
  return i18next;
}
