// How every test and tool here starts Chromium: the browser on the machine (Debian's chromium,
// a developer's Chrome, or CHROME_PATH), never a downloaded one, and never reaching the network.
import { Launcher } from 'chrome-launcher';

export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromePath() {
  const path = process.env.CHROME_PATH || Launcher.getFirstInstallation();
  if (!path) throw new Error('No Chrome or Chromium found: install Debian chromium or set CHROME_PATH.');
  return path;
}
