// A partner's server (Eleventy, Astro, a Node app) rendering a campaign page with @lit-labs/ssr: every element,
// with its content in the HTML and its shadow root declarative. Prints the page.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'campaign-widgets';
import 'campaign-widgets/sign-form.js';

const PETITION = '/api/petitions/close-the-camps';

const widgets = html`
  <cw-fact-box
    id="figure"
    value="1000000"
    value-prefix="Up to"
    label="people held in camps"
    source="Amnesty International, 2018"
    source-href="https://www.amnesty.org/"
    >The fate of most of them is unknown.</cw-fact-box
  >
  <section lang="fr">
    <cw-fact-box
      id="figure-fr"
      value="6000"
      label="personnes dans un seul camp"
      source="Amnesty International"
    ></cw-fact-box>
  </section>
  <cw-testimony-card
    id="testimony"
    name="Gulzire"
    relation="Sister of a missing Uighur PhD student"
    source="Amnesty International, 2018"
  >
    <blockquote lang="ug">ئۇيغۇرلارغا بولۇۋاتقان ئىشلارنى يىراقتىن كۆرۈپ يىغلايمەن.</blockquote>
    <blockquote slot="translation">
      It makes me cry to watch from afar what is happening to the Uighur people.
    </blockquote>
  </cw-testimony-card>
  <cw-signature-counter id="counter" petition=${PETITION} count="713402" goal="1000000" live></cw-signature-counter>
  <cw-action-button id="sign" petition=${PETITION}><a href="${PETITION}/form">Sign the petition</a></cw-action-button>
  <cw-action-button id="act" href="act.html#now" utm-source="partner-blog"
    ><a href="act.html#now">Take action now</a></cw-action-button
  >
  <cw-sign-form
    id="form"
    petition=${PETITION}
    consent-text="I agree that my name and country are stored."
  ></cw-sign-form>
`;

const body = await collectResult(render(widgets));
process.stdout.write(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Server-rendered campaign page</title>
    <script type="module" src="/client.js"></script>
  </head>
  <body>
    <main>${body}</main>
  </body>
</html>
`);
