import { startServer } from './app.js';
import { readConfig } from './config.js';

// A log reader that went away (a closed pipe) must not take signing down with it: the log stops, the server goes on.
let logging = true;
process.stdout.on('error', () => (logging = false));

/** Starts the petition server from environment variables; SIGTERM or SIGINT shut it down cleanly. */
const server = await startServer(readConfig(), { log: (line) => logging && console.log(line) });
console.log(`Campaign page: ${server.url}`);

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
