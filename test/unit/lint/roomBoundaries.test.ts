// The room boundaries of DESIGN.md are enforced by the linter: these cases must fail lint,
// so a crossing import breaks `npm test` instead of slipping in.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('room boundaries', () => {
  it.each([
    ['src/content/x.ts', "import { openDb } from '../background/db.ts';\nexport const x = openDb;\n"],
    ['src/ui/popup/x.ts', "import { start } from '../../content/start.ts';\nexport const x = start;\n"],
    ['src/background/x.ts', "import { x as y } from '../ui/popup/x.ts';\nexport const x = y;\n"],
    ['src/core/x.ts', "import { messages } from '../messages.ts';\nexport const x = messages;\n"],
    ['src/core/x.ts', "import browser from 'webextension-polyfill';\nexport const x = browser;\n"],
  ])('refuses %s importing across rooms', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it('lets rooms import core and messages', async () => {
    const code = "import { LEVELS } from '../core/model.ts';\nimport { messages } from '../messages.ts';\nexport const x = [LEVELS, messages];\n";
    expect(await ruleIds('src/background/x.ts', code)).toEqual([]);
  });

  it('keeps the clock and the DOM out of core', async () => {
    const ids = await ruleIds('src/core/x.ts', 'export const t = Date.now();\nexport const d = document.title;\n');
    expect(ids).toEqual(expect.arrayContaining(['no-restricted-properties', 'no-restricted-globals']));
  });

  it('refuses innerHTML anywhere', async () => {
    expect(await ruleIds('src/content/x.ts', 'export function f(e: Element, s: string) { e.innerHTML = s; }\n')).toContain(
      'no-restricted-syntax',
    );
  });
});
