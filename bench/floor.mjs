// The plain-DOM floor: what our four widgets draw, as static HTML with the same CSS, no shadow DOM and no script.
// Taken from the widgets themselves once they have rendered (and their count has arrived), so the floor is the same
// content and the same styles by construction: each shadow root's content becomes a light-DOM <div class="cw-…">, its
// slots replaced by what was slotted, and each widget's style sheets are scoped to that class (`:host` becomes the
// class, every other selector is prefixed with it). Whatever a page costs above this is the price of components.

/**
 * Runs in the page: `{ markup: { fact, quote, counter, action }, css, shadow }`; `shadow` holds, by tag, what each
 * widget draws as its shadow root holds it (`html`) and its style sheets as written (`css`), for the Lit page that draws
 * the same content from static templates.
 */
function snapshot() {
  const KINDS = {
    'cw-fact-box': 'fact',
    'cw-testimony-card': 'quote',
    'cw-signature-counter': 'counter',
    'cw-action-button': 'action',
  };
  const splitSelectors = (text) => {
    const parts = [];
    let depth = 0;
    let current = '';
    for (const char of text) {
      if (char === ',' && depth === 0) {
        parts.push(current.trim());
        current = '';
        continue;
      }
      if (char === '(') depth++;
      if (char === ')') depth--;
      current += char;
    }
    return [...parts, current.trim()];
  };
  const scopeSelector = (selector, scope) => {
    // A custom state or a slotted element has no meaning without the component: such rules are left out.
    if (/:state\(|::slotted/.test(selector)) return undefined;
    if (selector.startsWith(':host(')) return selector.replace(/^:host\((.*)\)/, `${scope}$1`);
    if (selector.startsWith(':host')) return selector.replace(/^:host/, scope);
    return `${scope} ${selector}`;
  };
  const scopeRules = (rules, scope) =>
    [...rules]
      .map((rule) => {
        if (rule instanceof CSSStyleRule) {
          const selectors = splitSelectors(rule.selectorText)
            .map((selector) => scopeSelector(selector, scope))
            .filter(Boolean);
          return selectors.length ? `${selectors.join(', ')} { ${rule.style.cssText} }` : '';
        }
        if (rule instanceof CSSMediaRule) return `@media ${rule.conditionText} { ${scopeRules(rule.cssRules, scope)} }`;
        return rule.cssText;
      })
      .join('\n');

  const markup = {};
  const css = [];
  const shadow = {};
  for (const [tag, kind] of Object.entries(KINDS)) {
    const element = document.querySelector(tag);
    const root = element.shadowRoot;
    const copy = document.createElement('div');
    copy.className = tag;
    for (const node of root.childNodes) copy.append(node.cloneNode(true));
    const originalSlots = [...root.querySelectorAll('slot')];
    // A hidden slot shows nothing (the button's label is drawn from its light DOM, not slotted).
    [...copy.querySelectorAll('slot')].forEach((slot, index) =>
      slot.replaceWith(
        ...(slot.hidden
          ? []
          : originalSlots[index].assignedNodes({ flatten: true }).map((node) => node.cloneNode(true))),
      ),
    );
    // A progress bar's value is a property Lit sets; the copy needs it as an attribute.
    const originalBars = [...root.querySelectorAll('progress')];
    [...copy.querySelectorAll('progress')].forEach((bar, index) =>
      bar.setAttribute('value', originalBars[index].value),
    );
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    comments.forEach((comment) => comment.remove());
    shadow[tag] = {
      html: copy.innerHTML,
      css: root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')),
    };
    markup[kind] = copy.outerHTML;
    css.push(`/* <${tag}> */`, ...root.adoptedStyleSheets.map((sheet) => scopeRules(sheet.cssRules, `.${tag}`)));
  }
  return { markup, css: css.join('\n'), shadow };
}

/** The floor's markup per widget kind, its CSS and the widgets' shadow content, from a page of the four widgets in `browser`. */
export async function takeFloor(browser, base) {
  const page = await browser.newPage();
  await page.goto(`${base}/bench/page?kind=widgets&n=4`);
  await page.evaluate(async () => (await window.__bench).renderedMs);
  // The count has arrived and the fact box has counted up: the floor shows what a reader sees in the end.
  await page.waitForFunction(() =>
    document.querySelector('cw-signature-counter').shadowRoot.querySelector('progress:not(.reserve)'),
  );
  await page.waitForTimeout(1500);
  const floor = await page.evaluate(snapshot);
  await page.close();
  return floor;
}
