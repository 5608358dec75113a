import { startServer } from './app.js';
import { readConfig } from './config.js';
import { loadPetitions } from './petitions.js';
import { partnerSnippet } from './snippet.js';

// A log reader that went away (a closed pipe) must not take signing down with it: the log stops, the server goes on.
let logging = true;
process.stdout.on('error', () => (logging = false));

/** Starts the petition server from environment variables; SIGTERM or SIGINT shut it down cleanly. */
const config = readConfig();
const server = await startServer(config, { log: (line) => logging && console.log(line) });
console.log(`Campaign page: ${server.url}`);
const [petition] = loadPetitions(config.petitionsFile).values();
console.log(
  `\nWhat a partner pastes (and the partner's origin goes in ALLOWED_ORIGINS):\n${partnerSnippet(server.url, config.siteRoot, petition)}\n`,
);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    // A second signal means "now": the operator does not want to wait for slow clients.
    if (stopping) process.exit(1);
    stopping = true;
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('shutdown failed:', error);
        process.exit(1);
      },
    );
  });
}
