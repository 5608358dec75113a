// A scriptable petition backend for the browser tests, served by the test runner under /mock-petition/.
// Each test names its own petition id, so stores and counters never leak from one test to the next.
//   GET  /mock-petition/:id            the count, as the petition contract says (or what the test scripted)
//   GET  /mock-petition/:id/events     server-sent `count` events: the count on connect and after each change
//   POST /mock-petition/:id/control    JSON merged into the petition's state: { count, goal, status, body,
//                                      delayMs, eventsStatus, end: true (ends open streams), heartbeatMs
//                                      (announced on connect, then a heartbeat comment that often),
//                                      silent (streams stay open but send nothing more,
//                                      not even the count on connect) }
//   GET  /mock-petition/:id/stats      { requests, eventRequests, openStreams, lastHeaders }
import { PassThrough } from 'node:stream';
// Built by `npm run build` (as the reference server the browser tests also start).
import { countEventText, HEARTBEAT_TEXT } from '../../../dist/contract/petition.js';

const PREFIX = '/mock-petition/';
const petitions = new Map();

function petition(id) {
  if (!petitions.has(id)) {
    petitions.set(id, {
      count: 0,
      goal: undefined,
      status: 200,
      body: undefined,
      delayMs: 0,
      eventsStatus: 200,
      requests: 0,
      eventRequests: 0,
      streams: new Set(),
      lastHeaders: {},
    });
  }
  return petitions.get(id);
}

const countEvent = (count, heartbeatMs) => countEventText({ count, heartbeatMs });

async function readJson(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  return JSON.parse(text || '{}');
}

export async function petitionBackend(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const [id, action = ''] = ctx.path.slice(PREFIX.length).split('/');
  const state = petition(id);
  ctx.set('cache-control', 'no-store');

  if (action === 'control' && ctx.method === 'POST') {
    const { end, ...patch } = await readJson(ctx.req);
    const countChanged = 'count' in patch && patch.count !== state.count;
    Object.assign(state, patch);
    if (countChanged && !state.silent) for (const stream of state.streams) stream.write(countEvent(state.count));
    if (end) for (const stream of state.streams) stream.end();
    ctx.body = { ok: true };
    return;
  }
  if (action === 'stats') {
    const { requests, eventRequests, streams, lastHeaders } = state;
    ctx.body = { requests, eventRequests, openStreams: streams.size, lastHeaders };
    return;
  }
  const { referer, cookie, origin } = ctx.headers;
  state.lastHeaders = { referer, cookie, origin };
  if (action === 'events') {
    state.eventRequests++;
    if (state.eventsStatus !== 200) {
      ctx.status = state.eventsStatus;
      ctx.body = 'no stream here';
      return;
    }
    const stream = new PassThrough();
    ctx.status = 200;
    ctx.set('content-type', 'text/event-stream');
    ctx.body = stream;
    // A silent petition's stream says nothing on connect either, as some backends' streams do.
    stream.write(': hello\n\n' + (state.silent ? '' : countEvent(state.count, state.heartbeatMs)));
    state.streams.add(stream);
    const heartbeat =
      state.heartbeatMs && setInterval(() => state.silent || stream.write(HEARTBEAT_TEXT), state.heartbeatMs);
    const forget = () => {
      clearInterval(heartbeat);
      state.streams.delete(stream);
    };
    ctx.req.on('close', forget);
    stream.on('close', forget);
    return;
  }
  state.requests++;
  if (state.delayMs) await new Promise((resolve) => setTimeout(resolve, state.delayMs));
  ctx.status = state.status;
  ctx.type = 'application/json';
  ctx.body = state.body ?? JSON.stringify({ count: state.count, goal: state.goal });
}
