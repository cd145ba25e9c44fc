import { useTranslation } from 'react-i18next';
import { PROFILE_LIMITS } from '../../analysis/types';
import { TextAreaField, TextField } from '../components/Field';
import type { PostDraft } from './draft';

interface Props {
  post: PostDraft;
  number: number;
  fieldPath: string;
  errors: Map<string, string>;
  onChange: (patch: Partial<PostDraft>) => void;
  onRemove: () => void;
}

/** One post: its text, and optionally when it was posted and how it was received. */
export function PostEditor({ post, number, fieldPath, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <div className="post-editor">
      <TextAreaField
        label={t('form.postText', { number })}
        rows={3}
        value={post.text}
        error={errors.get(`${fieldPath}.text`)}
        hint={post.text.length > PROFILE_LIMITS.textField * 0.9 ? t('form.charCount', { count: post.text.length, max: PROFILE_LIMITS.textField }) : undefined}
        onChange={(e) => onChange({ text: e.target.value })}
      />
      <div className="grid-4 post-details">
        <TextField label={t('form.postedAt')} type="date" value={post.postedAt} error={errors.get(`${fieldPath}.postedAt`)} onChange={(e) => onChange({ postedAt: e.target.value })} />
        <TextField label={t('form.likes')} inputMode="numeric" value={post.likes} error={errors.get(`${fieldPath}.likes`)} onChange={(e) => onChange({ likes: e.target.value })} />
        <TextField label={t('form.comments')} inputMode="numeric" value={post.comments} error={errors.get(`${fieldPath}.comments`)} onChange={(e) => onChange({ comments: e.target.value })} />
        <TextField label={t('form.shares')} inputMode="numeric" value={post.shares} error={errors.get(`${fieldPath}.shares`)} onChange={(e) => onChange({ shares: e.target.value })} />
      </div>
      <button type="button" className="link-button" onClick={onRemove}>
        {t('form.removePost', { number })}
      </button>
    </div>
  );
}
