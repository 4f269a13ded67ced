// Subscribing to a list: its address and the public key its maintainer publishes (pinned: a
// list signed by any other key is refused). The host permission is asked first, inside the
// click, because browsers grant permission prompts only during a user gesture.
import { useState } from 'preact/hooks';
import { useConnector } from '../../components/connector-context.ts';

const KEY = /^[A-Za-z0-9_-]{43}$/;

/** https anywhere; http only for a list on this computer (a local list server). */
export function listOrigin(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname))) {
      return `${parsed.protocol}//${parsed.host}/*`;
    }
  } catch {
    // not a URL: refused below
  }
  return null;
}

export function SubscribeForm({ onSubscribe }: { onSubscribe: (url: string, publicKey: string) => Promise<void> }) {
  const { t, requestHosts } = useConnector();
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: Event) {
    event.preventDefault();
    const origin = listOrigin(url.trim());
    if (!origin) return setError(t('lists_badUrl'));
    if (!KEY.test(key.trim())) return setError(t('lists_badKey'));
    setError(null);
    // No await before the request: it must run inside the click.
    void requestHosts([origin]).then(async (granted) => {
      if (!granted) return setError(t('lists_permissionRefused', [origin]));
      await onSubscribe(url.trim(), key.trim());
      setUrl('');
      setKey('');
    });
  }

  return (
    <form onSubmit={submit} data-kuzet-options="subscribe">
      <label>
        {t('lists_urlLabel')} <input type="url" required value={url} onInput={(e) => setUrl(e.currentTarget.value)} name="list-url" />
      </label>
      <label>
        {t('lists_keyLabel')} <input type="text" required spellcheck={false} value={key} onInput={(e) => setKey(e.currentTarget.value)} name="list-key" />
      </label>
      <button type="submit">{t('lists_subscribe')}</button>
      {error && (
        <p class="kz-error" role="alert" data-kuzet-options-status="subscribe-error">
          {error}
        </p>
      )}
    </form>
  );
}
