import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A button that asks first, in a modal <dialog> (focus is trapped and Escape cancels, natively),
 * saying what will happen before anything does.
 */
export function ConfirmButton(props: {
  label: string;
  title: string;
  confirmLabel: string;
  children: ReactNode;
  onConfirm: () => void;
  danger?: boolean;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className={props.danger ? 'danger' : 'secondary'} disabled={props.disabled} onClick={() => dialog.current?.showModal()}>
        {props.label}
      </button>
      <dialog ref={dialog} className="confirm" aria-labelledby={`${props.label}-title`.replace(/\W+/g, '-')}>
        <h2 id={`${props.label}-title`.replace(/\W+/g, '-')}>{props.title}</h2>
        <div>{props.children}</div>
        <div className="actions">
          <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className={props.danger ? 'danger' : undefined}
            onClick={() => {
              dialog.current?.close();
              props.onConfirm();
            }}
          >
            {props.confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
