import { fixture, html, waitUntil } from '@open-wc/testing';
import type { SignForm } from '../../../src/components/sign-form/sign-form.js';
import '../../../src/components/sign-form/define.js';

export const PETITION = 'https://petition.example/api/petitions/close-the-camps';

/** What a stubbed `fetch` answers, in order: a Response, an error to throw, or a promise to settle later. */
export type Reply = Response | Error | Promise<Response>;

export const json = (status: number, body: object, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** Replaces `fetch` on `target` (this window unless told) until `restore()`; records every call. */
export function stubFetch(replies: Reply[], target: Window & typeof globalThis = window) {
  const original = target.fetch;
  const calls: { url: string; init: RequestInit }[] = [];
  target.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    const reply = replies.shift();
    if (!reply) throw new Error('no reply left');
    if (reply instanceof Error) throw reply;
    return reply;
  };
  return {
    calls,
    /** The Idempotency-Key of each call so far. */
    keys: () => calls.map(({ init }) => new Headers(init.headers).get('Idempotency-Key')),
    restore: () => {
      target.fetch = original;
    },
  };
}

export async function signForm(
  lang = 'en',
  attributes = `petition="${PETITION}" share-url="https://campaign.example/close"`,
) {
  const wrapper = await fixture<HTMLDivElement>(
    `<div lang="${lang}"><cw-sign-form ${attributes}><span slot="consent">I agree to the <a href="/privacy">privacy policy</a></span></cw-sign-form></div>`,
  );
  const form = wrapper.querySelector('cw-sign-form')!;
  await form.updateComplete;
  return form;
}

export const $ = <T extends Element = HTMLInputElement>(form: SignForm, selector: string) =>
  form.shadowRoot!.querySelector<T>(selector)!;

/** Types into the form as a person would (each field gets an input event). */
export async function fill(
  form: SignForm,
  values: { name?: string; email?: string; consent?: boolean; country?: string } = {},
) {
  const { name = 'Ayşe Yılmaz', email = 'ayse@example.org', consent = true, country } = values;
  for (const [selector, value] of [
    ['#name', name],
    ['#email', email],
  ] as const) {
    $(form, selector).value = value;
    $(form, selector).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  $(form, '#consent').checked = consent;
  if (country !== undefined) {
    $<HTMLSelectElement>(form, '#country').value = country;
    $(form, '#country').dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  await form.updateComplete;
}

export async function submit(form: SignForm) {
  $<HTMLButtonElement>(form, '.submit').click();
  await form.updateComplete;
}

/** The text of the form-wide status line. */
export const statusText = (form: SignForm) => $(form, '[part="status"]').textContent!.trim();

/** Waits until the form has sent `calls` requests and shows the outcome of the last one. */
export async function settled(form: SignForm, stub: { calls: unknown[] }, calls = 1) {
  await waitUntil(() => stub.calls.length >= calls, `the form did not send ${calls} requests`);
  // The "sending" render may still be pending right after the request went out.
  await form.updateComplete;
  await waitUntil(() => $(form, 'form').getAttribute('aria-busy') === 'false', 'the form is still sending');
  await form.updateComplete;
}

export { html };
