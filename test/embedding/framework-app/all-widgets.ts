// A partner's app that installs campaign-widgets from npm and registers every element.
import { SignatureCounter, type SignedDetail } from 'campaign-widgets';

const counter = document.createElement('cw-signature-counter');
counter.petition = '/petition';
counter.goal = 5;
counter.notation = 'compact';
// @ts-expect-error goal is a number, so the types are real and not `any`
counter.goal = 'five';
const box = document.createElement('cw-fact-box');
box.value = '1000000';
box.valuePrefix = 'Up to';
const card = document.createElement('cw-testimony-card');
card.name = 'Gulzire';
card.contentNote = 'Describes torture';
const button = document.createElement('cw-action-button');
button.petition = '/petition';
button.inline = false;
document.addEventListener('cw-signed', (event) => {
  const detail: SignedDetail = event.detail;
  document.title = `${detail.count}`;
});
document.body.append(box, card, counter, button);
export const isCounter = counter instanceof SignatureCounter;
