// The same widgets twice: through campaign-widgets/react's components, and as plain tags in JSX (typed by the same
// entry). Each writes what its events said into the page, where the test reads it.
import { useState } from 'react';
import 'campaign-widgets';
import { ActionButton, FactBox, SignatureCounter, TestimonyCard } from 'campaign-widgets/react';

function Wrappers() {
  const [counts, setCounts] = useState<string[]>([]);
  const [actions, setActions] = useState<string[]>([]);
  return (
    <section id="wrappers">
      <FactBox
        value="1000000"
        valuePrefix="Up to"
        label="people held in camps"
        source="Amnesty International, 2018"
        sourceHref="https://www.amnesty.org/"
        strings={{ sourceLabel: 'Quelle :' }}
      />
      <TestimonyCard name="Gulzire" relation="former detainee">
        I was held for a year.
      </TestimonyCard>
      <SignatureCounter
        petition="/api/petitions/free-them"
        goal={5000}
        onCwCountChange={(event) => setCounts((all) => [...all, `${event.detail.count}/${event.detail.goal}`])}
      />
      <ActionButton
        href="https://example.org/act"
        target="_blank"
        onCwAction={(event) => setActions((all) => [...all, `${event.detail.mode} ${event.detail.url}`])}
      >
        Act now
      </ActionButton>
      <output className="count-events">{counts.join(' ')}</output>
      <output className="action-events">{actions.join(' ')}</output>
    </section>
  );
}

function Tags() {
  const [counts, setCounts] = useState<string[]>([]);
  const [actions, setActions] = useState<string[]>([]);
  return (
    <section id="tags">
      <cw-fact-box
        value="1000000"
        value-prefix="Up to"
        label="people held in camps"
        source="Amnesty International, 2018"
        source-href="https://www.amnesty.org/"
        strings={{ sourceLabel: 'Quelle :' }}
      />
      <cw-testimony-card name="Gulzire" relation="former detainee">
        I was held for a year.
      </cw-testimony-card>
      <cw-signature-counter
        petition="/api/petitions/free-them"
        goal={5000}
        oncw-count-change={(event) => setCounts((all) => [...all, `${event.detail.count}/${event.detail.goal}`])}
      />
      <cw-action-button
        href="https://example.org/act"
        target="_blank"
        oncw-action={(event) => setActions((all) => [...all, `${event.detail.mode} ${event.detail.url}`])}
      >
        Act now
      </cw-action-button>
      <output className="count-events">{counts.join(' ')}</output>
      <output className="action-events">{actions.join(' ')}</output>
    </section>
  );
}

export function App() {
  return (
    <>
      <Wrappers />
      <Tags />
    </>
  );
}
