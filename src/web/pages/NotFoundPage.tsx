import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="narrow">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <Link to="/">{t('notFound.home')}</Link>
    </section>
  );
}

/** After erasure: nothing is left, and the page says so. */
export function GoodbyePage() {
  const { t } = useTranslation();
  return (
    <section className="narrow">
      <h1>{t('goodbye.title')}</h1>
      <p>{t('goodbye.text')}</p>
      <Link to="/signup">{t('goodbye.again')}</Link>
    </section>
  );
}
