import { Input, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../common/ErrorAlert';

interface Props {
  title: ReactNode;
  /** What the note is for, above the box. */
  intro?: ReactNode;
  okText: string;
  /** A note is required (a return, a referral) or optional (an approval). */
  required: boolean;
  danger?: boolean;
  saving: boolean;
  error: unknown;
  onSubmit: (note: string) => void;
  onCancel: () => void;
  testId: string;
}

/** A step of the workflow that carries a note (refer, complete the review, approve, return, acknowledge); Ctrl+Enter sends it. */
export function NoteModal({ title, intro, okText, required, danger, saving, error, onSubmit, onCancel, testId }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const blank = note.trim() === '';
  const send = (): void => {
    if (required && blank) return;
    onSubmit(note.trim());
  };
  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ danger, disabled: required && blank, loading: saving, ...{ 'data-testid': `${testId}-ok` } }}
      onOk={send}
      onCancel={onCancel}
      destroyOnHidden
    >
      {intro && <div className="cd-modal-intro">{intro}</div>}
      <Input.TextArea
        autoFocus
        rows={3}
        maxLength={2000}
        value={note}
        placeholder={t(required ? 'decision.noteRequired' : 'decision.noteOptional')}
        onChange={(e) => setNote(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            send();
          }
        }}
        data-testid={`${testId}-note`}
      />
      {error !== null && error !== undefined && <ErrorAlert error={error} />}
    </Modal>
  );
}
