// "Host Y is a mirror of site X": two host names; the section checks the pair against the
// whole list (duplicates, a host mirroring itself) before it asks for Y's permission.
import { useState } from 'preact/hooks';
import { useT } from '../../components/connector-context.ts';
import type { Mirror } from '../../../core/siteRules.ts';

export function MirrorForm({ onAdd, disabled }: { onAdd(mirror: Mirror): boolean; disabled: boolean }) {
  const t = useT();
  const [mirror, setMirror] = useState('');
  const [of, setOf] = useState('');

  function submit(event: Event) {
    event.preventDefault();
    if (onAdd({ mirror, of })) {
      setMirror('');
      setOf('');
    }
  }

  return (
    <form class="kz-field" data-kuzet-rules="mirror-form" onSubmit={submit} noValidate>
      <label class="kz-input">
        <span>{t('siteRulesMirror')}</span>
        <input name="mirror" value={mirror} spellcheck={false} onInput={(e) => setMirror((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <label class="kz-input">
        <span>{t('siteRulesMirrorOf')}</span>
        <input name="of" value={of} spellcheck={false} onInput={(e) => setOf((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <button type="submit" disabled={disabled} data-kuzet-rules="mirror-add">
        {t('siteRulesMirrorAdd')}
      </button>
    </form>
  );
}
