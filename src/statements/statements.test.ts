import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawDocument } from '../document/types.js';
import { prepareDocument } from '../pipeline/prepare.js';

/** Statements of an invented article as [form, speaker words → actor name or id, cue, quote]. */
function statements(text: string, published: string | null = '2025-03-19', format: RawDocument['format'] = 'jsonl') {
  const doc = prepareDocument({ source: 't', origin: 't', format, text, published });
  return doc.statements.map((s) => ({
    form: s.form,
    speaker: s.speaker ? text.slice(...s.speaker.span) : null,
    actor: s.speaker?.actor ?? null,
    cue: s.cue ? text.slice(...s.cue.span) : null,
    act: s.cue?.act ?? null,
    addressee: s.addressee ? text.slice(...s.addressee.span) : null,
    quote: text.slice(...s.quote),
  }));
}

test('direct quotes in every German style, speaker after, before or in the middle', () => {
  const styles = ['„…“', '»…«', '«…»', '"…"', '“…”'];
  for (const marks of styles) {
    const [open, close] = [marks[0]!, marks.at(-1)!];
    const s = statements(`${open}Das kann nicht akzeptiert werden${close}, sagte Kallas am Mittwoch in Brüssel.`);
    assert.deepEqual(s.map((x) => [x.form, x.speaker, x.actor, x.cue, x.quote]), [['direct', 'Kallas', 'kaja-kallas', 'sagte', 'Das kann nicht akzeptiert werden']], marks);
  }
  const before = statements('Die EU-Außenbeauftragte Kaja Kallas sagte: „Man kann Russland nicht trauen. Das haben wir gelernt.“');
  assert.deepEqual(before.map((x) => [x.form, x.actor, x.quote]), [['direct', 'kaja-kallas', 'Man kann Russland nicht trauen. Das haben wir gelernt.']]);
  const middle = statements('„Wir sind bereit“, sagte Selenskyj, „aber nicht um jeden Preis.“');
  assert.deepEqual(middle.map((x) => [x.speaker, x.quote]), [['Selenskyj', 'Wir sind bereit'], ['Selenskyj', 'aber nicht um jeden Preis.']]);
});

test('a quote in the next sentence without a cue continues the same speaker', () => {
  const s = statements('„Die Lage ist ernst“, sagte Hegseth in Brüssel. „Europa muss mehr für seine Sicherheit tun.“');
  assert.deepEqual(s.map((x) => [x.form, x.actor, x.cue]), [['direct', 'pete-hegseth', 'sagte'], ['direct', 'pete-hegseth', null]]);
});

test('headline attribution: "Kallas: …"', () => {
  const text = 'Kallas: Man kann Russland nicht trauen\n\nDie EU-Außenbeauftragte äußerte sich in Brüssel.';
  const s = statements(text, '2025-03-19', 'txt');
  assert.deepEqual(s.map((x) => [x.form, x.speaker, x.actor, x.quote]), [['direct', 'Kallas', 'kaja-kallas', 'Man kann Russland nicht trauen']]);
});

test('indirect speech: cue before or after, dass-clauses, separable cues, Konjunktiv continuations', () => {
  const after = statements('Die Chancen für eine Einigung stünden gut, sagte er. Trump hatte zuvor mit Putin gesprochen.');
  assert.equal(after[0]!.quote, 'Die Chancen für eine Einigung stünden gut');
  assert.equal(after[0]!.speaker, 'er');
  const sep = statements('Trump teilte am Mittwoch mit, er habe ein langes Telefonat mit Putin geführt. Beide hätten fast anderthalb Stunden gesprochen. Das Weiße Haus schwieg.');
  assert.deepEqual(sep.map((x) => [x.form, x.actor, x.cue, x.act, x.quote]), [
    ['indirect', 'donald-trump', 'teilte', 'report', 'er habe ein langes Telefonat mit Putin geführt'],
    ['free-indirect', 'donald-trump', null, null, 'Beide hätten fast anderthalb Stunden gesprochen'],
  ]);
  const dass = statements('Der Kreml erklärte am Abend, dass die Angriffe auf Energieanlagen ausgesetzt würden.');
  assert.deepEqual(dass.map((x) => [x.actor, x.cue, x.quote]), [['kreml', 'erklärte', 'dass die Angriffe auf Energieanlagen ausgesetzt würden']]);
  const hint = statements('Erste Schritte seien bereits eingeleitet, deutete Selenskyj an.');
  assert.deepEqual(hint.map((x) => [x.actor, x.cue, x.act]), [['wolodymyr-selenskyj', 'deutete', 'say']]);
  const two = statements('Das müsse schnell gehen, sagte der Pentagon-Chef und betonte, die USA würden keine Soldaten schicken.', '2025-02-12');
  assert.deepEqual(two.map((x) => [x.actor, x.cue, x.quote]), [
    ['pete-hegseth', 'sagte', 'Das müsse schnell gehen'], ['pete-hegseth', 'betonte', 'die USA würden keine Soldaten schicken'],
  ]);
});

test('source phrases: laut, zufolge, nach Angaben, wie … mitteilte, hieß es aus', () => {
  const laut = statements('Laut Kreml wollen beide Seiten jeweils 175 Gefangene austauschen.');
  assert.deepEqual(laut.map((x) => [x.speaker, x.cue, x.quote]), [['Kreml', 'Laut', 'wollen beide Seiten jeweils 175 Gefangene austauschen']]);
  const zufolge = statements('Dem Kreml zufolge wollen Russland und die Ukraine am Mittwoch Gefangene austauschen.');
  assert.deepEqual(zufolge.map((x) => [x.actor, x.cue]), [['kreml', 'zufolge']]);
  const angaben = statements('Nach Angaben von Präsident Wolodymyr Selenskyj sollen noch in dieser Woche Gespräche stattfinden.');
  assert.deepEqual(angaben.map((x) => [x.actor, x.cue]), [['wolodymyr-selenskyj', 'Nach Angaben']]);
  const wie = statements('Vereinbart wurde eine Pause der Angriffe für 30 Tage, wie die US-Regierung mitteilte.');
  assert.deepEqual(wie.map((x) => [x.actor, x.quote]), [['usa', 'Vereinbart wurde eine Pause der Angriffe für 30 Tage']]);
  const hiess = statements('Beide Präsidenten wollten in Kontakt bleiben, hieß es weiter aus Moskau.');
  assert.deepEqual(hiess.map((x) => [x.speaker, x.actor]), [['Moskau', 'russland']]);
});

test('mixed quotes and reported speech acts with a noun-phrase message; the addressee', () => {
  const mixed = statements('Ein Frieden müsse „robuste Sicherheitsgarantien enthalten“, sagte Hegseth.');
  assert.deepEqual(mixed.map((x) => [x.form, x.actor]), [['mixed', 'pete-hegseth']]);
  const reported = statements('Mit Blick auf eine Waffenruhe verlangte Putin von Trump ein Ende der Militärhilfe für die Ukraine.');
  assert.deepEqual(reported.map((x) => [x.form, x.actor, x.act, x.addressee]), [['reported', 'wladimir-putin', 'demand', 'Trump']]);
  assert.match(reported[0]!.quote, /ein Ende der Militärhilfe für die Ukraine$/);
  // the quoted words in a reported speech act are the speaker's own: a direct statement too
  const named = statements('Kallas nannte den Plan des Kreml „zynisch“.');
  assert.deepEqual(named.map((x) => [x.form, x.actor, x.quote]), [['reported', 'kaja-kallas', 'Kallas nannte den Plan des Kreml „zynisch“'], ['direct', 'kaja-kallas', 'zynisch']]);
  const welt = statements('„Die Truppen müssen gut ausgerüstet sein“, sagte Kallas der „Welt“.', '2025-08-20');
  assert.deepEqual(welt.map((x) => [x.speaker, x.addressee]), [['Kallas', 'der „Welt“']]);
  const appeal = statements('Außenministerin Annalena Baerbock appellierte an Trump, keine Zugeständnisse zu machen.');
  assert.deepEqual(appeal.map((x) => [x.actor, x.act, x.quote]), [['annalena-baerbock', 'appeal', 'keine Zugeständnisse zu machen']]);
});

test('not statements: outlets in quotes, scare quotes, titles, a negated speech act', () => {
  assert.deepEqual(statements('Das berichteten "Politico" und die "New York Times" am Abend.').filter((x) => x.form === 'direct'), []);
  assert.deepEqual(statements('Die sogenannte „Koalition der Willigen“ trifft sich in Paris.'), []);
  assert.deepEqual(statements('Er las den Roman „Krieg und Frieden“ im Urlaub.'), []);
  assert.deepEqual(statements('Details nannte er aber nicht.'), []);
  // "drohen" speaks only with "mit": a threat, not a penalty someone faces
  assert.deepEqual(statements('Ihm drohen bis zu zehn Jahre Haft.'), []);
  assert.deepEqual(statements('Medwedew drohte angesichts der Pläne mit Krieg gegen die Nato.').map((x) => [x.form, x.act]), [['reported', 'threaten']]);
  assert.deepEqual(statements('Die Organisation nennt sich „Koalition der Willigen“ und trifft sich in Paris.'), []);
});

test('Konjunktiv continuations keep the speaker until the mood breaks; a run in one paragraph is one statement', () => {
  const s = statements('Der Kreml bestätigte, Putin habe Trump eingeladen. Beide hätten lange telefoniert. Es sei auch um den Nahen Osten gegangen. '
    + 'Das Weiße Haus äußerte sich nicht. Die Lage sei ernst.');
  assert.deepEqual(s.map((x) => [x.form, x.actor, x.quote]), [
    ['indirect', 'kreml', 'Putin habe Trump eingeladen'],
    ['free-indirect', 'kreml', 'Beide hätten lange telefoniert. Es sei auch um den Nahen Osten gegangen'],
  ]);
});

test('a subject with an apposition, and a message that ends where the speaker acts again', () => {
  const a = statements('Erika Beispiel, Präsidentin des Verbands, sagte, dass die Lage sich bessere.');
  assert.deepEqual(a.map((x) => [x.speaker, x.quote]), [['Erika Beispiel, Präsidentin des Verbands', 'dass die Lage sich bessere']]);
  const b = statements('Dazu sagte Kallas, die Staaten müssten mehr tun und verwies auf die Zusagen vom Februar.');
  assert.deepEqual(b.map((x) => [x.actor, x.quote]), [['kaja-kallas', 'die Staaten müssten mehr tun']]);
});
