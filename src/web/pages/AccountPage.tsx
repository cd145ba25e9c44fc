import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useSession } from '../app/session';
import { clearDrafts } from '../audit-form/draft-storage';
import { ConfirmButton } from '../components/ConfirmButton';
import { TextField } from '../components/Field';
import { formatDate } from '../components/format';
import { ErrorNotice } from '../components/Status';

/** The account and its data rights: download everything, erase everything. */
export function AccountPage() {
  const { t } = useTranslation();
  const { account } = useSession();
  const [typed, setTyped] = useState('');
  const erase = useMutation({
    mutationFn: () => api.me.erase(),
    onSuccess: () => {
      clearDrafts();
      // A full load: nothing of the erased account stays in this page's memory.
      window.location.replace('/goodbye');
    },
  });
  if (!account) return null;
  const canErase = account.role !== 'admin';
  return (
    <section className="narrow">
      <h1>{t('account.title')}</h1>
      <dl className="facts">
        <div>
          <dt>{t('fields.email')}</dt>
          <dd>{account.email}</dd>
        </div>
        <div>
          <dt>{t('account.role')}</dt>
          <dd>{t(`roles.${account.role}`)}</dd>
        </div>
        {account.organisation && (
          <div>
            <dt>{t('fields.organisation')}</dt>
            <dd>{account.organisation}</dd>
          </div>
        )}
        <div>
          <dt>{t('account.since')}</dt>
          <dd>{formatDate(account.createdAt)}</dd>
        </div>
      </dl>
      <h2>{t('account.exportTitle')}</h2>
      <p>{t('account.exportText')}</p>
      <a className="button secondary" href={api.me.exportUrl} download="citra-export.json">
        {t('account.export')}
      </a>
      {canErase && (
        <>
          <h2>{t('account.eraseTitle')}</h2>
          <p>{t('account.eraseText')}</p>
          <TextField label={t('account.typeEmail')} value={typed} autoComplete="off" onChange={(e) => setTyped(e.target.value)} />
          <ConfirmButton label={t('account.erase')} title={t('account.eraseConfirmTitle')} confirmLabel={t('account.eraseConfirm')} danger disabled={typed.trim().toLowerCase() !== account.email || erase.isPending} onConfirm={() => erase.mutate()}>
            <p>{t('account.eraseWillDelete')}</p>
            <ul>
              {(account.role === 'candidate' ? ['audits', 'shares', 'comments', 'views', 'account'] : ['requests', 'received', 'views', 'account']).map((item) => (
                <li key={item}>{t(`account.eraseItems.${item}`)}</li>
              ))}
            </ul>
            <p>{t('account.eraseFinal')}</p>
          </ConfirmButton>
          {erase.isError && <ErrorNotice error={erase.error} />}
        </>
      )}
    </section>
  );
}
