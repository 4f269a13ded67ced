// How long Kuzet keeps what it read: whole days, saved when the reader leaves the field or
// presses Enter, refused with a sentence when out of range (never silently clamped).
import { useEffect, useState } from 'preact/hooks';
import { RETENTION_MAX_DAYS, RETENTION_MIN_DAYS } from '../../core/settings.ts';
import { useT } from '../components/connector-context.ts';

export function RetentionField({ value, disabled, onChange }: { value: number; disabled: boolean; onChange(days: number): void }) {
  const t = useT();
  const [text, setText] = useState(String(value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setText(String(value)), [value]);

  function commit() {
    const days = Number(text);
    const ok = Number.isInteger(days) && days >= RETENTION_MIN_DAYS && days <= RETENTION_MAX_DAYS;
    setInvalid(!ok);
    if (ok && days !== value) onChange(days);
  }

  return (
    <div class="kz-field kz-row" data-kuzet-options="retention">
      <label for="kz-retention">{t('optionsRetention')}</label>
      <input id="kz-retention" type="number" inputMode="numeric" min={RETENTION_MIN_DAYS} max={RETENTION_MAX_DAYS} step={1}
        value={text} disabled={disabled} aria-invalid={invalid} aria-describedby="kz-retention-help"
        onInput={(e) => setText(e.currentTarget.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
      <p id="kz-retention-help" class={invalid ? 'kz-error' : 'kz-muted'} role={invalid ? 'alert' : undefined}>
        {t(invalid ? 'optionsRetentionInvalid' : 'optionsRetentionHelp', [String(RETENTION_MIN_DAYS), String(RETENTION_MAX_DAYS)])}
      </p>
    </div>
  );
}
