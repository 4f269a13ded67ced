// Finds a Chromium-family browser on this machine. Kuzet never downloads a browser:
// tests and the demo use the system one (Debian's `chromium`), or CHROME_PATH when set.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
// Where Debian, Ubuntu's snap and macOS put them, for shells whose PATH lacks them.
const KNOWN = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
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
  const onPath = (env['PATH'] ?? '').split(delimiter).filter(Boolean).flatMap((dir) => NAMES.map((n) => join(dir, n)));
  const found = [...onPath, ...KNOWN].find(isExecutable);
  if (!found) throw new BrowserNotFoundError(`No Chromium found (looked for ${NAMES.join(', ')} on PATH and at ${KNOWN.join(', ')}).`);
  return found;
}
