// Never run: type-checked only. The package's own types, which every app gets with or without a framework: each tag
// in HTMLElementTagNameMap with its class, each event in GlobalEventHandlersEventMap with its detail.
import { SignatureCounter, type SignedDetail } from 'campaign-widgets';

const counter = document.createElement('cw-signature-counter');
counter.petition = '/api/petitions/free-them';
counter.goal = 5;
// @ts-expect-error goal is a number
counter.goal = 'five';
const box = document.createElement('cw-fact-box');
box.valuePrefix = 'Up to';
// @ts-expect-error notation is 'standard' or 'compact'
box.notation = 'huge';
document.addEventListener('cw-signed', (event) => {
  const detail: SignedDetail = event.detail;
  // @ts-expect-error a signature's detail is { petition, count }
  detail.url;
});
export const isCounter = counter instanceof SignatureCounter;
