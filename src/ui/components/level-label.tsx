// The coloured name of a verdict level ("Suspected"), shared by the popup and later pages.
// `none` has no label: nothing is flagged at that level.
import type { Level } from '../../core/model.ts';
import { useT } from './connector-context.ts';
import { LEVEL_KEYS } from '../../core/messageKeys.ts';

export function LevelLabel({ level }: { level: Level }) {
  const t = useT();
  if (level === 'none') return null;
  return <span class={`kz-level kz-level-${level}`}>{t(LEVEL_KEYS[level])}</span>;
}
