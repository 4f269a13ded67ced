// The one spelling every script variant of a word folds to: a lossy Latin key. Cyrillic is
// spelled out letter by letter, then the spellings people vary (sh/sch/shch, kh/x/h, ts/c,
// y/j/i next to vowels, yo/jo for ё, w for v, apostrophes for ь) are reduced to one form.
// Kazakh/Kyrgyz letters keep their own key letters (қ→q, ғ→ğ, ң→ñ, ө→ö, ұ→ū, ү→ü, і→ı,
// ә→ä), so "қол" (hand) and "кол", "өл" (die) and "ол" (he) stay different words.

const CYRILLIC_KEY: Readonly<Record<string, string>> = {
  а: 'a', ә: 'ä', б: 'b', в: 'v', г: 'g', ғ: 'ğ', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z',
  и: 'i', й: 'y', і: 'ı', к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'ñ', о: 'o', ө: 'ö',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'ū', ү: 'ü', ф: 'f', х: 'h', һ: 'h', ц: 'c',
  ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Ukrainian/Belarusian letters that appear in Russian-language comments.
  є: 'e', ї: 'i', ў: 'u', ґ: 'g',
};

const VOWELS = 'aeiouäöüūı';
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

/** Spells a lowercase word (Cyrillic, Latin or both) as its reduced Latin key. */
export function latinKey(word: string): string {
  let raw = '';
  for (const ch of word) raw += CYRILLIC_KEY[ch] ?? ch;
  return reduceSpelling(raw);
}

/** One left-to-right pass; it is idempotent because no output opens a new rule. */
function reduceSpelling(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const c = s[i]!;
    const next = s[i + 1];
    if (c === 's' && s.startsWith('shch', i)) { out += 'sh'; i += 4; continue; }
    if (c === 's' && next === 'c' && s[i + 2] === 'h') { out += 'sh'; i += 3; continue; }
    if (c === 'k' && next === 'h') { out += 'h'; i += 2; continue; }
    if (c === 't' && (next === 's' || next === 'z')) { out += 'c'; i += 2; continue; }
    if ((c === 'y' || c === 'j') && next === 'o') { out += 'e'; i += 2; continue; }
    if (c === 'x') { out += 'h'; i++; continue; }
    if (c === 'w') { out += 'v'; i++; continue; }
    if (c === "'" || c === '’' || c === 'ʼ' || c === '`') { i++; continue; }
    if (c === 'j' || (c === 'y' && (isVowel(next) || isVowel(out[out.length - 1])))) { out += 'i'; i++; continue; }
    out += c;
    i++;
  }
  return out;
}
