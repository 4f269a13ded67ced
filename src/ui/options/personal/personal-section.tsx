// The reader's own lists: trusted authors (removable) and private notes, exported as one JSON
// file and imported from one. An imported file is checked whole before anything is stored;
// a bad file changes nothing and says what is wrong with it.
import { useEffect, useState } from 'preact/hooks';
import { parsePersonalFile, personalFile, type PersonalFile } from '../../../core/insight/personalFile.ts';
import type { PersonalList } from '../../connect/connector.ts';
import { useConnector } from '../../components/connector-context.ts';
import { saveJsonFile } from './save-json-file.ts';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'imported'; trusted: number; notes: number } | { kind: 'error'; text: string };
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function PersonalSection() {
  const { t, personalList, trustAuthor, authorNote } = useConnector();
  const [list, setList] = useState<PersonalList | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const reload = () => personalList().then(setList, (e: unknown) => setStatus({ kind: 'error', text: t('optionsPersonalLoadFailed', [messageOf(e)]) }));
  useEffect(() => void reload(), []);

  async function untrust(authorKey: string, displayName: string) {
    setStatus({ kind: 'busy' });
    try {
      await trustAuthor(authorKey, displayName, false);
      setStatus({ kind: 'idle' });
    } catch (e) {
      setStatus({ kind: 'error', text: t('popupActionFailed', [messageOf(e)]) });
    }
    await reload();
  }

  async function importText(text: string) {
    const parsed = parsePersonalFile(text);
    if (!parsed.ok) {
      setStatus({ kind: 'error', text: parsed.problem === 'json' ? t('optionsImportNotJson') : t('optionsImportBadShape', [parsed.path || '/']) });
      return;
    }
    setStatus({ kind: 'busy' });
    try {
      await store(parsed.file);
      setStatus({ kind: 'imported', trusted: parsed.file.trusted.length, notes: parsed.file.notes.length });
    } catch (e) {
      setStatus({ kind: 'error', text: t('popupActionFailed', [messageOf(e)]) });
    }
    await reload();
  }

  // One by one through the same messages the popup uses, so trusting rescores and updates tabs.
  async function store(file: PersonalFile) {
    for (const entry of file.trusted) await trustAuthor(entry.authorKey, entry.displayName, true);
    for (const note of file.notes) await authorNote(note.authorKey, note.text);
  }

  const busy = status.kind === 'busy';
  return (
    <section class="kz-field" aria-labelledby="kz-personal-heading" data-kuzet-options="personal">
      <h2 id="kz-personal-heading">{t('optionsPersonalHeading')}</h2>
      <h3>{t('optionsTrustedHeading')}</h3>
      {list && list.trusted.length === 0 && <p class="kz-muted">{t('optionsTrustedEmpty')}</p>}
      <ul class="kz-plain-list">
        {list?.trusted.map((e) => (
          <li key={e.authorKey} data-kuzet-trusted={e.authorKey}>
            <span>{e.displayName || e.authorKey}</span> <span class="kz-muted">{e.authorKey}</span>{' '}
            <button type="button" disabled={busy} aria-label={t('optionsUntrustAria', [e.displayName || e.authorKey])}
              data-kuzet-untrust={e.authorKey} onClick={() => void untrust(e.authorKey, e.displayName)}>
              {t('optionsUntrust')}
            </button>
          </li>
        ))}
      </ul>
      <h3>{t('optionsNotesHeading')}</h3>
      {list && list.notes.length === 0 && <p class="kz-muted">{t('optionsNotesEmpty')}</p>}
      <ul class="kz-plain-list">
        {list?.notes.map((n) => (
          <li key={n.authorKey} data-kuzet-note-entry={n.authorKey}>
            <span class="kz-muted">{n.authorKey}</span>: {n.text}
          </li>
        ))}
      </ul>
      <div class="kz-row">
        <button type="button" disabled={busy || !list} data-kuzet-personal-export=""
          onClick={() => list && saveJsonFile(document, 'kuzet-personal.json', personalFile(list.trusted, list.notes, Date.now()))}>
          {t('optionsPersonalExport')}
        </button>
        <label class="kz-file-button">
          {t('optionsPersonalImport')}
          <input type="file" accept="application/json,.json" disabled={busy} data-kuzet-personal-import=""
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void file.text().then(importText);
            }} />
        </label>
      </div>
      <p aria-live="polite" class="kz-status" data-kuzet-personal-status={status.kind}>
        {status.kind === 'imported' && <span class="kz-ok">{t('optionsImported', [String(status.trusted), String(status.notes)])}</span>}
        {status.kind === 'error' && <span class="kz-error" role="alert">{status.text}</span>}
      </p>
    </section>
  );
}
