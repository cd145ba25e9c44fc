import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {label ?? t('common.loading')}
    </p>
  );
}

export function Notice({ kind, title, children }: { kind: 'error' | 'info' | 'success'; title?: string; children?: ReactNode }) {
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {title && <p className="notice-title">{title}</p>}
      {children && <div>{children}</div>}
    </div>
  );
}

/** What went wrong, in the reader's language where we know the case; else the server's own words. */
export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return <Notice kind="error">{errorText(error, t)}</Notice>;
}

export function errorText(error: unknown, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  if (error.status === 0) return t('errors.network');
  if (error.status === 401) return t('errors.signedOut');
  if (error.status === 403) return t('errors.forbidden', { message: error.message });
  if (error.status === 404) return t('errors.notFound');
  if (error.status === 413) return t('errors.tooLarge');
  if (error.status === 429) return t('errors.tooMany', { seconds: error.retryAfterSeconds ?? 60 });
  if (error.status >= 500) return t('errors.server');
  return error.details.length > 0 ? t('errors.fields') : error.message;
}
