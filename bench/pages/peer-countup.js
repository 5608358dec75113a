// A peer: what a partner who wants animated figures would otherwise embed, countup.js from npm, on top of
// the plain-DOM floor. It animates the figures; the rest is the floor's.
import { CountUp } from '/node_modules/countup.js/dist/countUp.min.js';
import { render as renderFloor } from '/bench/pages/baseline.js';

export function render() {
  renderFloor();
  for (const figure of document.querySelectorAll('[data-baseline="fact"] strong'))
    new CountUp(figure, 1_000_000).start();
}
