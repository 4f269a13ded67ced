// The form for one site rule: where (host pattern) and the CSS selectors that find a comment,
// its author link, its text and (optionally) its time. Each field says at once what is wrong
// with it; the live count below shows what the rule finds; Save is offered only for a rule
// that validates.
import { useState } from 'preact/hooks';
import { type SiteRule, validateRule } from '../../../core/siteRules.ts';
import { useT } from '../../components/connector-context.ts';
import { domSelectorCheck } from './dom-selector-check.ts';
import { FIELD_KEYS, issueSentence } from './issue-text.ts';
import { RuleProbe } from './rule-probe.tsx';

type FieldName = 'pattern' | 'name' | 'comment' | 'author' | 'text' | 'time';
type Draft = Record<FieldName, string>;
const FIELDS: readonly FieldName[] = ['pattern', 'name', 'comment', 'author', 'text', 'time'];
const EMPTY: Draft = { pattern: '', name: '', comment: '', author: '', text: '', time: '' };

function ruleOf(draft: Draft) {
  const { pattern, name, comment, author, text, time } = draft;
  return { pattern, name, selectors: { comment, author, text, ...(time.trim() ? { time } : {}) } };
}

export function RuleForm({ onSave, disabled }: { onSave(rule: SiteRule): void; disabled: boolean }) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [tried, setTried] = useState(false);
  const checked = validateRule(ruleOf(draft), domSelectorCheck);
  // An empty field is not an error until the user tries to save: a fresh form is not "wrong".
  const issues = checked.ok ? [] : checked.issues.filter((i) => tried || (i.field !== undefined && draft[i.field as FieldName]?.trim()));

  function submit(event: Event) {
    event.preventDefault();
    setTried(true);
    if (!checked.ok) return;
    onSave(checked.value);
    setDraft(EMPTY);
    setTried(false);
  }

  return (
    <form class="kz-field kz-rule-form" data-kuzet-rules="form" onSubmit={submit} noValidate>
      <h3>{t('siteRulesAddTitle')}</h3>
      {FIELDS.map((field) => {
        const own = issues.filter((i) => i.field === field);
        return (
          <label key={field} class="kz-input">
            <span>{t(FIELD_KEYS[field])}</span>
            <input
              name={field}
              value={draft[field]}
              spellcheck={false}
              aria-invalid={own.length > 0}
              onInput={(e) => setDraft({ ...draft, [field]: (e.currentTarget as HTMLInputElement).value })}
            />
            {own.map((issue) => (
              <span key={issue.code} class="kz-error" role="alert" data-kuzet-rules-issue={field}>
                {issueSentence(t, issue)}
              </span>
            ))}
          </label>
        );
      })}
      <RuleProbe rule={checked.ok ? checked.value : null} />
      <button type="submit" disabled={disabled} data-kuzet-rules="save">
        {t('siteRulesAdd')}
      </button>
    </form>
  );
}
