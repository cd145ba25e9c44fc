import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEVERITIES } from '../../analysis/types';
import { api } from '../api/client';
import type { Flag, Profile, RecruiterSummaryView, Severity } from '../api/types';
import { TextAreaField } from '../components/Field';
import { ErrorNotice } from '../components/Status';
import { EvidenceView } from './EvidenceView';
import { COMMENT_MAX_LENGTH } from './limits';

const ORDER: Severity[] = [...SEVERITIES].reverse();

interface Props {
  auditId: string;
  flags: Flag[];
  profile: Profile | undefined;
  preview: RecruiterSummaryView | undefined;
}

/** Flags grouped by severity, worst first; opening one shows its evidence and the comment recruiters see. */
export function FlagList({ auditId, flags, profile, preview }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | undefined>();
  if (flags.length === 0) return <p>{t('report.noFlags')}</p>;
  return (
    <div className="flag-groups">
      {ORDER.filter((severity) => flags.some((flag) => flag.severity === severity)).map((severity) => (
        <section key={severity} aria-labelledby={`flags-${severity}`}>
          <h3 id={`flags-${severity}`} className={`severity severity-${severity}`}>
            {t(`severity.${severity}`)} ({flags.filter((flag) => flag.severity === severity).length})
          </h3>
          <ul className="flags">
            {flags
              .filter((flag) => flag.severity === severity)
              .map((flag) => {
                const expanded = open === flag.id;
                const sharedFlag = preview?.summary.flags.find((candidate) => candidate.id === flag.id);
                return (
                  <li key={flag.id} className={`flag severity-border-${flag.severity}`}>
                    <button type="button" className="flag-toggle" aria-expanded={expanded} aria-controls={`flag-${flag.id}`} onClick={() => setOpen(expanded ? undefined : flag.id)}>
                      <span className="flag-category">{t(`categories.${flag.category}`)}</span>
                      <span>{flag.message}</span>
                    </button>
                    {expanded && (
                      <div id={`flag-${flag.id}`} className="flag-body">
                        {flag.evidence.map((evidence, index) => (
                          <EvidenceView key={index} evidence={evidence} profile={profile} />
                        ))}
                        {sharedFlag ? (
                          <FlagComment auditId={auditId} flagId={flag.id} current={sharedFlag.candidateComment?.text ?? ''} />
                        ) : (
                          <p className="hint">{t('report.notInSummary')}</p>
                        )}
                      </div>
                    )}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </div>
  );
}

function FlagComment({ auditId, flagId, current }: { auditId: string; flagId: string; current: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState(current);
  const [saved, setSaved] = useState('');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['recruiter-view', auditId] });
  const save = useMutation({
    mutationFn: async () => {
      if (text.trim()) await api.audits.comment(auditId, flagId, text.trim());
      else await api.audits.uncomment(auditId, flagId);
    },
    onSuccess: () => {
      setSaved(text.trim() ? t('report.commentSaved') : t('report.commentRemoved'));
      refresh();
    },
  });
  const tooLong = text.length > COMMENT_MAX_LENGTH;
  return (
    <form
      className="flag-comment"
      onSubmit={(event) => {
        event.preventDefault();
        if (!tooLong) save.mutate();
      }}
    >
      <TextAreaField
        label={t('report.commentLabel')}
        hint={t('form.charCount', { count: text.length, max: COMMENT_MAX_LENGTH })}
        error={tooLong ? t('validation.tooLong', { max: COMMENT_MAX_LENGTH, length: text.length }) : undefined}
        rows={2}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setSaved('');
        }}
      />
      <button type="submit" className="secondary" disabled={save.isPending || tooLong}>
        {t('report.commentSave')}
      </button>
      <span role="status" className="hint">
        {saved}
      </span>
      {save.isError && <ErrorNotice error={save.error} />}
    </form>
  );
}
