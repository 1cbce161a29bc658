// The one place that knows which Chromium to start and how: tests and the benchmark share it.
// No tool downloads a browser: set CHROME_PATH to use your own Chrome or Chromium.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function chromePath() {
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chrome or Chromium found. Install it (Debian: apt-get install -y chromium) ' +
        'or set CHROME_PATH to its executable.',
    );
  }
  return found;
}

export const chromeArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
