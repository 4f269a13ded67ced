// The live count beside the rule form: how many comments (and authors) the rule finds in the
// user's open tabs of that site. The first count asks for the host permission (a click);
// once granted, every edit of the rule counts again, so the user sees the effect as they type.
import { useEffect, useState } from 'preact/hooks';
import { sentenceKey } from '../../../core/messageKeys.ts';
import type { SiteRule } from '../../../core/siteRules.ts';
import type { ProbeTab } from '../../connect/connector.ts';
import { useConnector } from '../../components/connector-context.ts';
import { originOfPattern } from './origin.ts';

type Probe =
  | { kind: 'idle' }
  | { kind: 'counting' }
  | { kind: 'done'; tabs: ProbeTab[] }
  | { kind: 'denied'; origin: string }
  | { kind: 'error'; message: string };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
const LIVE_DELAY_MS = 400;

/** `rule` is the form's rule when it validates, else null. */
export function RuleProbe({ rule }: { rule: SiteRule | null }) {
  const { t, probeSiteRule, requestHosts } = useConnector();
  const [probe, setProbe] = useState<Probe>({ kind: 'idle' });
  const [liveOrigin, setLiveOrigin] = useState<string | null>(null);

  const count = async (r: SiteRule) => {
    setProbe({ kind: 'counting' });
    try {
      setProbe({ kind: 'done', tabs: await probeSiteRule(r) });
    } catch (e) {
      setProbe({ kind: 'error', message: messageOf(e) });
    }
  };

  const key = rule ? JSON.stringify(rule) : '';
  useEffect(() => {
    if (!rule || liveOrigin !== originOfPattern(rule.pattern)) return;
    const timer = setTimeout(() => void count(rule), LIVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [key, liveOrigin]);

  function onCount() {
    if (!rule) return;
    const origin = originOfPattern(rule.pattern);
    // First, inside the click: the browser grants permission requests only during a gesture.
    void requestHosts([origin]).then(
      (granted) => {
        if (!granted) return setProbe({ kind: 'denied', origin });
        setLiveOrigin(origin);
        return count(rule);
      },
      (e: unknown) => setProbe({ kind: 'error', message: messageOf(e) }),
    );
  }

  return (
    <div class="kz-probe">
      <button type="button" disabled={!rule} onClick={onCount} data-kuzet-rules="count">
        {t('siteRulesTry')}
      </button>
      <div aria-live="polite" data-kuzet-rules="probe">
        {probe.kind === 'counting' && <p class="kz-muted">{t('siteRulesCounting')}</p>}
        {probe.kind === 'denied' && <p class="kz-error">{t('siteRulesDenied', [probe.origin])}</p>}
        {probe.kind === 'error' && <p class="kz-error">{t('siteRulesProbeFailed', [probe.message])}</p>}
        {probe.kind === 'done' && probe.tabs.length === 0 && <p class="kz-muted">{t('siteRulesNoTab')}</p>}
        {probe.kind === 'done' &&
          probe.tabs.map((tab) => (
            <p key={tab.url} data-kuzet-rules-found={tab.comments}>
              {tab.invalid
                ? t('issueSelectorInvalid', [rule?.selectors[tab.invalid] ?? ''])
                : t(sentenceKey({ key: 'siteRulesCount', substitutions: [], count: tab.comments }, t('pluralLocale')), [
                    String(tab.comments),
                    String(tab.authors),
                    tab.title || tab.url,
                  ])}
            </p>
          ))}
      </div>
    </div>
  );
}
