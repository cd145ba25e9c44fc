import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, api, tokenOf } from '../../api/client';
import { CopyButton } from '../../components/CopyButton';
import { TextAreaField, TextField } from '../../components/Field';
import { formatDate } from '../../components/format';
import { Table } from '../../components/Table';
import { ErrorNotice, Loading } from '../../components/Status';
import { DEFAULT_REQUEST_DAYS, REQUEST_MESSAGE_MAX_LENGTH, SHARE_MAX_DAYS } from '../../report/limits';

/** Invite candidates to run an audit; see which invitations were answered. */
export default function RecruiterRequestsPage() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('requests.title')}</h1>
      <p>{t('requests.intro')}</p>
      <NewRequest />
      <RequestList />
    </section>
  );
}

function NewRequest() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState('');
  const [days, setDays] = useState(String(DEFAULT_REQUEST_DAYS));
  const [link, setLink] = useState<string | undefined>();
  const create = useMutation({
    mutationFn: () => api.recruiter.createRequest({ ...(email.trim() ? { candidateEmail: email.trim() } : {}), ...(message.trim() ? { message: message.trim() } : {}), expiresInDays: Number(days) }),
    onSuccess: (request) => {
      setLink(request.invitationUrl ? `${window.location.origin}/r/${tokenOf(request.invitationUrl)}` : undefined);
      setEmail('');
      setMessage('');
      void queryClient.invalidateQueries({ queryKey: ['requests'] });
    },
  });
  const daysError = !/^\d+$/.test(days) || Number(days) < 1 || Number(days) > SHARE_MAX_DAYS ? t('validation.days', { max: SHARE_MAX_DAYS }) : undefined;
  const emailError = create.error instanceof ApiError && create.error.details.some((d) => d.field === 'candidateEmail') ? t('validation.email') : undefined;
  const messageError = message.length > REQUEST_MESSAGE_MAX_LENGTH ? t('validation.tooLong', { max: REQUEST_MESSAGE_MAX_LENGTH, length: message.length }) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setLink(undefined);
    if (!daysError && !messageError) create.mutate();
  };
  return (
    <form className="card" onSubmit={submit} noValidate>
      <h2>{t('requests.new')}</h2>
      <TextField label={t('requests.candidateEmail')} hint={t('requests.candidateEmailHint')} type="email" maxLength={254} value={email} error={emailError} onChange={(e) => setEmail(e.target.value)} />
      <TextAreaField label={t('requests.message')} rows={3} value={message} error={messageError} hint={t('form.charCount', { count: message.length, max: REQUEST_MESSAGE_MAX_LENGTH })} onChange={(e) => setMessage(e.target.value)} />
      <TextField label={t('sharing.expiresInDays')} inputMode="numeric" value={days} error={daysError} onChange={(e) => setDays(e.target.value)} />
      <button type="submit" disabled={create.isPending}>
        {t('requests.create')}
      </button>
      {link && (
        <div className="new-link">
          <p>{t('requests.linkOnce')}</p>
          <output className="link-output" data-testid="invitation-link">{link}</output>
          <CopyButton text={link} label={t('sharing.copyLink')} />
        </div>
      )}
      {create.isError && !emailError && <ErrorNotice error={create.error} />}
    </form>
  );
}

function RequestList() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const requests = useQuery({ queryKey: ['requests'], queryFn: () => api.recruiter.requests() });
  const cancel = useMutation({ mutationFn: (id: string) => api.recruiter.cancelRequest(id), onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['requests'] }) });
  if (requests.isPending) return <Loading />;
  if (requests.isError) return <ErrorNotice error={requests.error} />;
  return (
    <>
      <h2>{t('requests.list')}</h2>
      {requests.data.items.length === 0 ? (
        <p>{t('requests.none')}</p>
      ) : (
        <Table columns={[t('requests.for'), t('requests.status'), t('requests.created'), t('requests.expires')]} withActions>
              {requests.data.items.map((request) => (
                <tr key={request.id}>
                  <td>{request.candidateEmail ?? t('requests.anyone')}</td>
                  <td>{t(`requests.states.${request.status}`)}</td>
                  <td>{formatDate(request.createdAt)}</td>
                  <td>{formatDate(request.expiresAt)}</td>
                  <td>
                    {request.sharedAuditId && <Link to={`/recruiter/summaries/${request.sharedAuditId}`}>{t('requests.openSummary')}</Link>}
                    {request.status === 'open' && (
                      <button type="button" className="secondary" onClick={() => cancel.mutate(request.id)} disabled={cancel.isPending}>
                        {t('requests.cancel')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </Table>
      )}
      {cancel.isError && <ErrorNotice error={cancel.error} />}
    </>
  );
}
