import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { api } from '../api/client';
import { clearDrafts } from '../audit-form/draft-storage';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useSession } from './session';

export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstPage = useRef(true);
  // Keyboard and screen-reader users land on the new page's content after each navigation (not on
  // the first load, where Tab should start at the skip link).
  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="top-bar">
        <Link to="/" className="brand">
          Citra
        </Link>
        <Navigation />
        <LanguageSwitch />
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="foot">
        <p>{t('footer.privacy')}</p>
      </footer>
    </div>
  );
}

function Navigation() {
  const { t } = useTranslation();
  const { account } = useSession();
  const signOut = useMutation({
    mutationFn: () => api.session.signOut(),
    onSettled: () => {
      clearDrafts();
      // A full load: nothing of the signed-out account stays in this page's memory.
      window.location.replace('/signin');
    },
  });
  if (!account) {
    return (
      <nav aria-label={t('nav.label')} className="nav">
        <NavLink to="/signin">{t('nav.signIn')}</NavLink>
        <NavLink to="/signup">{t('nav.signUp')}</NavLink>
      </nav>
    );
  }
  return (
    <nav aria-label={t('nav.label')} className="nav">
      {account.role === 'candidate' && (
        <>
          <NavLink to="/audits" end>
            {t('nav.audits')}
          </NavLink>
          <NavLink to="/audits/new">{t('nav.newAudit')}</NavLink>
        </>
      )}
      {account.role === 'recruiter' && (
        <>
          <NavLink to="/recruiter" end>
            {t('nav.summaries')}
          </NavLink>
          <NavLink to="/recruiter/requests">{t('nav.requests')}</NavLink>
        </>
      )}
      {account.role === 'admin' && <NavLink to="/admin">{t('nav.admin')}</NavLink>}
      <NavLink to="/account">{t('nav.account')}</NavLink>
      <button type="button" className="link-button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        {t('nav.signOut')}
      </button>
    </nav>
  );
}
