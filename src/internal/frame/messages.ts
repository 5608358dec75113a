import { isCount } from '../../contract/petition.js';

/**
 * The frame protocol's messages, between the framed form (the petition's origin, `frame-channel.ts`) and the
 * `<cw-action-button>` that framed it (the partner's page, `frame-host.ts`). Each side sends only to the other's exact
 * origin and accepts a message only when both its origin and its source window match.
 */

/** Frame → page. */
export type FrameMessage =
  /** The form is ready; `height` is its content height in CSS px, so the dialog can fit it. */
  | { type: 'cw-sign-ready'; height: number }
  /** The form's height changed (errors shown, success panel). */
  | { type: 'cw-sign-resize'; height: number }
  /** A signature was accepted; the new public count, never anything the signer typed. */
  | { type: 'cw-sign-signed'; count: number }
  /** The reader asked to close (Escape or a close button inside the frame). */
  | { type: 'cw-sign-close' };

/** Page → frame. */
export type PageMessage =
  /** Move focus to the first field: the dialog just opened. */
  { type: 'cw-sign-focus' };

const FRAME_MESSAGE_TYPES = new Set<string>(['cw-sign-ready', 'cw-sign-resize', 'cw-sign-signed', 'cw-sign-close']);

/** Narrows untrusted message data to a well-formed frame message (numbers finite and non-negative). */
export function asFrameMessage(data: unknown): FrameMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  if (typeof message.type !== 'string' || !FRAME_MESSAGE_TYPES.has(message.type)) return undefined;
  const isHeight = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
  if (message.type === 'cw-sign-signed' && !isCount(message.count)) return undefined;
  if ((message.type === 'cw-sign-ready' || message.type === 'cw-sign-resize') && !isHeight(message.height))
    return undefined;
  return message as FrameMessage;
}
