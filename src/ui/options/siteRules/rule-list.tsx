// The saved rules and mirrors, each with whether Kuzet reads that host now; a host without
// permission (denied, or revoked in the browser) offers "Allow access", which is a click and
// so may ask the browser again.
import type { SiteRulesConfig } from '../../../core/siteRules.ts';
import type { SiteRuleStatus } from '../../connect/connector.ts';
import { useT } from '../../components/connector-context.ts';
import { originOfMirror, originOfPattern } from './origin.ts';

interface Props {
  config: SiteRulesConfig;
  statuses: readonly SiteRuleStatus[];
  disabled: boolean;
  onAllow(origin: string): void;
  onRemoveRule(index: number): void;
  onRemoveMirror(index: number): void;
}

function Access({ origin, statuses, disabled, onAllow }: { origin: string; statuses: readonly SiteRuleStatus[]; disabled: boolean; onAllow(origin: string): void }) {
  const t = useT();
  const status = statuses.find((s) => s.origin === origin);
  if (!status) return null;
  if (status.active) return <span class="kz-ok" data-kuzet-rules-access="active">{t('siteRulesActive')}</span>;
  return (
    <span class="kz-muted" data-kuzet-rules-access="inactive">
      {t('siteRulesInactive')}{' '}
      <button type="button" disabled={disabled} onClick={() => onAllow(origin)} data-kuzet-rules="allow">
        {t('siteRulesAllow')}
      </button>
    </span>
  );
}

export function RuleList({ config, statuses, disabled, onAllow, onRemoveRule, onRemoveMirror }: Props) {
  const t = useT();
  if (config.rules.length === 0 && config.mirrors.length === 0) return <p class="kz-muted">{t('siteRulesEmpty')}</p>;
  return (
    <ul class="kz-rule-list">
      {config.rules.map((rule, i) => (
        <li key={rule.pattern} data-kuzet-rule={rule.pattern}>
          <strong>{rule.name}</strong> <code>{rule.pattern}</code>{' '}
          <Access origin={originOfPattern(rule.pattern)} statuses={statuses} disabled={disabled} onAllow={onAllow} />{' '}
          <button type="button" disabled={disabled} onClick={() => onRemoveRule(i)} data-kuzet-rules="remove">
            {t('siteRulesRemove')}
          </button>
        </li>
      ))}
      {config.mirrors.map((mirror, i) => (
        <li key={mirror.mirror} data-kuzet-mirror={mirror.mirror}>
          {t('siteRulesMirrorLine', [mirror.mirror, mirror.of])}{' '}
          <Access origin={originOfMirror(mirror.mirror)} statuses={statuses} disabled={disabled} onAllow={onAllow} />{' '}
          <button type="button" disabled={disabled} onClick={() => onRemoveMirror(i)} data-kuzet-rules="remove-mirror">
            {t('siteRulesRemove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
