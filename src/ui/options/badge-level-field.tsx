// The choice of the lowest level that gets a badge, as radio buttons: three options read
// better side by side than hidden in a select, and each can carry its level's colour.
import type { Settings } from '../../core/settings.ts';
import { useT } from '../components/connector-context.ts';
import { LevelLabel } from '../components/level-label.tsx';

export type BadgeLevel = Settings['badgeLevel'];
const BADGE_LEVELS: readonly BadgeLevel[] = ['watch', 'suspected', 'likely'];

interface Props {
  value: BadgeLevel;
  disabled: boolean;
  onChange(level: BadgeLevel): void;
}

export function BadgeLevelField({ value, disabled, onChange }: Props) {
  const t = useT();
  return (
    <fieldset class="kz-field" data-kuzet-options="badge-level">
      <legend>{t('optionsBadgeLevel')}</legend>
      {BADGE_LEVELS.map((level) => (
        <label key={level} class="kz-choice">
          <input
            type="radio"
            name="badgeLevel"
            value={level}
            checked={value === level}
            disabled={disabled}
            onChange={() => onChange(level)}
          />{' '}
          <LevelLabel level={level} />
        </label>
      ))}
    </fieldset>
  );
}
