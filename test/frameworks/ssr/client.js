// The page's script: Lit's hydration support first (before anything loads Lit), then the widgets, which take over
// the server's shadow roots instead of rendering them again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'campaign-widgets';
import 'campaign-widgets/sign-form.js';
