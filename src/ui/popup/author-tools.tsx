// What a reader can do about one flagged author besides reporting: say "this person is real"
// (their badge goes away everywhere, for good: the background rescores and pushes), and keep
// a private note that never leaves the device unless they export it.
import { useEffect, useState } from 'preact/hooks';
import type { Verdict } from '../../core/model.ts';
import type { AuthorDetails } from '../connect/connector.ts';
import { useConnector } from '../components/connector-context.ts';

interface Props {
  verdict: Verdict;
  onTrusted(authorKey: string): void;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'saved' } | { kind: 'error'; message: string };
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function AuthorTools({ verdict, onTrusted }: Props) {
  const { t, trustAuthor, authorNote, authorDetails } = useConnector();
  const { authorKey, displayName } = verdict;
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [details, setDetails] = useState<AuthorDetails | null>(null);
  const noteId = `kz-note-${authorKey.replace(/[^a-zA-Z0-9_-]/g, '_')}`;

  useEffect(() => {
    let live = true;
    authorNote(authorKey).then((n) => live && n && setNote(n.text), () => undefined);
    authorDetails(authorKey).then((d) => live && setDetails(d), () => undefined);
    return () => {
      live = false;
    };
  }, [authorKey, authorNote, authorDetails]);

  async function trust() {
    setStatus({ kind: 'busy' });
    try {
      if (await trustAuthor(authorKey, displayName, true)) onTrusted(authorKey);
      else setStatus({ kind: 'idle' });
    } catch (e) {
      setStatus({ kind: 'error', message: messageOf(e) });
    }
  }

  async function saveNote() {
    setStatus({ kind: 'busy' });
    try {
      setNote((await authorNote(authorKey, note))?.text ?? '');
      setStatus({ kind: 'saved' });
    } catch (e) {
      setStatus({ kind: 'error', message: messageOf(e) });
    }
  }

  return (
    <div class="kz-author-tools">
      {details && details.comments > 0 && (
        <p class="kz-muted kz-history" data-kuzet-history={authorKey}>
          {t('popupSeenIn', [String(details.comments), String(details.threads)])}
          {details.names.length > 1 && ` ${t('popupAlsoNamed', [details.names.filter((n) => n !== displayName).join(', ')])}`}
        </p>
      )}
      <button type="button" data-kuzet-trust={authorKey} disabled={status.kind === 'busy'} onClick={() => void trust()}>
        {t('popupTrust')}
      </button>
      <label for={noteId} class="kz-note-label">{t('popupNoteLabel', [displayName])}</label>
      <div class="kz-note-row">
        <textarea id={noteId} rows={2} maxLength={2000} value={note} data-kuzet-note={authorKey}
          onInput={(e) => setNote(e.currentTarget.value)} />
        <button type="button" data-kuzet-note-save={authorKey} disabled={status.kind === 'busy'} onClick={() => void saveNote()}>
          {t('popupNoteSave')}
        </button>
      </div>
      <p aria-live="polite" class="kz-tool-status">
        {status.kind === 'saved' && <span class="kz-ok">{t('popupNoteSaved')}</span>}
        {status.kind === 'error' && <span class="kz-error" role="alert">{t('popupActionFailed', [status.message])}</span>}
      </p>
    </div>
  );
}
