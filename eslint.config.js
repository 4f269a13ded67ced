// Lint rules, including the room boundaries of DESIGN.md: content, background, ui and
// server import only core and messages; core imports nothing of ours and no browser.
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const rooms = ['content', 'background', 'ui', 'server'];
const roomPattern = (room) => ({
  group: [`**/${room}/**`, `**/${room}`],
  message: `Rooms never import each other (DESIGN.md): move what two rooms need into src/core (or, for the server's pages, src/ui/shared).`,
});
// The one ui folder the list server's pages may import: presentational pieces that take their
// strings as an argument and touch no browser API, connector or message. (gitignore rules: a
// folder can be let back in only if its parent is not shut, hence `ui/*` and not `ui/**`.)
const uiButShared = { ...roomPattern('ui'), group: ['**/ui/*', '!**/ui/shared'] };
const uiFoldersButShared = readdirSync(new URL('./src/ui', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'shared').map((d) => d.name);

/** Forbids importing every room but `own`. */
const onlyCoreAndMessages = (own) => ({
  files: [`src/${own}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': ['error', { patterns: rooms.filter((r) => r !== own).map((r) => (own === 'server' && r === 'ui' ? uiButShared : roomPattern(r))) }],
  },
});

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', '.kuzet-profile*/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Shipped code never parses HTML from data; tests may build DOM from literals they wrote.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never innerHTML: use textContent.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Never outerHTML: use textContent.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never parse HTML from data.' },
      ],
    },
  },
  ...rooms.map(onlyCoreAndMessages),
  {
    // src/ui/shared also runs on the list server's pages: nothing of the extension inside.
    files: ['src/ui/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rooms.filter((r) => r !== 'ui').map(roomPattern),
            { group: [...uiFoldersButShared.flatMap((d) => [`../${d}/**`, `**/ui/${d}/**`]), '**/messages', '**/messages.ts', 'webextension-polyfill', 'dexie'], message: 'src/ui/shared has no connector, message or browser API: it also runs on the server pages.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...['browser', 'chrome'].map((name) => ({ name, message: 'src/ui/shared also runs outside the extension.' }))],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rooms.map(roomPattern),
            { group: ['**/messages', '**/messages.ts'], message: 'core imports nothing of ours.' },
            { group: ['webextension-polyfill', 'dexie', 'preact', 'preact/*'], message: 'core is pure: no browser, storage or UI.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'browser', 'chrome', 'navigator', 'location', 'localStorage', 'indexedDB'].map((name) => ({
          name,
          message: 'src/core runs in Node and the worker: no DOM or browser globals.',
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time comes in as an argument in src/core.' },
        { object: 'performance', property: 'now', message: 'Time comes in as an argument in src/core.' },
        { object: 'Math', property: 'random', message: 'src/core is deterministic.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time comes in as an argument in src/core.' },
      ],
    },
  },
);
