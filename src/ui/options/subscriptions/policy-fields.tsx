// The policy across lists, per category: any list, most lists, or all lists must name an
// account before Kuzet counts it as listed.
import { LIST_RULES, type ListPolicy, type ListRule } from '../../../core/lists/listPolicy.ts';
import { CATEGORY_KEYS } from '../../../core/messageKeys.ts';
import { REPORT_CATEGORIES } from '../../../core/model.ts';
import { useConnector } from '../../components/connector-context.ts';

export function PolicyFields({ policy, onChange }: { policy: ListPolicy; onChange: (next: ListPolicy) => void }) {
  const { t } = useConnector();
  return (
    <fieldset data-kuzet-options="list-policy">
      <legend>{t('lists_policyHeading')}</legend>
      <p class="kz-muted">{t('lists_policyIntro')}</p>
      {REPORT_CATEGORIES.map((category) => (
        <label key={category}>
          {t(CATEGORY_KEYS[category])}{' '}
          <select
            name={`policy-${category}`}
            value={policy[category]}
            onChange={(e) => onChange({ ...policy, [category]: e.currentTarget.value as ListRule })}
          >
            {LIST_RULES.map((rule) => (
              <option key={rule} value={rule}>
                {t(`lists_rule_${rule}`)}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
