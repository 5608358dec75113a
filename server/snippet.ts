import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { petitionPath } from '../src/contract/petition.js';
import { VERSION } from '../src/internal/version.js';
import { escapeHtml } from './form-page.js';
import type { Petition } from './petitions.js';

/**
 * What a partner pastes to carry a petition of this server: the bundle from this release's versioned path (cached for
 * good) with its integrity value, and the petition's button with its link for readers without JavaScript, all with
 * the server's real origin. Without a built bundle there is nothing to paste, and it says so.
 */
export function partnerSnippet(serverUrl: string, siteRoot: string, petition: Petition | undefined): string {
  const sri = join(siteRoot, 'dist', 'campaign-widgets.js.sri');
  if (!existsSync(sri)) return 'No dist/campaign-widgets.js.sri: run `npm run build` for the snippet partners paste.';
  const integrity = readFileSync(sri, 'utf8').trim();
  const script = new URL(`dist/${VERSION}/campaign-widgets.js`, serverUrl).href;
  const lines = [
    `<script type="module" src="${escapeHtml(script)}" integrity="${escapeHtml(integrity)}" crossorigin="anonymous"></script>`,
  ];
  if (petition) {
    const url = new URL(petitionPath(petition.id), serverUrl).href;
    lines.push(
      `<cw-action-button petition="${escapeHtml(url)}"><a href="${escapeHtml(url)}/form">Sign the petition</a></cw-action-button>`,
    );
  }
  return lines.join('\n');
}
