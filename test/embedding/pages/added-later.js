// What a CMS or a framework does: adds widgets after every script has run, some by markup, some one by one.
const later = document.createElement('section');
later.innerHTML = `
  <cw-fact-box id="later-markup" value="6000" value-prefix="Nearly" label="people in one camp"></cw-fact-box>
  <cw-action-button id="later-button" href="https://www.amnesty.org/">Take action now</cw-action-button>`;
const card = document.createElement('cw-testimony-card');
card.id = 'later-card';
card.name = 'Gulzire';
card.textContent = 'It makes me cry to watch from afar.';
const counter = document.createElement('cw-signature-counter');
counter.id = 'later-counter';
counter.petition = '/pages/reached-petition.json';
setTimeout(() => document.body.append(later, card, counter), 50);
