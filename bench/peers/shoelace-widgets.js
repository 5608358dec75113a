// A peer: Shoelace's components standing in for ours where it has them (card, progress bar, button; dialog and details
// for the sign-up dialog and the content note, loaded as ours are), cherry-picked and bundled as its docs advise, with
// the small script a partner would write for the count (one request per petition per refresh, as ours).
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/card/card.js';
import '@shoelace-style/shoelace/dist/components/details/details.js';
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import '@shoelace-style/shoelace/dist/components/progress-bar/progress-bar.js';

const format = new Intl.NumberFormat(document.documentElement.lang || 'en');
const counters = [...document.querySelectorAll('.counter[data-petition]')];
for (const petition of new Set(counters.map((counter) => counter.dataset.petition))) {
  const mine = counters.filter((counter) => counter.dataset.petition === petition);
  const refresh = async () => {
    const { count } = await (await fetch(petition, { credentials: 'omit' })).json();
    for (const counter of mine) {
      counter.querySelector('.value').textContent = format.format(count);
      counter.querySelector('.label').textContent = 'signatures';
      counter.querySelector('sl-progress-bar').value = (100 * count) / Number(counter.dataset.goal);
    }
    setTimeout(refresh, 30_000);
  };
  refresh();
}
