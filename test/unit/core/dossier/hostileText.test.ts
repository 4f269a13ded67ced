// Names, texts and URLs in a dossier come from pages trolls write: in report.html they stay text
// (no markup, no javascript: link), and in accounts.csv a name a spreadsheet would run as a
// formula is kept as text. The export is real (IRA copies); only one account's fields are made hostile.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../../../src/core/dossier/buildDossier.ts';
import type { Catalog } from '../../../../src/core/dossier/catalog.ts';
import type { ExportLine } from '../../../../src/core/export/ndjsonFormat.ts';
import { newKeyPair, secretKeySigner } from '../../../../src/core/lists/signing.ts';
import { networksOfExport } from '../../../../src/core/networks/fromExport.ts';
import { applyMarks } from '../../../../src/core/networks/marks.ts';
import { realExport } from './realExport.ts';

const HOSTILE_NAME = '=HYPERLINK("https://evil.example","x")<img src=x onerror=alert(1)>';
const HOSTILE_TEXT = '</blockquote><script>alert(1)</script>';

describe('hostile page data in a dossier', async () => {
  const base = realExport();
  const { clusters } = networksOfExport(base);
  const victim = clusters[0]!.members[0]!;
  const lines: ExportLine[] = base.map((l) => {
    if (l.kind === 'author' && l.key === victim) return { ...l, displayName: HOSTILE_NAME, names: [HOSTILE_NAME], profileUrl: 'javascript:alert(1)' };
    if (l.kind === 'comment' && l.authorKey === victim) return { ...l, displayName: HOSTILE_NAME, text: `${l.text} ${HOSTILE_TEXT}`, url: 'javascript:alert(2)' };
    return l;
  });
  const key = await newKeyPair();
  const files = await buildDossier(
    {
      lines, clusters: clusters.map((c) => applyMarks(c, undefined)), includeOthers: false, language: 'en',
      catalog: JSON.parse(readFileSync('_locales/en/messages.json', 'utf8')) as Catalog, createdAt: 0, extensionVersion: '0.1.0', publicKey: key.publicKey,
    },
    async (b) => new Uint8Array(await crypto.subtle.digest('SHA-256', b as Uint8Array<ArrayBuffer>)),
    secretKeySigner(key.secretKey),
  );
  const html = new TextDecoder().decode(files.get('report.html'));

  it('shows names and texts as text, never as markup or script', () => {
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('links nothing but http(s)', () => {
    expect(html).not.toMatch(/href="javascript:/i);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(https?:\/\/|#)/);
  });

  it('keeps a formula-like name as text in accounts.csv', () => {
    const rows = parse(new TextDecoder().decode(files.get('accounts.csv')), { columns: true }) as Record<string, string>[];
    const row = rows.find((r) => `x:${r.account_id}` === victim)!;
    expect(row.display_names_seen!.startsWith("'=HYPERLINK")).toBe(true);
    expect(rows.every((r) => !/^[=+\-@]/.test(r.display_names_seen!) && !/^[=+\-@]/.test(r.reasons!))).toBe(true);
  });
});
