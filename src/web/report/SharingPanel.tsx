import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, tokenOf } from '../api/client';
import { CopyButton } from '../components/CopyButton';
import { TextField } from '../components/Field';
import { formatDateTime } from '../components/format';
import { Table } from '../components/Table';
import { ErrorNotice, Loading } from '../components/Status';
import { DEFAULT_LINK_DAYS, SHARE_MAX_DAYS } from './limits';

/** The web address of a share link the API created (`/api/v1/shared/<token>` → `/s/<token>`). */
export function shareLinkAddress(linkUrl: string): string {
  return `${window.location.origin}/s/${tokenOf(linkUrl)}`;
}

/** Share the recruiter summary (with a recruiter account or as a link), see the shares and revoke them, and who read it. */
export function SharingPanel({ auditId }: { auditId: string }) {
  const { t } = useTranslation();
  return (
    <section className="sharing" aria-labelledby="sharing-title">
      <h2 id="sharing-title">{t('sharing.title')}</h2>
      <p>{t('sharing.intro')}</p>
      <div className="grid-2">
        <ShareWithRecruiter auditId={auditId} />
        <ShareAsLink auditId={auditId} />
      </div>
      <ShareList auditId={auditId} />
      <ViewLog auditId={auditId} />
    </section>
  );
}

function useShareMutation(auditId: string, onDone?: (linkUrl: string | undefined) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Parameters<typeof api.audits.share>[1]) => api.audits.share(auditId, input),
    onSuccess: (share) => {
      void queryClient.invalidateQueries({ queryKey: ['shares', auditId] });
      onDone?.(share.linkUrl);
    },
  });
}

function ShareWithRecruiter({ auditId }: { auditId: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [days, setDays] = useState('');
  const [done, setDone] = useState('');
  const share = useShareMutation(auditId, () => {
    setDone(t('sharing.sharedWith', { email }));
    setEmail('');
  });
  const daysError = days && !validDays(days) ? t('validation.days', { max: SHARE_MAX_DAYS }) : undefined;
  const emailError = recruiterEmailError(share.error, t);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    if (!daysError && email.trim()) share.mutate({ recruiterEmail: email.trim(), ...(days ? { expiresInDays: Number(days) } : {}) });
  };
  return (
    <form className="card" onSubmit={submit} noValidate>
      <h3>{t('sharing.withRecruiter')}</h3>
      <TextField label={t('sharing.recruiterEmail')} type="email" required maxLength={254} value={email} error={emailError} onChange={(e) => setEmail(e.target.value)} />
      <TextField label={t('sharing.expiresInDays')} hint={t('sharing.noExpiryHint', { max: SHARE_MAX_DAYS })} inputMode="numeric" value={days} error={daysError} onChange={(e) => setDays(e.target.value)} />
      <button type="submit" disabled={share.isPending || !email.trim()}>
        {t('sharing.share')}
      </button>
      <p role="status" className="hint">{done}</p>
      {share.isError && !emailError && <ErrorNotice error={share.error} />}
    </form>
  );
}

function ShareAsLink({ auditId }: { auditId: string }) {
  const { t } = useTranslation();
  const [days, setDays] = useState(String(DEFAULT_LINK_DAYS));
  const [link, setLink] = useState<string | undefined>();
  const share = useShareMutation(auditId, (linkUrl) => setLink(linkUrl ? shareLinkAddress(linkUrl) : undefined));
  const daysError = !validDays(days) ? t('validation.days', { max: SHARE_MAX_DAYS }) : undefined;
  return (
    <form
      className="card"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!daysError) share.mutate({ link: true, expiresInDays: Number(days) });
      }}
    >
      <h3>{t('sharing.asLink')}</h3>
      <TextField label={t('sharing.expiresInDays')} inputMode="numeric" required value={days} error={daysError} onChange={(e) => setDays(e.target.value)} />
      <button type="submit" disabled={share.isPending}>
        {t('sharing.createLink')}
      </button>
      {link && (
        <div className="new-link">
          <p>{t('sharing.linkOnce')}</p>
          <output className="link-output" data-testid="share-link">{link}</output>
          <CopyButton text={link} label={t('sharing.copyLink')} />
        </div>
      )}
      {share.isError && <ErrorNotice error={share.error} />}
    </form>
  );
}

function ShareList({ auditId }: { auditId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const shares = useQuery({ queryKey: ['shares', auditId], queryFn: () => api.audits.shares(auditId) });
  const revoke = useMutation({
    mutationFn: (shareId: string) => api.audits.revokeShare(shareId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['shares', auditId] }),
  });
  if (shares.isPending) return <Loading />;
  if (shares.isError) return <ErrorNotice error={shares.error} />;
  return (
    <>
      <h3>{t('sharing.list')}</h3>
      {shares.data.length === 0 ? (
        <p>{t('sharing.none')}</p>
      ) : (
        <Table columns={[t('sharing.with'), t('sharing.status'), t('sharing.created'), t('sharing.expires')]} withActions>
              {shares.data.map((share) => (
                <tr key={share.id}>
                  <td>{share.recruiter ? `${share.recruiter.email}${share.recruiter.organisation ? ` (${share.recruiter.organisation})` : ''}` : t('sharing.linkKind')}</td>
                  <td>{t(`sharing.states.${share.status}`)}</td>
                  <td>{formatDateTime(share.createdAt)}</td>
                  <td>{share.expiresAt ? formatDateTime(share.expiresAt) : t('sharing.never')}</td>
                  <td>
                    {share.status === 'active' && (
                      <button type="button" className="secondary" disabled={revoke.isPending} onClick={() => revoke.mutate(share.id)} aria-label={t('sharing.revokeLabel', { who: share.recruiter?.email ?? t('sharing.linkKind') })}>
                        {t('sharing.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </Table>
      )}
      {revoke.isError && <ErrorNotice error={revoke.error} />}
    </>
  );
}

function ViewLog({ auditId }: { auditId: string }) {
  const { t } = useTranslation();
  const views = useQuery({ queryKey: ['views', auditId], queryFn: () => api.audits.views(auditId) });
  return (
    <>
      <h3>{t('sharing.views')}</h3>
      {views.isPending && <Loading />}
      {views.isError && <ErrorNotice error={views.error} />}
      {views.data && views.data.items.length === 0 && <p>{t('sharing.noViews')}</p>}
      {views.data && views.data.items.length > 0 && (
        <ul className="view-log">
          {views.data.items.map((view) => (
            <li key={view.id}>
              {formatDateTime(view.viewedAt)} · {view.via === 'link' ? t('sharing.viaLink') : view.viewer ? view.viewer.email : t('sharing.erasedViewer')}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function recruiterEmailError(error: unknown, t: (key: string) => string): string | undefined {
  const detail = error instanceof ApiError ? error.details.find((d) => d.field === 'recruiterEmail') : undefined;
  if (!detail) return undefined;
  return /no recruiter/.test(detail.message) ? t('sharing.noSuchRecruiter') : t('validation.email');
}

function validDays(value: string): boolean {
  return /^\d+$/.test(value.trim()) && Number(value) >= 1 && Number(value) <= SHARE_MAX_DAYS;
}
