// The pages' strings: the reader's language's server_ messages from the server, English where
// the browser asks for a language Kuzet does not speak.
import * as v from 'valibot';

const catalogSchema = v.record(v.string(), v.object({ message: v.string() }));
export type Say = (key: string, ...substitutions: string[]) => string;

export async function loadMessages(): Promise<Say> {
  const wanted = (globalThis.navigator?.language ?? 'en').slice(0, 2);
  const language = ['en', 'ru', 'kk', 'ky'].includes(wanted) ? wanted : 'en';
  const catalog = v.parse(catalogSchema, await (await fetch(`/pages/messages/${language}.json`)).json());
  return (key, ...substitutions) =>
    (catalog[key]?.message ?? key).replace(/\$([1-9])/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}
