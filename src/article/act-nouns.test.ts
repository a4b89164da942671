import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnnals } from '../annals.js';

// "the demand", "the offer": a noun naming an act reported before stands for that act's agent.
test('"rejected the demand" and "welcomed the offer" are coded toward the actor who made it', () => {
  const annals = createAnnals({ coder: { requireDyad: true } });
  const text =
    'Russia urged Georgia on Monday to withdraw its troops from the border. The Georgian government rejected the demand.\n\n' +
    'Turkey offered on Tuesday to host talks between the two countries. Georgia welcomed the offer.';
  const { events } = annals.codeDocument({ id: 't', path: 't.txt', text, date: '2008-05-06' });
  const dyads = events.map((e) => `${e.sentence} ${e.source.code}>${e.target?.code} ${e.cameo.slice(0, 2)}`);
  // A state named bare as the agent acts through its government, as it does as the source ("Russia urged" = RUSGOV).
  assert.ok(dyads.includes('1 GEOGOV>RUSGOV 12'), dyads.join('; '));
  assert.ok(dyads.some((d) => /^3 GEO\w*>TURGOV 0[345]$/.test(d)), dyads.join('; '));
});

test('"rejected the call" is coded toward the actor who called for it', () => {
  const annals = createAnnals({ coder: { requireDyad: true } });
  const text = 'Egypt called on Sudan on Sunday to reopen the border crossing. The Sudanese government rejected the call.';
  const { events } = annals.codeDocument({ id: 't', path: 't.txt', text, date: '2008-05-06' });
  const dyads = events.map((e) => `${e.sentence} ${e.source.code}>${e.target?.code} ${e.cameo.slice(0, 2)}`);
  assert.ok(dyads.some((d) => /^1 SDNGOV>EGY\w* 12$/.test(d)), dyads.join('; '));
});
