// The protocol's URL check (messages/schemas.ts `url`: a string of at most 2048 characters that
// parses as a URL) with its answers remembered: every comment of a thread carries the same
// thread URL and each author's profile URL again and again, and parsing them all is a
// measurable part of reading a long thread. Same verdict as the background's check, which still
// runs on everything a content script sends.
import * as v from 'valibot';

/** Distinct URLs remembered at most; beyond that the oldest are forgotten. */
const REMEMBERED = 4_096;
const known = new Map<string, boolean>();

export function parsesAsUrl(value: string): boolean {
  let ok = known.get(value);
  if (ok === undefined) {
    ok = canParse(value);
    if (known.size >= REMEMBERED) known.delete(known.keys().next().value!);
    known.set(value, ok);
  }
  return ok;
}

/** URL.canParse where the browser has it (Chrome 120, Firefox 115), else a parse attempt. */
export function canParse(value: string): boolean {
  if (typeof URL.canParse === 'function') return URL.canParse(value);
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

export const rememberedUrl = v.pipe(v.string(), v.maxLength(2048), v.check(parsesAsUrl, 'Invalid URL'));
