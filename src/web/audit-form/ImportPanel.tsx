import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../analysis/types';
import { DEFAULT_IMPORT_MAX_FILE_MB, FILE_PLATFORMS } from '../../imports/types';
import { ApiError, api, type FileImportOptions } from '../api/client';
import type { FilePlatform, ImportResult } from '../api/types';
import { TextField } from '../components/Field';
import { Notice } from '../components/Status';
import { ImportPreview } from './ImportPreview';

interface Props {
  /** Adds the kept sources to the form as cards; answers the number of the first new card. */
  onAdd: (sources: Source[]) => number;
  /** Whether `count` more cards fit in the audit. */
  hasRoomFor: (count: number) => boolean;
}

/** What went wrong with an import, in the reader's language, with the server's exact reason below. */
function importError(error: unknown, t: (key: string, values?: Record<string, unknown>) => string): { title: string; detail?: string } {
  if (!(error instanceof ApiError)) return { title: t('errors.unexpected') };
  const detail = error.details[0]?.message ?? error.message;
  if (error.status === 0) return { title: t('errors.network') };
  if (error.status === 404) return { title: t('import.errors.noUser') };
  if (error.status === 413) return { title: t('import.errors.tooLarge', { max: DEFAULT_IMPORT_MAX_FILE_MB }), detail };
  if (error.status === 415) return { title: t('import.errors.type'), detail };
  if (error.status === 503) return { title: t('import.errors.busy', { seconds: error.retryAfterSeconds ?? 5 }), detail };
  if (error.status === 502 || error.status === 504) return { title: t('import.errors.github'), detail };
  if (error.status === 400 || error.status === 422) return { title: t('import.errors.unreadable'), detail };
  return { title: t('errors.server') };
}

/**
 * "Import from a file" on the new-audit page: a platform's own download (or a GitHub username) is
 * read by the server into a preview; nothing is stored until the audit is started.
 */
export function ImportPanel({ onAdd, hasRoomFor }: Props) {
  const { t } = useTranslation();
  const fileId = useId();
  const platformId = useId();
  const [file, setFile] = useState<File | undefined>();
  const [platform, setPlatform] = useState<FilePlatform | ''>('');
  const [includeReplies, setIncludeReplies] = useState(false);
  const [username, setUsername] = useState('');
  const [tooBig, setTooBig] = useState(false);
  const [added, setAdded] = useState<number | undefined>();

  const reading = useMutation({
    mutationFn: (read: () => Promise<ImportResult>) => read(),
    onMutate: () => setAdded(undefined),
  });
  const options: FileImportOptions = { platform: platform || undefined, includeReplies };

  const readFile = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const over = file.size > DEFAULT_IMPORT_MAX_FILE_MB * 1024 * 1024;
    setTooBig(over);
    if (!over) reading.mutate(() => api.imports.file(file, options));
  };
  const readGitHub = (event: FormEvent) => {
    event.preventDefault();
    if (username.trim()) reading.mutate(() => api.imports.github(username.trim()));
  };
  const failure = reading.isError ? importError(reading.error, t) : undefined;

  return (
    <section className="card import-panel" aria-labelledby={`${fileId}-title`}>
      <h2 id={`${fileId}-title`}>{t('import.title')}</h2>
      <p className="hint">{t('import.intro')}</p>
      <form onSubmit={readFile} className="import-form">
        <div className="grid-2">
          <div className="field">
            <label htmlFor={fileId}>{t('import.file')}</label>
            <input id={fileId} type="file" accept=".zip,.pdf,.json,application/zip,application/pdf,application/json" onChange={(e) => setFile(e.target.files?.[0])} aria-describedby={`${fileId}-hint`} />
            <small id={`${fileId}-hint`} className="hint">{t('import.fileHint', { max: DEFAULT_IMPORT_MAX_FILE_MB })}</small>
          </div>
          <div className="field">
            <label htmlFor={platformId}>{t('import.platform')}</label>
            <select id={platformId} value={platform} onChange={(e) => setPlatform(e.target.value as FilePlatform | '')}>
              <option value="">{t('import.platformAuto')}</option>
              {FILE_PLATFORMS.map((value) => (
                <option key={value} value={value}>{t(`platforms.${value}`)}</option>
              ))}
            </select>
          </div>
        </div>
        <label className="radio">
          <input type="checkbox" checked={includeReplies} onChange={(e) => setIncludeReplies(e.target.checked)} />
          <span>{t('import.includeReplies')}</span>
        </label>
        {tooBig && <p className="error" role="alert">{t('import.errors.tooLarge', { max: DEFAULT_IMPORT_MAX_FILE_MB })}</p>}
        <button type="submit" className="secondary" disabled={!file || reading.isPending}>
          {reading.isPending ? t('import.reading') : t('import.readFile')}
        </button>
      </form>
      <form onSubmit={readGitHub} className="import-form import-github">
        <TextField label={t('import.github')} hint={t('import.githubHint')} value={username} maxLength={39} autoComplete="off" onChange={(e) => setUsername(e.target.value)} />
        <button type="submit" className="secondary" disabled={!username.trim() || reading.isPending}>
          {t('import.readGitHub')}
        </button>
      </form>
      {failure && (
        <Notice kind="error" title={failure.title}>
          {failure.detail}
        </Notice>
      )}
      {added !== undefined && <Notice kind="success">{t('import.added', { number: added })}</Notice>}
      {reading.data && !reading.isPending && (
        <ImportPreview
          key={reading.submittedAt}
          result={reading.data}
          hasRoomFor={hasRoomFor}
          onAdd={(sources) => {
            setAdded(onAdd(sources));
            reading.reset();
          }}
          onDiscard={() => reading.reset()}
        />
      )}
    </section>
  );
}
