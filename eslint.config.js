// Lint rules, including the room boundaries of DESIGN.md: content, background, ui and
// server import only core and messages; core imports nothing of ours and no browser.
import tseslint from 'typescript-eslint';

const rooms = ['content', 'background', 'ui', 'server'];
const roomPattern = (room) => ({
  group: [`**/${room}/**`, `**/${room}`],
  message: `Rooms never import each other (DESIGN.md): move what two rooms need into src/core.`,
});

/** Forbids importing every room but `own`. */
const onlyCoreAndMessages = (own) => ({
  files: [`src/${own}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': ['error', { patterns: rooms.filter((r) => r !== own).map(roomPattern) }],
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
