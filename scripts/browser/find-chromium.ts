// Finds a Chromium-family browser on this machine. Kuzet never downloads a browser:
// tests and the demo use the system one (Debian's `chromium`), or CHROME_PATH when set.
import { accessSync, constants } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export class BrowserNotFoundError extends Error {
  constructor(detail: string) {
    super(
      `${detail}\nKuzet needs Chromium to run. On Debian/Ubuntu: sudo apt-get install chromium\n` +
        'Or point CHROME_PATH at a Chromium or Chrome executable: CHROME_PATH=/path/to/chrome npm start',
    );
    this.name = 'BrowserNotFoundError';
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const override = env['CHROME_PATH'];
  if (override) {
    // An explicit choice that does not work is an error, not a reason to pick another browser.
    if (!isExecutable(override)) throw new BrowserNotFoundError(`CHROME_PATH=${override} is not an executable file.`);
    return override;
  }
  const found = CANDIDATES.find(isExecutable);
  if (!found) throw new BrowserNotFoundError(`No Chromium found (looked at ${CANDIDATES.join(', ')}).`);
  return found;
}
