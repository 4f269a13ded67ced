// Reads two fields out of the bot-or-not table's `status` column, a Python repr of the latest
// tweet ({'text': u'…', 'created_at': '…'} or tweepy's Status(...)), without evaluating it.

const STRING = String.raw`u?('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")`;
const TEXT = new RegExp(String.raw`u?['"]text['"]:\s*` + STRING);
const CREATED = /u?['"]created_at['"]:\s*u?['"](\w{3} \w{3} \d\d \d\d:\d\d:\d\d \+0000 \d{4})['"]/;

/** Undoes Python string escapes (\n, \', \xNN, \uNNNN, \UNNNNNNNN). */
export function unescapePython(quoted: string): string {
  const body = quoted.slice(1, -1);
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e: string) => {
    if (e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[e] ?? e;
  });
}

export function statusText(status: string): string | undefined {
  const m = TEXT.exec(status);
  return m?.[1] === undefined ? undefined : unescapePython(m[1]);
}

export function statusCreatedAt(status: string): string | undefined {
  return CREATED.exec(status)?.[1];
}
