import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../analysis/types';
import type { ImportResult, SkippedItems } from '../api/types';
import { formatDate } from '../components/format';
import { keptSources, postId } from './imported';

interface Props {
  result: ImportResult;
  hasRoomFor: (count: number) => boolean;
  onAdd: (sources: Source[]) => void;
  onDiscard: () => void;
}

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** The message of each code the server gives for what it left out (ImportResult.skipped[].code). */
const SKIPPED_MESSAGES = [
  { code: 'older-posts', key: 'import.skipped.olderPosts' },
  { code: 'retweets', key: 'import.skipped.retweets' },
  { code: 'replies', key: 'import.skipped.replies' },
  { code: 'not-public', key: 'import.skipped.notPublic' },
  { code: 'no-text', key: 'import.skipped.noText' },
  { code: 'too-many-articles', key: 'import.skipped.tooManyArticles' },
  { code: 'forks', key: 'import.skipped.forks' },
  { code: 'more-repositories', key: 'import.skipped.moreRepositories' },
];

/** Why something was left out, translated by its code; an unknown code shows the server's words. */
function skippedText(item: SkippedItems, t: Translate): string {
  const message = SKIPPED_MESSAGES.find((entry) => entry.code === item.code);
  return message ? t(message.key, { count: item.count }) : `${item.count} × ${item.reason}`;
}

/** The preview of one import: what was read and left out, and each post to keep or leave out. */
export function ImportPreview({ result, hasRoomFor, onAdd, onDiscard }: Props) {
  const { t } = useTranslation();
  const [dropped, setDropped] = useState<ReadonlySet<string>>(new Set());
  const allIds = result.sources.flatMap((source, sourceIndex) => (source.posts ?? []).map((_, postIndex) => postId(sourceIndex, postIndex)));
  const toggle = (id: string, keep: boolean) =>
    setDropped((current) => {
      const next = new Set(current);
      if (keep) next.delete(id);
      else next.add(id);
      return next;
    });
  const room = hasRoomFor(result.sources.length);
  return (
    <section className="import-preview" aria-label={t('import.previewTitle', { platform: t(`platforms.${result.platform}`) })}>
      <h3>{t('import.previewTitle', { platform: t(`platforms.${result.platform}`) })}</h3>
      <p>{t('import.counts', { kept: result.counts.postsKept, found: result.counts.postsFound })}</p>
      {result.skipped.length > 0 && (
        <ul className="import-skipped">
          {result.skipped.map((item) => (
            <li key={item.code}>{skippedText(item, t)}</li>
          ))}
        </ul>
      )}
      {result.warnings.length > 0 && (
        <div className="notice notice-info">
          <p className="notice-title">{t('import.check')}</p>
          <ul>{result.warnings.map((warning) => <li key={warning}>{warning}</li>)}</ul>
        </div>
      )}
      <details>
        <summary>{t('import.filesRead', { count: result.filesRead.length })}</summary>
        <ul className="import-files">{result.filesRead.map((name) => <li key={name}><code>{name}</code></li>)}</ul>
      </details>
      {result.sources.map((source, sourceIndex) => (
        <div key={sourceIndex} className="import-source">
          <p className="import-identity">
            <strong>{source.displayName ?? source.handle ?? t(`platforms.${source.platform}`)}</strong>
            {source.handle && <span> @{source.handle}</span>}
          </p>
          {source.headline && <p>{source.headline}</p>}
          {source.about && (
            <details>
              <summary>{t('form.about')}</summary>
              <blockquote>{source.about}</blockquote>
            </details>
          )}
          {(source.posts ?? []).length > 0 && (
            <fieldset className="import-posts">
              <legend>{t('import.postsLegend')}</legend>
              <div className="actions">
                <button type="button" className="secondary" onClick={() => setDropped(new Set())}>{t('import.keepAll')}</button>
                <button type="button" className="secondary" onClick={() => setDropped(new Set(allIds))}>{t('import.keepNone')}</button>
              </div>
              <ol>
                {(source.posts ?? []).map((post, postIndex) => {
                  const id = postId(sourceIndex, postIndex);
                  return (
                    <li key={id}>
                      <label className="radio">
                        <input type="checkbox" checked={!dropped.has(id)} onChange={(e) => toggle(id, e.target.checked)} />
                        <span>
                          {post.text}
                          {(post.postedAt || post.likes !== undefined || post.shares !== undefined) && (
                            <small className="hint">
                              {[
                                post.postedAt ? formatDate(post.postedAt) : undefined,
                                post.likes !== undefined ? t('import.likes', { count: post.likes }) : undefined,
                                post.shares !== undefined ? t('import.shares', { count: post.shares }) : undefined,
                              ]
                                .filter(Boolean)
                                .join(' · ')}
                            </small>
                          )}
                        </span>
                      </label>
                    </li>
                  );
                })}
              </ol>
            </fieldset>
          )}
        </div>
      ))}
      {!room && <p className="error" role="alert">{t('import.noRoom')}</p>}
      <div className="actions">
        <button type="button" disabled={!room} onClick={() => onAdd(keptSources(result, dropped))}>
          {t('import.add', { count: allIds.length - dropped.size })}
        </button>
        <button type="button" className="secondary" onClick={onDiscard}>{t('import.discard')}</button>
      </div>
    </section>
  );
}
