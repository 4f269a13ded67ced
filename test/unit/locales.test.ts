// Every user-visible string exists in all four languages with the same substitutions, and
// every message key the code names exists: a missing one would show a blank or a raw key.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as messageKeys from '../../src/core/messageKeys.ts';
import { PLURAL_SUFFIXES } from '../../src/core/messageKeys.ts';

const keyTables = Object.fromEntries(
  Object.entries(messageKeys).filter(([, value]) => typeof value === 'object' && !Array.isArray(value)),
) as Record<string, Record<string, string>>;

type Messages = Record<string, { message: string }>;
const load = (lang: string) => JSON.parse(readFileSync(`_locales/${lang}/messages.json`, 'utf8')) as Messages;
const LANGS = ['en', 'ru', 'kk', 'ky'];
const en = load('en');
const substitutions = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('locales', () => {
  it.each(LANGS)('%s has exactly the English keys, each non-empty with the same substitutions', (lang) => {
    const messages = load(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(messages)) {
      expect(message.trim(), `${lang}.${key}`).not.toBe('');
      expect(substitutions(message), `${lang}.${key}`).toEqual(substitutions(en[key]!.message));
    }
  });

  it('has every key the code and the manifest name', () => {
    const code = sourceFiles('src').map((f) => readFileSync(f, 'utf8')).join('\n');
    const named = new Set([
      ...[...code.matchAll(/\bt\('(\w+)'/g)].map((m) => m[1]!), // t('key', …) in pages and badges
      ...[...code.matchAll(/\bkey: '(\w+)'/g)].map((m) => m[1]!), // reason sentences built in core
      ...Object.values(keyTables).flatMap((table) => Object.values(table)),
      ...[...readFileSync('manifest.json', 'utf8').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!),
    ]);
    expect(named.size).toBeGreaterThan(30);
    const exists = (key: string) => key in en || PLURAL_SUFFIXES.every((suffix) => `${key}_${suffix}` in en);
    expect([...named].filter((key) => !exists(key))).toEqual([]);
  });
});
