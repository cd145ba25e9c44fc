import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../api/client';
import { useSession } from '../app/session';
import { formatDate, formatDateTime } from '../components/format';
import { ErrorNotice, Loading, Notice } from '../components/Status';

/** A recruiter's invitation to run an audit: the candidate answers by sharing a completed one. */
export function InvitationPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const { account } = useSession();
  const invitation = useQuery({ queryKey: ['invitation', token], queryFn: () => api.links.invitation(token), retry: false });
  if (invitation.isPending) return <Loading />;
  if (invitation.isError) {
    return invitation.error instanceof ApiError && invitation.error.status === 404 ? <Notice kind="info" title={t('invitation.goneTitle')}>{t('invitation.gone')}</Notice> : <ErrorNotice error={invitation.error} />;
  }
  const view = invitation.data;
  const next = encodeURIComponent(`/r/${token}`);
  return (
    <section className="narrow">
      <h1>{t('invitation.title')}</h1>
      <p>{t('invitation.from', { email: view.recruiter.email, organisation: view.recruiter.organisation ?? '' })}</p>
      {view.message && <blockquote>{view.message}</blockquote>}
      <p className="meta">{t('invitation.expires', { date: formatDate(view.expiresAt) })}</p>
      {view.status !== 'open' ? (
        <Notice kind="info">{t(`invitation.states.${view.status}`)}</Notice>
      ) : !account ? (
        <div className="actions">
          <Link className="button" to={`/signup?next=${next}`}>
            {t('invitation.signUp')}
          </Link>
          <Link className="button secondary" to={`/signin?next=${next}`}>
            {t('nav.signIn')}
          </Link>
        </div>
      ) : account.role !== 'candidate' ? (
        <Notice kind="info">{t('invitation.candidatesOnly')}</Notice>
      ) : (
        <AnswerInvitation token={token} />
      )}
    </section>
  );
}

function AnswerInvitation({ token }: { token: string }) {
  const { t } = useTranslation();
  const audits = useQuery({ queryKey: ['audits'], queryFn: () => api.audits.list() });
  const [chosen, setChosen] = useState('');
  const fulfil = useMutation({ mutationFn: () => api.links.fulfil(token, chosen) });
  if (audits.isPending) return <Loading />;
  if (audits.isError) return <ErrorNotice error={audits.error} />;
  const completed = audits.data.items.filter((audit) => audit.status === 'completed');
  if (fulfil.isSuccess) return <Notice kind="success">{t('invitation.answered')}</Notice>;
  if (completed.length === 0) {
    return (
      <Notice kind="info">
        {t('invitation.noAudit')} <Link to="/audits/new">{t('history.start')}</Link>
      </Notice>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) fulfil.mutate();
      }}
    >
      <fieldset className="choice">
        <legend>{t('invitation.choose')}</legend>
        {completed.map((audit) => (
          <label key={audit.id} className="radio">
            <input type="radio" name="audit" value={audit.id} checked={chosen === audit.id} onChange={() => setChosen(audit.id)} />
            <span>{t('invitation.auditOption', { date: formatDateTime(audit.createdAt), score: audit.overallScore ?? '—' })}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={!chosen || fulfil.isPending}>
        {t('invitation.share')}
      </button>
      {fulfil.isError && <ErrorNotice error={fulfil.error} />}
    </form>
  );
}
