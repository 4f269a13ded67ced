// A decision that needs a reason: a labelled text field and one button per choice. A choice
// without a reason of at least three characters is not sent, and the field says so, because
// every decision goes to an audit log that people outside will read.
import { useState } from 'preact/hooks';

export interface Choice<C extends string> {
  value: C;
  label: string;
}

interface Props<C extends string> {
  /** Unique on the page: ties the label to the field. */
  id: string;
  label: string;
  choices: readonly Choice<C>[];
  onChoose(choice: C, reason: string): void;
}

export const MIN_REASON = 3;

export function ReasonedChoice<C extends string>({ id, label, choices, onChoose }: Props<C>) {
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const short = reason.trim().length < MIN_REASON;
  const choose = (value: C) => {
    setTried(true);
    if (!short) onChoose(value, reason.trim());
  };
  return (
    <div class="kz-choice" role="group" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} for={id}>
        {label}
      </label>
      <textarea id={id} rows={2} required minLength={MIN_REASON} maxLength={2000} value={reason} aria-invalid={tried && short} onInput={(e) => setReason(e.currentTarget.value)} />
      <div class="kz-button-row">
        {choices.map((c) => (
          <button key={c.value} type="button" data-kuzet-choice={c.value} onClick={() => choose(c.value)}>
            {c.label}
          </button>
        ))}
      </div>
    </div>
  );
}
