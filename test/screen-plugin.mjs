// Test-runner commands for what a page looks like, which @web/test-runner's own emulateMedia cannot do with the
// Chrome launcher (it passes only colour scheme and reduced motion to Puppeteer):
//   forced-colors { active }     emulates Windows High Contrast (forced-colors: active) through the DevTools protocol
//   screenshot { x, y, width, height }   a PNG of that part of the page, base64, for the test to read pixels from
export function screenPlugin() {
  const sessions = new Map();
  return {
    name: 'screen',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors' && command !== 'screenshot') return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'screenshot') {
        return page.screenshot({ encoding: 'base64', clip: payload, captureBeyondViewport: false });
      }
      let cdp = sessions.get(session.id);
      if (!cdp) sessions.set(session.id, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
