// A report category's name ("Fake account") in the reader's language. The category may come
// from the network (the list server's queue), so one Kuzet does not know is shown as it is
// rather than as a raw message key.
import { CATEGORY_KEYS } from '../../core/messageKeys.ts';
import type { Translate } from './translate.ts';

export function CategoryLabel({ category, t }: { category: string; t: Translate }) {
  const key = Object.hasOwn(CATEGORY_KEYS, category) ? CATEGORY_KEYS[category as keyof typeof CATEGORY_KEYS] : null;
  return <span class="kz-muted">{key ? t(key) : category}</span>;
}
