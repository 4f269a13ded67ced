// The host permission a rule pattern or mirror host needs, exactly as the background will
// check it, so the page asks the browser for the same origin the registration depends on.
import { desiredRegistrations, mirrorPattern } from '../../../core/siteRules.ts';

export function originOfPattern(pattern: string): string {
  return desiredRegistrations({ version: 1, rules: [{ pattern, name: '', selectors: { comment: '', author: '', text: '' } }], mirrors: [] })[0]!
    .origin;
}

export function originOfMirror(host: string): string {
  return mirrorPattern(host);
}
