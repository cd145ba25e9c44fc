import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PROFILE_LIMITS, REPORT_LOCALES } from '../../analysis/types';
import { ApiError, api } from '../api/client';
import { useSession } from '../app/session';
import { type DraftError, draftFieldOf, draftToProfile, validateDraft } from '../audit-form/draft';
import { hasRoomFor, withImportedSources } from '../audit-form/imported';
import { ImportPanel } from '../audit-form/ImportPanel';
import { SourceCard } from '../audit-form/SourceCard';
import { useAuditDraft } from '../audit-form/useAuditDraft';
import { TextField } from '../components/Field';
import { Notice, errorText } from '../components/Status';

export function NewAuditPage() {
  const { account } = useSession();
  // RequireRole renders this page only with an account.
  return <NewAuditForm accountId={account!.id} />;
}

function NewAuditForm({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, actions] = useAuditDraft(accountId);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<DraftError[]>([]);
  // One key per submission, kept across retries of it, so a double click or a retry never makes two audits.
  const idempotencyKey = useRef<string | undefined>(undefined);
  const formRef = useRef<HTMLFormElement>(null);
  const clientErrors = attempted ? validateDraft(draft) : [];
  const allErrors = [...clientErrors, ...serverErrors];
  const errors = new Map(allErrors.map((error) => [error.field, t(error.key, error.values)]));

  const submit = useMutation({
    mutationFn: () => api.audits.submit(draftToProfile(draft), (idempotencyKey.current ??= crypto.randomUUID())),
    onSuccess: (audit) => {
      idempotencyKey.current = undefined;
      actions.reset();
      void queryClient.invalidateQueries({ queryKey: ['audits'] });
      void navigate(`/audits/${audit.id}`);
    },
    onError: (error) => {
      idempotencyKey.current = undefined;
      if (error instanceof ApiError && error.details.length > 0) {
        setServerErrors(error.details.map((detail) => ({ field: draftFieldOf(draft, detail.field), key: 'validation.server', values: { message: detail.message } })));
        focusFirstError();
      }
    },
  });

  const focusFirstError = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .error[role="alert"]')?.focus());

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setServerErrors([]);
    if (validateDraft(draft).length > 0) {
      focusFirstError();
      return;
    }
    submit.mutate();
  };

  return (
    <section>
      <h1>{t('form.title')}</h1>
      <p className="lead">{t('form.intro')}</p>
      <ImportPanel
        hasRoomFor={(count) => hasRoomFor(draft, count)}
        onAdd={(sources) => {
          const next = withImportedSources(draft, sources);
          actions.setDraft(() => next);
          return next.sources.length - sources.length + 1;
        }}
      />
      <form ref={formRef} onSubmit={onSubmit} noValidate className="audit-form">
        {draft.sources.map((source, index) => (
          <SourceCard key={source.key} source={source} index={index} actions={actions} errors={errors} canRemove={draft.sources.length > 1} />
        ))}
        {errors.get('sources') && <p className="error" role="alert" tabIndex={-1}>{errors.get('sources')}</p>}
        <button type="button" className="secondary" onClick={actions.addSource} disabled={draft.sources.length >= PROFILE_LIMITS.sources}>
          {t('form.addCard')}
        </button>

        <section className="card">
          <h2>{t('form.options')}</h2>
          <div className="grid-2">
            <TextField
              label={t('form.targetRole')}
              hint={t('form.targetRoleHint')}
              value={draft.targetRole}
              maxLength={PROFILE_LIMITS.targetRole}
              error={errors.get('targetRole')}
              onChange={(e) => actions.setDraft((current) => ({ ...current, targetRole: e.target.value }))}
            />
            <div className="field">
              <label htmlFor="report-locale">{t('form.locale')}</label>
              <select id="report-locale" value={draft.locale} onChange={(e) => actions.setDraft((current) => ({ ...current, locale: e.target.value as typeof current.locale }))}>
                <option value="">{t('form.localeAuto')}</option>
                {REPORT_LOCALES.map((locale) => (
                  <option key={locale} value={locale}>
                    {t(`language.${locale}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </section>

        {attempted && allErrors.length > 0 && <Notice kind="error">{t('form.fixErrors', { count: allErrors.length })}</Notice>}
        {submit.isError && !(submit.error instanceof ApiError && submit.error.details.length > 0) && <Notice kind="error">{errorText(submit.error, t)}</Notice>}
        <div className="actions">
          <button type="submit" disabled={submit.isPending}>
            {submit.isPending ? t('form.submitting') : t('form.submit')}
          </button>
          <button type="button" className="secondary" onClick={() => { actions.reset(); setAttempted(false); setServerErrors([]); }}>
            {t('form.clear')}
          </button>
        </div>
        <p className="hint">{t('form.draftSaved')}</p>
      </form>
    </section>
  );
}
