import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { homeOf } from '../app/App';
import { useSession, useSessionUpdate } from '../app/session';
import { TextField } from '../components/Field';
import { Notice, errorText } from '../components/Status';
import { EMAIL_MAX_LENGTH, PASSWORD_LIMITS } from '../../accounts/account-rules';

/** Only same-app paths are followed after sign-in, so a crafted ?next= cannot send anyone elsewhere. */
export function safeNext(next: string | null): string | undefined {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : undefined;
}

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { account } = useSession();
  const updateSession = useSessionUpdate();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => api.session.signIn(email, password),
    onSuccess: (session) => {
      updateSession(session);
      void navigate(next ?? homeOf(session.account.role), { replace: true });
    },
  });
  if (account && !signIn.isSuccess) return <Navigate to={next ?? homeOf(account.role)} replace />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };
  return (
    <section className="narrow">
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      <form onSubmit={submit} noValidate>
        <TextField label={t('fields.email')} type="email" autoComplete="username" required maxLength={EMAIL_MAX_LENGTH} value={email} onChange={(e) => setEmail(e.target.value)} />
        <TextField label={t('fields.password')} type="password" autoComplete="current-password" required maxLength={PASSWORD_LIMITS.max} value={password} onChange={(e) => setPassword(e.target.value)} />
        {signIn.isError && <Notice kind="error">{signInError(signIn.error, t)}</Notice>}
        <button type="submit" disabled={signIn.isPending}>
          {signIn.isPending ? t('signIn.working') : t('signIn.submit')}
        </button>
      </form>
      <p>
        {t('signIn.noAccount')} <Link to={`/signup${next ? `?next=${encodeURIComponent(next)}` : ''}`}>{t('signIn.createOne')}</Link>
      </p>
    </section>
  );
}

function signInError(error: unknown, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (error instanceof Error && 'status' in error && (error as { status: number }).status === 401) return t('signIn.wrong');
  if (error instanceof Error && 'status' in error && (error as { status: number }).status === 400) return t('signIn.missing');
  return errorText(error, t);
}
