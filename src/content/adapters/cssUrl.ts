// The image URL inside an inline `background: url('…')` style, with CSS escapes undone.
// m.facebook.com draws avatars as <i> elements styled this way (`https\3a //…` for `https://`);
// pages that reach the DOM through a JS string keep a doubled backslash, so both are accepted.

const URL_IN_STYLE = /url\((['"]?)(.*?)\1\)/;

export function cssBackgroundUrl(style: string | null | undefined): string | undefined {
  const raw = style ? URL_IN_STYLE.exec(style)?.[2] : undefined;
  if (!raw) return undefined;
  const url = raw.replace(/\\{1,2}([0-9a-fA-F]{1,6}) ?/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
  return /^https?:\/\//.test(url) ? url : undefined;
}
