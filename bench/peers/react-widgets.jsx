// A peer: the same four widgets written in React 19, as a partner's React developer would write them, drawing the same
// DOM as ours (so the plain-DOM floor's CSS styles them): the figure counts up once when first seen, counters of one
// petition share one request per refresh and can be paused, the button is a link or opens a framed sign-up dialog.
// English only: the strings our widgets localise are written in.
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';

const lang = document.documentElement.lang || 'en';
const format = (value) => new Intl.NumberFormat(lang).format(value);

/** Eases a number from 0 to `target` over 1.2 s, once the element is first seen (at once under reduced motion). */
function useCountUpOnce(target, ref) {
  const [value, setValue] = useState(target);
  useEffect(() => {
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) return undefined;
    let frame = 0;
    const observer = new IntersectionObserver(([entry]) => {
      if (!entry.isIntersecting) return;
      observer.disconnect();
      const start = performance.now();
      const step = (now) => {
        const progress = Math.min(1, (now - start) / 1200);
        setValue(Math.round(target * (1 - (1 - progress) ** 3)));
        if (progress < 1) frame = requestAnimationFrame(step);
      };
      frame = requestAnimationFrame(step);
    });
    observer.observe(ref.current);
    return () => (observer.disconnect(), cancelAnimationFrame(frame));
  }, [target, ref]);
  return value;
}

/** A number drawn over an invisible copy of its final value, so its width never changes as it counts. */
function Tweened({ final, frame }) {
  return (
    <>
      <span className="visually-hidden">{final}</span>
      <span className="reserve" aria-hidden="true">
        {final}
      </span>
      <span aria-hidden="true">{frame}</span>
    </>
  );
}

export function FactBox({ value, prefix, label, source }) {
  const ref = useRef(null);
  const frame = useCountUpOnce(value, ref);
  return (
    <div className="cw-fact-box" ref={ref}>
      <div className="fact-box">
        <p className="figure">
          {prefix && <span className="prefix">{prefix}</span>}
          <span className="value tweened-number">
            <Tweened final={format(value)} frame={format(frame)} />
          </span>
          {label && <span className="label">{label}</span>}
        </p>
        {source && <p className="source">Source: {source}</p>}
      </div>
    </div>
  );
}

export function TestimonyCard({ text, name, relation }) {
  return (
    <div className="cw-testimony-card">
      <figure className="card">
        <div className="quote" tabIndex={-1} role="group" aria-label="Testimony">
          <p>{text}</p>
        </div>
        <figcaption>
          <span className="who">
            <span className="name">{name}</span>
            <span>{relation}</span>
          </span>
        </figcaption>
      </figure>
    </div>
  );
}

// One store per petition: one request per refresh however many counters show it; paused for the whole page.
const stores = new Map();
let paused = false;
function petitionStore(petition, intervalMs) {
  if (stores.has(petition)) return stores.get(petition);
  const listeners = new Set();
  let state = {};
  let timer = 0;
  const notify = () => listeners.forEach((listener) => listener());
  const refresh = async () => {
    try {
      const { count, goal } = await (await fetch(petition, { credentials: 'omit' })).json();
      state = { count, goal };
      notify();
    } finally {
      if (listeners.size && !paused) timer = setTimeout(refresh, intervalMs);
    }
  };
  const store = {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) refresh();
      return () => {
        listeners.delete(listener);
        if (!listeners.size) clearTimeout(timer);
      };
    },
    get: () => state,
    togglePause() {
      paused = !paused;
      clearTimeout(timer);
      if (!paused) refresh();
      notify();
    },
  };
  stores.set(petition, store);
  return store;
}

export function SignatureCounter({ petition, goal, interval = 30 }) {
  const store = petitionStore(petition, interval * 1000);
  const state = useSyncExternalStore(store.subscribe, store.get);
  const count = state.count;
  const shownGoal = goal ?? state.goal;
  return (
    <div className="cw-signature-counter">
      <div className="counter" aria-busy={count === undefined}>
        <p className="figure">
          {count === undefined ? (
            <>
              <span className="value strut" aria-hidden="true">
                {'\u200b'}
              </span>
              <span className="label loading">Loading the count…</span>
            </>
          ) : (
            <>
              <span className="value tweened-number">
                <Tweened final={format(count)} frame={format(count)} />
              </span>
              <span className="label"> signatures</span>
            </>
          )}
        </p>
        {count !== undefined && shownGoal !== undefined ? (
          <>
            <progress
              className="progress"
              max={shownGoal}
              value={Math.min(count, shownGoal)}
              aria-label={`${format(count)} of ${format(shownGoal)} signatures`}
            />
            <p className="goal" aria-hidden="true">
              Goal: {format(shownGoal)}
            </p>
          </>
        ) : (
          <>
            <progress className="progress reserve" aria-hidden="true" />
            <p className="goal" aria-hidden="true">
              {'\u200b'}
            </p>
          </>
        )}
        <button className="pause" type="button" onClick={store.togglePause}>
          {paused ? 'Resume live updates' : 'Pause live updates'}
        </button>
      </div>
    </div>
  );
}

export function ActionButton({ href, petition, children }) {
  const dialog = useRef(null);
  const [open, setOpen] = useState(false);
  if (!petition) {
    return (
      <div className="cw-action-button">
        <a className="button" href={href}>
          {children}
        </a>
      </div>
    );
  }
  return (
    <div className="cw-action-button">
      <button
        className="button"
        type="button"
        aria-haspopup="dialog"
        onClick={() => (setOpen(true), dialog.current.showModal())}
      >
        {children}
      </button>
      <dialog ref={dialog} aria-label={children} onClose={() => setOpen(false)}>
        <button className="close" type="button" aria-label="Close" onClick={() => dialog.current.close()}>
          ×
        </button>
        {open && <iframe title={children} src={`${petition}/form`} referrerPolicy="no-referrer" />}
      </dialog>
    </div>
  );
}

function Group({ kind, petition }) {
  switch (kind) {
    case 'fact':
      return <FactBox value={1_000_000} prefix="Up to" label="people detained" source="Amnesty International" />;
    case 'quote':
      return (
        <TestimonyCard
          text="It makes me cry to watch from afar…"
          name="Gulzire"
          relation="Sister of a missing Uighur PhD student"
        />
      );
    case 'counter':
      return <SignatureCounter petition={petition} goal={1_000_000} />;
    default:
      return <ActionButton href="#act">Take action now</ActionButton>;
  }
}

const KINDS = ['fact', 'quote', 'counter', 'action'];
const root = document.getElementById('root');
let rendered;
window.__reactRendered = new Promise((resolve) => (rendered = resolve));
function App() {
  useEffect(() => rendered(), []);
  return Array.from({ length: Number(root.dataset.n) }, (_, index) => (
    <Group key={index} kind={KINDS[index % 4]} petition={root.dataset.petition} />
  ));
}
createRoot(root).render(<App />);
