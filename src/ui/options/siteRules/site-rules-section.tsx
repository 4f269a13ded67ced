// The options page's site-rules section: the user's rules and mirrors, a form for each, and
// export/import. Every change is stored at once through the background, which registers
// Kuzet on the permitted hosts and answers which hosts it reads; permission requests come
// first in each click handler, as browsers allow them only during a user gesture.
import { useEffect, useState } from 'preact/hooks';
import { type Mirror, type SiteRule, type SiteRulesConfig, type Validation, validateSiteRules } from '../../../core/siteRules.ts';
import type { SiteRuleStatus } from '../../connect/connector.ts';
import { useConnector } from '../../components/connector-context.ts';
import { domSelectorCheck } from './dom-selector-check.ts';
import { ExchangeButtons } from './exchange-buttons.tsx';
import { issueText } from './issue-text.ts';
import { MirrorForm } from './mirror-form.tsx';
import { originOfMirror, originOfPattern } from './origin.ts';
import { RuleForm } from './rule-form.tsx';
import { RuleList } from './rule-list.tsx';
import './site-rules.css';

type Notice = { kind: 'none' } | { kind: 'ok'; text: string } | { kind: 'error'; text: string; lines?: string[] };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function SiteRulesSection() {
  const { t, loadSiteRules, saveSiteRules, requestHosts } = useConnector();
  const [config, setConfig] = useState<SiteRulesConfig | null>(null);
  const [statuses, setStatuses] = useState<SiteRuleStatus[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>({ kind: 'none' });

  useEffect(() => {
    let live = true;
    // Saving what is stored re-checks registrations and tells which hosts Kuzet reads now.
    loadSiteRules()
      .then(async (loaded) => {
        if (!live) return;
        setConfig(loaded);
        if (loaded.rules.length + loaded.mirrors.length > 0) setStatuses(await saveSiteRules(loaded));
      })
      .catch((e: unknown) => live && setNotice({ kind: 'error', text: t('siteRulesSaveFailed', [messageOf(e)]) }));
    return () => {
      live = false;
    };
  }, [loadSiteRules]);

  async function commit(next: SiteRulesConfig, success: Notice = { kind: 'ok', text: t('siteRulesSaved') }) {
    setBusy(true);
    try {
      setStatuses(await saveSiteRules(next));
      setConfig(next); // shown only once stored, so the list never claims what storage lacks
      setNotice(success);
    } catch (e) {
      setNotice({ kind: 'error', text: t('siteRulesSaveFailed', [messageOf(e)]) });
    } finally {
      setBusy(false);
    }
  }

  /** Asks for `origin` (inside the click), then stores `next` whatever the answer. */
  function askThenCommit(origin: string, next: SiteRulesConfig) {
    void requestHosts([origin])
      .catch(() => false)
      .then((granted) => commit(next, granted ? { kind: 'ok', text: t('siteRulesSaved') } : { kind: 'error', text: t('siteRulesDenied', [origin]) }));
  }

  if (config === null) return notice.kind === 'error' ? <p class="kz-error" role="alert">{notice.text}</p> : null;

  const addRule = (rule: SiteRule) =>
    askThenCommit(originOfPattern(rule.pattern), { ...config, rules: [...config.rules.filter((r) => r.pattern !== rule.pattern), rule] });

  const addMirror = (mirror: Mirror): boolean => {
    const checked = validateSiteRules({ ...config, mirrors: [...config.mirrors, mirror] }, domSelectorCheck);
    if (!checked.ok) {
      setNotice({ kind: 'error', text: issueText(t, checked.issues[0]!) });
      return false;
    }
    askThenCommit(originOfMirror(checked.value.mirrors[checked.value.mirrors.length - 1]!.mirror), checked.value);
    return true;
  };

  const imported = (result: Validation<SiteRulesConfig>) => {
    if (!result.ok) {
      const lines = result.issues.map((issue) => issueText(t, issue));
      return setNotice({ kind: 'error', text: t('siteRulesImportFailed', [lines[0] ?? '']), lines: lines.slice(1) });
    }
    // No permission prompt here (a file choice is not a click on our page in every browser):
    // hosts without access show "Allow access" in the list.
    void commit(result.value, { kind: 'ok', text: t('siteRulesImported', [String(result.value.rules.length), String(result.value.mirrors.length)]) });
  };

  return (
    <section class="kz-site-rules" data-kuzet-options="site-rules">
      <h2>{t('siteRulesTitle')}</h2>
      <p class="kz-muted">{t('siteRulesIntro')}</p>
      <RuleList
        config={config}
        statuses={statuses}
        disabled={busy}
        onAllow={(origin) => askThenCommit(origin, config)}
        onRemoveRule={(i) => void commit({ ...config, rules: config.rules.filter((_, j) => j !== i) })}
        onRemoveMirror={(i) => void commit({ ...config, mirrors: config.mirrors.filter((_, j) => j !== i) })}
      />
      <p aria-live="polite" class="kz-status" data-kuzet-rules="notice">
        {notice.kind === 'ok' && <span class="kz-ok">{notice.text}</span>}
        {notice.kind === 'error' && (
          <span class="kz-error" role="alert">
            {notice.text}
            {notice.lines?.map((line) => (
              <span key={line} class="kz-error-line">
                {line}
              </span>
            ))}
          </span>
        )}
      </p>
      <RuleForm onSave={addRule} disabled={busy} />
      <h3>{t('siteRulesMirrorsTitle')}</h3>
      <p class="kz-muted">{t('siteRulesMirrorsIntro')}</p>
      <MirrorForm onAdd={addMirror} disabled={busy} />
      <ExchangeButtons config={config} disabled={busy} onImport={imported} />
    </section>
  );
}
