import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLATFORMS, PROFILE_LIMITS } from '../../analysis/types';
import { TextAreaField, TextField } from '../components/Field';
import { METRIC_FIELDS, type SourceDraft } from './draft';
import { PostEditor } from './PostEditor';
import type { DraftActions } from './useAuditDraft';

interface Props {
  source: SourceDraft;
  index: number;
  actions: DraftActions;
  /** Error text by API field path. */
  errors: Map<string, string>;
  canRemove: boolean;
}

/** One platform of the profile: identity, headline, about, posts and metrics. */
export function SourceCard({ source, index, actions, errors, canRemove }: Props) {
  const { t } = useTranslation();
  const at = `sources[${index}]`;
  const update = (patch: Partial<SourceDraft>) => actions.updateSource(source.key, patch);
  const [pasted, setPasted] = useState('');
  const [pasteNote, setPasteNote] = useState('');
  const title = t('form.cardTitle', { number: index + 1, platform: t(`platforms.${source.platform}`) });
  return (
    <section className="card source-card" aria-label={title}>
      <div className="card-head">
        <h2>{title}</h2>
        {canRemove && (
          <button type="button" className="secondary" onClick={() => actions.removeSource(source.key)}>
            {t('form.removeCard')}
          </button>
        )}
      </div>
      {errors.get(at) && <p className="error" role="alert">{errors.get(at)}</p>}
      <div className="grid-2">
        <div className="field">
          <label htmlFor={`${source.key}-platform`}>{t('form.platform')}</label>
          <select id={`${source.key}-platform`} value={source.platform} onChange={(e) => update({ platform: e.target.value as SourceDraft['platform'] })}>
            {PLATFORMS.map((platform) => (
              <option key={platform} value={platform}>
                {t(`platforms.${platform}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField label={t('form.handle')} value={source.handle} maxLength={PROFILE_LIMITS.shortField} error={errors.get(`${at}.handle`)} onChange={(e) => update({ handle: e.target.value })} />
        <TextField label={t('form.displayName')} value={source.displayName} maxLength={PROFILE_LIMITS.shortField} error={errors.get(`${at}.displayName`)} onChange={(e) => update({ displayName: e.target.value })} />
        <TextField label={t('form.url')} type="url" inputMode="url" value={source.url} maxLength={PROFILE_LIMITS.url} error={errors.get(`${at}.url`)} onChange={(e) => update({ url: e.target.value })} />
      </div>
      <TextField label={t('form.headline')} value={source.headline} error={errors.get(`${at}.headline`)} onChange={(e) => update({ headline: e.target.value })} />
      <TextAreaField label={t('form.about')} rows={4} value={source.about} error={errors.get(`${at}.about`)} hint={t('form.charCount', { count: source.about.length, max: PROFILE_LIMITS.textField })} onChange={(e) => update({ about: e.target.value })} />

      <h3>{t('form.posts', { count: source.posts.filter((post) => post.text.trim()).length })}</h3>
      {errors.get(`${at}.posts`) && <p className="error" role="alert">{errors.get(`${at}.posts`)}</p>}
      <ol className="posts">
        {source.posts.map((post, postIndex) => (
          <li key={post.key}>
            <PostEditor post={post} number={postIndex + 1} fieldPath={`${at}.posts[${postIndex}]`} errors={errors} onChange={(patch) => actions.updatePost(source.key, post.key, patch)} onRemove={() => actions.removePost(source.key, post.key)} />
          </li>
        ))}
      </ol>
      <button type="button" className="secondary" onClick={() => actions.addPost(source.key)} disabled={source.posts.length >= PROFILE_LIMITS.postsPerSource}>
        {t('form.addPost')}
      </button>
      <details className="paste">
        <summary>{t('form.pasteMany')}</summary>
        <TextAreaField label={t('form.pasteLabel')} hint={t('form.pasteHint')} rows={5} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        <button
          type="button"
          className="secondary"
          disabled={!pasted.trim()}
          onClick={() => {
            const added = actions.addPastedPosts(source.key, pasted);
            setPasted('');
            setPasteNote(t('form.pasted', { count: added }));
          }}
        >
          {t('form.splitPosts')}
        </button>
        <span role="status" className="hint">{pasteNote}</span>
      </details>

      <details className="metrics">
        <summary>{t('form.metrics')}</summary>
        <div className="grid-4">
          {METRIC_FIELDS.map((metric) => (
            <TextField
              key={metric}
              label={t(`form.metric.${metric}`)}
              inputMode={metric.startsWith('avg') ? 'decimal' : 'numeric'}
              value={source.metrics[metric]}
              error={errors.get(`${at}.metrics.${metric}`)}
              onChange={(e) => update({ metrics: { ...source.metrics, [metric]: e.target.value } })}
            />
          ))}
        </div>
      </details>
    </section>
  );
}
