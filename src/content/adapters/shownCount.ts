// A vote count as a page prints it ("+19", "−3", "1 234", "2") to a number, or undefined when
// the text is not a count. Typographic minus signs are common on Russian sites.

export function shownCount(text: string | null | undefined): number | undefined {
  const compact = text?.replace(/[\s\u00a0]/g, '').replace(/[\u2212\u2013]/g, '-');
  if (!compact || !/^[+-]?\d+$/.test(compact)) return undefined;
  return Number(compact);
}
