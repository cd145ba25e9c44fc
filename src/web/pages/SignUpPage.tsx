import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { EMAIL_MAX_LENGTH, ORGANISATION_MAX_LENGTH, PASSWORD_LIMITS } from '../../accounts/account-rules';
import { ApiError, api } from '../api/client';
import { homeOf } from '../app/App';
import { useSessionUpdate } from '../app/session';
import { TextField } from '../components/Field';
import { Notice, errorText } from '../components/Status';
import { safeNext } from './SignInPage';

type Role = 'candidate' | 'recruiter';
type Errors = Partial<Record<'email' | 'password' | 'organisation', string>>;

export function SignUpPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const updateSession = useSessionUpdate();
  const [role, setRole] = useState<Role>(params.get('role') === 'recruiter' ? 'recruiter' : 'candidate');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const signUp = useMutation({
    mutationFn: async () => {
      await api.session.signUp({ email: email.trim(), password, role, ...(role === 'recruiter' ? { organisation: organisation.trim() } : {}) });
      return api.session.signIn(email.trim(), password);
    },
    onSuccess: (session) => {
      updateSession(session);
      void navigate(next ?? homeOf(session.account.role), { replace: true });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) setErrors({ email: t('signUp.taken') });
      else if (error instanceof ApiError) setErrors(Object.fromEntries(error.details.map((d) => [d.field, d.message])) as Errors);
    },
  });
  const validate = (): Errors => {
    const found: Errors = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found.email = t('validation.email');
    if (password.length < PASSWORD_LIMITS.min) found.password = t('validation.passwordShort', { min: PASSWORD_LIMITS.min });
    if (role === 'recruiter' && !organisation.trim()) found.organisation = t('validation.required');
    return found;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length === 0) signUp.mutate();
  };
  return (
    <section className="narrow">
      <h1>{t('signUp.title')}</h1>
      <form onSubmit={submit} noValidate>
        <fieldset className="choice">
          <legend>{t('signUp.roleQuestion')}</legend>
          {(['candidate', 'recruiter'] as const).map((value) => (
            <label key={value} className="radio">
              <input type="radio" name="role" value={value} checked={role === value} onChange={() => setRole(value)} />
              <span>
                <strong>{t(`signUp.${value}`)}</strong> <small>{t(`signUp.${value}Hint`)}</small>
              </span>
            </label>
          ))}
        </fieldset>
        <TextField label={t('fields.email')} type="email" autoComplete="email" required maxLength={EMAIL_MAX_LENGTH} value={email} error={errors.email} onChange={(e) => setEmail(e.target.value)} />
        <TextField
          label={t('fields.password')}
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_LIMITS.min}
          maxLength={PASSWORD_LIMITS.max}
          hint={t('signUp.passwordHint', { min: PASSWORD_LIMITS.min })}
          value={password}
          error={errors.password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {role === 'recruiter' && (
          <TextField label={t('fields.organisation')} autoComplete="organization" required maxLength={ORGANISATION_MAX_LENGTH} value={organisation} error={errors.organisation} onChange={(e) => setOrganisation(e.target.value)} />
        )}
        {signUp.isError && !(signUp.error instanceof ApiError && (signUp.error.status === 409 || signUp.error.details.length > 0)) && (
          <Notice kind="error">{errorText(signUp.error, t)}</Notice>
        )}
        <button type="submit" disabled={signUp.isPending}>
          {signUp.isPending ? t('signUp.working') : t('signUp.submit')}
        </button>
      </form>
      <p>
        {t('signUp.haveAccount')} <Link to={`/signin${next ? `?next=${encodeURIComponent(next)}` : ''}`}>{t('nav.signIn')}</Link>
      </p>
    </section>
  );
}
