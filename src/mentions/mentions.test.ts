import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawDocument } from '../document/types.js';
import { prepareDocument } from '../pipeline/prepare.js';
import { ActorFileError, loadKnowledgeBase } from '../actors/kb.js';
import { tempDir } from '../testing/fixtures.js';

const kb = loadKnowledgeBase();

function analyse(body: string, published: string | null, extra?: string[]) {
  const raw: RawDocument = { source: 't.jsonl', origin: 't', format: 'jsonl', text: body, published };
  const doc = prepareDocument(raw, extra ? loadKnowledgeBase(extra) : kb);
  const name = (id: string | null) => (id === null ? null : doc.localActors.find((a) => a.id === id)?.name ?? (extra ? loadKnowledgeBase(extra) : kb).actors.get(id)?.name ?? id);
  return {
    doc,
    /** The actor the n-th mention with this exact text resolves to (its name), or null. */
    who: (text: string, n = 0) => {
      const m = doc.mentions.filter((x) => x.text === text)[n];
      assert.ok(m, `no mention "${text}" in ${doc.mentions.map((x) => x.text).join(' | ')}`);
      return name(m.actor);
    },
    members: (text: string) => doc.mentions.find((x) => x.text === text)?.members?.map(name),
  };
}

test('"US-Präsident" is Biden in 2024 and Trump in 2025; a month with the handover stays open', () => {
  const body = 'Der US-Präsident warnte Moskau vor einer Eskalation.';
  assert.equal(analyse(body, '2024-06-12').who('Der US-Präsident'), 'Joe Biden');
  assert.equal(analyse(body, '2025-03-18').who('Der US-Präsident'), 'Donald Trump');
  assert.equal(analyse(body, '2025-01').who('Der US-Präsident'), null);
  // undated: no office holder is guessed
  assert.equal(analyse(body, null).who('Der US-Präsident'), null);
});

test('offices by date: Kremlchef, Pentagon-Chef, EU-Außenbeauftragte', () => {
  assert.equal(analyse('Der Kremlchef lehnte ab.', '2025-03').who('Der Kremlchef'), 'Wladimir Putin');
  assert.equal(analyse('Der Pentagon-Chef reiste nach Brüssel.', '2025-02-12').who('Der Pentagon-Chef'), 'Pete Hegseth');
  assert.equal(analyse('Die EU-Außenbeauftragte forderte mehr Hilfe.', '2025-03').who('Die EU-Außenbeauftragte'), 'Kaja Kallas');
  assert.equal(analyse('Der EU-Außenbeauftragte forderte mehr Hilfe.', '2024-05').who('Der EU-Außenbeauftragte'), 'Josep Borrell');
});

test('an undated article: a descriptor means the office holder it named before', () => {
  const a = analyse('US-Verteidigungsminister Pete Hegseth sprach in Brüssel. Danach sagte der Pentagon-Chef, Europa müsse mehr tun.', null);
  assert.equal(a.who('der Pentagon-Chef'), 'Pete Hegseth');
});

test('surnames, pronouns and party descriptors resolve to the person named before', () => {
  const a = analyse('Außenministerin Annalena Baerbock traf Kallas in Brüssel. Baerbock sagte, sie sei besorgt. '
    + 'Trump telefonierte mit Putin. Er sagte danach, das Gespräch sei gut gewesen. '
    + 'Später widersprach die Grünen-Politikerin. Bereits im Wahlkampf hatte der Republikaner behauptet, er könne den Krieg beenden.', '2025-03-11');
  assert.equal(a.who('Baerbock'), 'Annalena Baerbock');
  assert.equal(a.who('sie'), 'Annalena Baerbock');
  assert.equal(a.who('Er'), 'Donald Trump', 'the subject, not the person after "mit"');
  assert.equal(a.who('die Grünen-Politikerin'), 'Annalena Baerbock');
  assert.equal(a.who('der Republikaner'), 'Donald Trump');
  assert.equal(a.who('er'), 'Donald Trump');
});

test('"sie" with a plural verb is not a woman; a pronoun with no person nearby stays open', () => {
  const a = analyse('Kallas traf die Minister. Sie berieten lange.', '2025-03');
  assert.equal(a.who('Sie'), null);
  const b = analyse('Der Krieg dauert an. Er hat viele Opfer gefordert.', '2025-03');
  assert.equal(b.who('Er'), null);
});

test('plural descriptors name each office holder', () => {
  const a = analyse('Die Außenminister Russlands und der USA hatten am Samstag telefoniert.', '2025-03-16');
  assert.deepEqual(a.members('Die Außenminister Russlands und der USA'), ['Sergej Lawrow', 'Marco Rubio']);
  const b = analyse('Trump sprach mit Putin. Beide Präsidenten wollen weiter reden.', '2025-03');
  assert.deepEqual(b.members('Beide Präsidenten')?.sort(), ['Donald Trump', 'Wladimir Putin']);
});

test('persons introduced by a title become actors of the article; their surname resolves later', () => {
  const a = analyse('Regierungssprecherin Gerda Beispielfrau bestätigte das Treffen. Beispielfrau sagte, es gebe noch keinen Termin.', '2025-03');
  const local = a.doc.localActors.map((x) => [x.name, x.gender, x.introducedAs]);
  assert.deepEqual(local, [['Gerda Beispielfrau', 'f', 'Regierungssprecherin']]);
  assert.equal(a.who('Beispielfrau'), 'Gerda Beispielfrau');
  const b = analyse('Senator John Q. Beispiel sprach. Beispiel blieb.', '2025-03');
  assert.deepEqual(b.doc.localActors.map((x) => x.name), ['John Q. Beispiel']);
  // (a particle goes on to a name it does not know as a common noun: "zu Beginn" ends the name, "zu Guttenberg" does not)
  const c = analyse('Das musste Finanzminister Peer Beispielmann zu Beginn der Debatte einräumen. Minister Karl zu Guttenberg schwieg. Der Abgeordnete Hans von Stein sagte nichts.', '2025-03');
  assert.deepEqual(c.doc.localActors.map((x) => x.name), ['Peer Beispielmann', 'Karl zu Guttenberg', 'Hans von Stein']);
});

test('no actors from capitalized common words, headline verbs or places', () => {
  const a = analyse('Trump geht auf Putin zu! Die Chancen stünden gut. Sprecher Forderungen wurden laut. Das Treffen fand in Moskau statt.', '2025-03');
  assert.deepEqual(a.doc.localActors, []);
  assert.deepEqual(a.doc.mentions.map((m) => a.who(m.text)), ['Donald Trump', 'Wladimir Putin']);
  // the capital acting is the state
  assert.equal(analyse('Moskau lehnt den Vorschlag ab.', '2025-03').who('Moskau'), 'Russland');
});

test('inflected names and states: genitive, adjectives, "der Ukraine", the government', () => {
  const a = analyse('Putins Sprecher nannte die Forderungen Russlands berechtigt. Die russische Regierung schwieg, russische Angriffe auf Ziele in der Ukraine gingen weiter. Der Kreml und des Kremls Linie.', '2025-03');
  assert.equal(a.who('Putins'), 'Wladimir Putin');
  assert.equal(a.who('Russlands'), 'Russland');
  assert.equal(a.who('russische Regierung'), 'Russland');
  assert.equal(a.who('russische'), 'Russland');
  assert.equal(a.who('Ukraine'), 'Ukraine');
  assert.equal(a.who('Kremls'), 'Kreml');
});

test('a user actor file adds actors and replaces bundled entries by id; a broken one is a clear error', () => {
  const dir = tempDir();
  const file = join(dir, 'mine.yaml');
  writeFileSync(file, [
    '- id: erika-beispiel', '  name: Erika Beispiel', '  kind: person', '  gender: f', '  aliases: [Beispiel]',
    '  roles: [{role: head-of-government, of: ruritanien, from: 2024-01-01}]',
    '- {id: ruritanien, name: Ruritanien, kind: state, adjective: ruritanisch, capital: Strelsau}',
  ].join('\n'));
  const a = analyse('Die ruritanische Regierungschefin sprach mit Strelsau. Beispiel sagte nichts.', '2025-03', [file]);
  assert.equal(a.who('Die ruritanische Regierungschefin'), 'Erika Beispiel');
  assert.equal(a.who('Beispiel'), 'Erika Beispiel');
  const bad = join(dir, 'bad.yaml');
  writeFileSync(bad, '- id: Bad Id\n  name: X\n');
  assert.throws(() => loadKnowledgeBase([bad]), (e: Error) => e instanceof ActorFileError && /bad\.yaml, entry 1: id "Bad Id"/.test(e.message));
  writeFileSync(bad, '- id: ok\n  name: X\n  roles: [{role: head-of-state, from: "März 2022"}]\n');
  assert.throws(() => loadKnowledgeBase([bad]), /'from' must be YYYY/);
});

test('gaps instead of guesses: former holders, object pronouns, two candidates, indefinite and plural role words', () => {
  assert.equal(analyse('Ex-US-Präsident Barack Obama kritisierte die Pläne. Der US-Präsident reagierte gelassen.', '2024-06-12').who('Der US-Präsident'), 'Joe Biden');
  const obj = analyse('Putin lobte Orban. Er dankte ihm für die Unterstützung.', '2025-03');
  assert.equal(obj.who('Er'), 'Wladimir Putin');
  assert.equal(obj.who('ihm'), 'Viktor Orban');
  assert.equal(analyse('Selenskyj reiste nach Washington. Trump kritisierte ihn.', '2025-03').who('ihn'), 'Wolodymyr Selenskyj');
  assert.equal(analyse('Putin und Trump telefonierten. Danach sagte er, es sei gut gelaufen.', '2025-03').who('er'), null);
  assert.equal(analyse('Jeder Bundeskanzler muss das wissen.', '2025-03').doc.mentions[0]?.actor ?? null, null);
  assert.equal(analyse('Kein US-Präsident hat das je getan.', '2025-03').doc.mentions[0]?.actor ?? null, null);
  assert.equal(analyse('Trump ließ sich feiern. Der Präsident des Olympischen Komitees sprach.', '2025-03').who('Der Präsident'), null);
  assert.equal(analyse('Macron empfing Selenskyj. Der Präsident sagte, man stehe zusammen.', '2025-03').who('Der Präsident'), null);
  assert.equal(analyse('Die Republikaner im Senat stimmten zu. Trump jubelte.', '2025-03').doc.mentions.filter((m) => m.kind === 'party').length, 0);
  assert.equal(analyse('Scholz traf Pistorius. Der SPD-Politiker sagte, es gehe voran.', '2024-05').who('Der SPD-Politiker'), null);
  assert.equal(analyse('Der frühere US-Präsident meldete sich zu Wort.', '2024-06').who('Der frühere US-Präsident'), null);
  const b = analyse('Trump sprach mit Putin. Selenskyj war nicht dabei. Beide Präsidenten wollen weiter reden.', '2025-03');
  assert.equal(b.members('Beide Präsidenten'), undefined, 'three presidents named: which two is not certain');
});

test('other persons with a known surname, other spellings, outlets that are common words', () => {
  assert.deepEqual(analyse('Melania Trump besuchte ein Krankenhaus.', '2025-03').doc.mentions.map((m) => m.text), []);
  assert.deepEqual(analyse('Donald Trump Jr. gab ein Interview.', '2025-03').doc.mentions.map((m) => m.actor), []);
  const lawrow = analyse('Russlands Außenminister Sergeij Lawrow reiste an. Lawrow sagte nichts.', '2025-03');
  assert.deepEqual(lawrow.doc.localActors, []);
  assert.equal(lawrow.who('Lawrow', 1), 'Sergej Lawrow');
  assert.deepEqual(analyse('Die Welt schaut auf Genf. Die Zeit drängt, ein Bild der Lage fehlt.', '2025-03').doc.mentions, []);
  assert.equal(analyse('Das sagte Kallas der „Welt“.', '2025-03').who('Welt'), 'Welt');
  assert.deepEqual(analyse('Bürgermeister New Yorks Eric Adams kam. Generalsekretär Ihrer Partei Hans Müller fehlte.', '2025-03').doc.localActors, []);
});

test('groups that refer back: "die beiden", "beide Seiten", "beide Delegationen", "die Kriegsparteien"', () => {
  const call = analyse('US-Präsident Donald Trump hat am Mittwoch mit Kremlchef Wladimir Putin gesprochen. Der Kreml schwieg. Damals einigten sich die beiden auf eine Pause.', '2025-05-22');
  assert.deepEqual(call.members('die beiden'), ['Donald Trump', 'Wladimir Putin']);
  const talks = analyse('Zudem sollen Delegationen Russlands und der Ukraine direkt verhandeln. Beide Seiten hätten einem Treffen zugestimmt.', '2025-05-07');
  assert.deepEqual(talks.members('Beide Seiten'), ['Russland', 'Ukraine']);
  const leaders = analyse('Die russische Delegation leitete Wladimir Medinski, die ukrainische Rustem Umerow. Die beiden Delegationsleiter sprachen lange. Erdoğan lud beide Delegationen nach Ankara ein.', '2025-05-17');
  assert.deepEqual(leaders.members('Die beiden Delegationsleiter')?.sort(), ['Rustem Umerow', 'Wladimir Medinski']);
  assert.deepEqual(leaders.members('beide Delegationen')?.sort(), ['Russland', 'Ukraine']);
  // the last sentence with persons names two, but "Kriegsparteien" are the war's parties
  const war = analyse('In der Ukraine gehen die russischen Angriffe weiter. Trump und Putin hatten telefoniert. Am Samstag tauschten beide Kriegsparteien Gefangene aus.', '2025-05-14');
  assert.deepEqual(war.members('beide Kriegsparteien')?.sort(), ['Russland', 'Ukraine']);
});

test('a group stays open when three could be meant, or the war is not the article\'s', () => {
  const three = analyse('Trump sprach mit Putin. Selenskyj war nicht dabei. Die beiden wollen weiter reden.', '2025-03');
  assert.equal(three.members('Die beiden'), undefined);
  const other = analyse('Am Samstag tauschten die Kriegsparteien Gefangene aus.', '2025-05-14');
  assert.equal(other.members('die Kriegsparteien'), undefined, 'the article names neither party');
  const before = analyse('In der Ukraine gehen die russischen Angriffe weiter. Die Kriegsparteien tauschten Gefangene aus.', '2019-05-14');
  assert.equal(before.members('Die Kriegsparteien'), undefined, 'no war between them on that date in the data');
  // "in beiden Fällen": another noun, no group
  assert.ok(!analyse('Trump und Putin lehnten in beiden Fällen ab.', '2025-03').doc.mentions.some((m) => m.kind === 'group'));
});
