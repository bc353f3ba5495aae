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
    cueWords: s.cue ? (s.cue.parts ?? [s.cue.span]).map((x) => text.slice(...x)).join(' … ') : null,
    addressee: s.addressee ? text.slice(...s.addressee.span) : null,
    quote: text.slice(...s.quote),
    frame: s.frame ? s.frame.map((x) => text.slice(...x)).join(' … ') : null,
    partOf: s.partOf ?? null,
  }));
}

test('direct quotes in every German style, speaker after, before or in the middle', () => {
  const styles = ['„…“', '»…«', '«…»', '"…"', '“…”'];
  for (const marks of styles) {
    const [open, close] = [marks[0]!, marks.at(-1)!];
    const s = statements(`${open}Das kann nicht akzeptiert werden${close}, sagte Kallas am Mittwoch in Brüssel.`);
    assert.deepEqual(s.map((x) => [x.form, x.speaker, x.actor, x.cue, x.quote]), [['direct', 'Kallas', 'kaja-kallas', 'sagte', `${open}Das kann nicht akzeptiert werden${close}`]], marks);
  }
  const before = statements('Die EU-Außenbeauftragte Kaja Kallas sagte: „Man kann Russland nicht trauen. Das haben wir gelernt.“');
  assert.deepEqual(before.map((x) => [x.form, x.actor, x.quote]), [['direct', 'kaja-kallas', '„Man kann Russland nicht trauen. Das haben wir gelernt.“']]);
  const middle = statements('„Wir sind bereit“, sagte Selenskyj, „aber nicht um jeden Preis.“');
  assert.deepEqual(middle.map((x) => [x.speaker, x.quote]), [['Selenskyj', '„Wir sind bereit“'], ['Selenskyj', '„aber nicht um jeden Preis.“']]);
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
  const gemaess = statements('Gemäß der Registrierungsstelle „DotAsia“ stieg die Zahl der Anmeldungen auf 30.000.');
  assert.deepEqual(gemaess.map((x) => [x.speaker, x.cue, x.quote]), [['der Registrierungsstelle „DotAsia“', 'Gemäß', 'stieg die Zahl der Anmeldungen auf 30.000']]);
  // ("nach" a tip or a piece of news tells a time: "Nach dem Hinweis auf eine Bombe wurde der Bahnhof geräumt")
  assert.deepEqual(statements('Nach dem Hinweis auf eine Bombe wurde der Bahnhof geräumt.'), []);
  assert.deepEqual(statements('Nach der Nachricht vom Tod des Präsidenten brach im ganzen Land Panik aus.'), []);
  const inside = statements('Die Baustelle werde gemäß einem Sprecher des Unternehmens bis Montag ruhen.');
  assert.deepEqual(inside.map((x) => [x.speaker, x.cue]), [['einem Sprecher des Unternehmens', 'gemäß']]);
  // ("gemäß" inside the sentence is mostly "in line with": no source)
  assert.deepEqual(statements('Die Staaten sollten gemäß ihrer Wirtschaftskraft zum Fonds beitragen.'), []);
  const zufolge = statements('Dem Kreml zufolge wollen Russland und die Ukraine am Mittwoch Gefangene austauschen.');
  assert.deepEqual(zufolge.map((x) => [x.actor, x.cue]), [['kreml', 'zufolge']]);
  const angaben = statements('Nach Angaben von Präsident Wolodymyr Selenskyj sollen noch in dieser Woche Gespräche stattfinden.');
  assert.deepEqual(angaben.map((x) => [x.actor, x.cue]), [['wolodymyr-selenskyj', 'Nach Angaben']]);
  const wie = statements('Vereinbart wurde eine Pause der Angriffe für 30 Tage, wie die US-Regierung mitteilte.');
  assert.deepEqual(wie.map((x) => [x.actor, x.quote]), [['usa', 'Vereinbart wurde eine Pause der Angriffe für 30 Tage']]);
  const hiess = statements('Beide Präsidenten wollten in Kontakt bleiben, hieß es weiter aus Moskau.');
  assert.deepEqual(hiess.map((x) => [x.speaker, x.actor]), [['Moskau', 'russland']]);
});

test('a source phrase beside a cue verb: a reported act it tells is its own; inside a message it tells its part', () => {
  // beside a message the cue verb's subject speaks it; the source only tells that one spoke
  const clause = statements('Am Montag bestätigte Ministerin Erika Muster laut der Agentur Interfax, dass die Gespräche fortgesetzt würden.');
  assert.deepEqual(clause.map((x) => [x.speaker, x.cue, x.quote]), [['Ministerin Erika Muster', 'bestätigte', 'dass die Gespräche fortgesetzt würden']]);
  // a reported act the source tells is its words
  const act = statements('Die Opposition hält den Plan laut Fraktionschef Max Beispiel für gescheitert.');
  assert.deepEqual(act.map((x) => [x.form, x.speaker, x.cue]), [['reported', 'Fraktionschef Max Beispiel', 'laut']]);
  // inside the message: a statement of its own beside the cue verb's; the cue verb's speaker goes on
  const inside = statements('Der Bürgermeister sagte, die Zahl der Verletzten sei nach Angaben der Feuerwehr auf zwölf gestiegen. Weitere Opfer gebe es nicht.');
  assert.deepEqual(inside.map((x) => [x.speaker, x.cue, x.partOf]), [['Der Bürgermeister', 'sagte', null], ['Angaben der Feuerwehr', 'nach Angaben', 0], ['Der Bürgermeister', null, null]]);
  // ("nach Zeugenaussagen der Nachbar": an article that opens no genitive of the source noun belongs to the clause)
  const witnesses = statements('Vor dem Haus wartete bereits der Täter – nach Zeugenaussagen der Nachbar – auf die Frau.');
  assert.deepEqual(witnesses.map((x) => [x.speaker, x.cue]), [['Zeugenaussagen', 'nach Zeugenaussagen']]);
  // (a statement a source phrase made is no host: "seiner Ansicht nach" is told once)
  assert.equal(statements('Die Zahl der Toten ist seiner Ansicht nach deutlich höher als bekannt.').length, 1);
  // (only a phrase that names one who can speak or a source noun: "laut Musik" is loud music; "die Suche nach Informationen" no source)
  assert.deepEqual(statements('Der Nachbar sagte, die Jugendlichen hätten laut Musik gehört und gefeiert.').map((x) => x.speaker), ['Der Nachbar']);
  assert.deepEqual(statements('Die Polizei sagte, die Suche nach Informationen über den Täter dauere an.').map((x) => x.speaker), ['Die Polizei']);
  // ("…, wie X sagte" closes a message rather than standing in it)
  const wie = statements('Der Bürgermeister sagte, die Straße bleibe gesperrt, wie auch die Polizei mitteilte, bis die Prüfung abgeschlossen sei.');
  assert.ok(wie.every((x) => x.cue !== 'wie'));
});

test('an age made a noun speaks after its verb as before it: "sagte der 53-Jährige", misspelt "der 81-jährige"', () => {
  assert.deepEqual(statements('„Ich habe nichts gewusst“, sagte der 53-Jährige am Dienstag.').map((x) => x.speaker), ['der 53-Jährige']);
  assert.deepEqual(statements('Am Montag sagte der 81-jährige in einem Interview, dass das Tier sofort tot gewesen sei.').map((x) => x.speaker), ['der 81-jährige']);
});

test('a participle after an apposition still has its auxiliary before it: "hatte der Investor, Jan Muster, zugesagt, …"', () => {
  const s = statements('Erst vor zwei Tagen hatte der Investor, Jan Muster, zugesagt, nicht weiter über den Turm bestimmen zu wollen.');
  assert.deepEqual(s.map((x) => [x.speaker, x.cue, x.quote]), [['der Investor, Jan Muster', 'zugesagt', 'nicht weiter über den Turm bestimmen zu wollen']]);
});

test('the passive of "zitieren" after a quotation names the one quoted: "„…“, wird Muster zitiert"', () => {
  const s = statements('„Wir haben die Kommentare aus Moskau gehört“, wird Verteidigungsminister Jan Muster zitiert.');
  assert.deepEqual(s.map((x) => [x.form, x.speaker, x.cue]), [['direct', 'Verteidigungsminister Jan Muster', 'zitiert']]);
  // (any other passive names no one: "…, wurde aber kritisiert")
  assert.deepEqual(statements('„Wir haben die Kommentare aus Moskau gehört“, wurde der Minister kritisiert.').map((x) => x.speaker), [null]);
});

test('a relative clause opened by a preposition before the comma is no message of the verb after it', () => {
  // ("…, auf die … hingewiesen wird, bekräftigen X" is not "…, sagte X": the object after the verb does not speak)
  const s = statements('Auch offizielle Statistiken, auf die im Bericht der Organisation hingewiesen wird, bekräftigen die niedrige Aufklärungsquote.');
  assert.ok(s.every((x) => x.speaker !== 'die niedrige Aufklärungsquote'));
});

test('a claim rejected or denied is told by whoever holds it, not by who rejects it; the rejecter goes on speaking', () => {
  const s = statements('Außenminister Sergej Lawrow wies am Montag die Darstellung der Ukraine zurück, Russland habe die Waffenruhe gebrochen. '
    + 'Moskau halte sich an alle Absprachen.');
  assert.deepEqual(s.map((x) => [x.speaker, x.actor, x.act, x.quote]), [
    ['die Darstellung der Ukraine', 'ukraine', 'claim', 'Russland habe die Waffenruhe gebrochen'],
    ['Außenminister Sergej Lawrow', 'sergej-lawrow', null, 'Moskau halte sich an alle Absprachen'],
  ]);
  const proposal = statements('Kremlsprecher Dmitri Peskow lehnte den Vorschlag von Präsident Selenskyj ab, die Gespräche nach Genf zu verlegen.');
  assert.deepEqual(proposal.map((x) => [x.speaker, x.actor, x.act]), [['den Vorschlag von Präsident Selenskyj', 'wolodymyr-selenskyj', 'claim']]);
  // (the claim's noun before a name in the genitive)
  assert.deepEqual(statements('Kremlsprecher Dmitri Peskow lehnte den Vorschlag Selenskyjs ab, die Gespräche nach Genf zu verlegen.').map((x) => x.actor), ['wolodymyr-selenskyj']);
  // (a charge rejected is followed by the defence, and a message in the rejecter's own voice is theirs)
  assert.deepEqual(statements('Der Anwalt wies die Vorwürfe zurück, sein Mandant sei unschuldig.').map((x) => x.speaker), ['Der Anwalt']);
  assert.deepEqual(statements('Der Konzern wies die Darstellung zurück, man habe sich stets an die Gesetze gehalten.').map((x) => x.speaker), ['Der Konzern']);
  // (an act, not a claim, keeps the speaker: "lehnt einen Verkauf ab, ein Verkauf von Anteilen sei …"; nor does a pronoun hold one)
  assert.deepEqual(statements('Die Stadt lehnt einen Verkauf der Wohnungen ab, ein Verkauf von Anteilen sei aber denkbar.').map((x) => x.speaker), ['Die Stadt']);
  assert.deepEqual(statements('Die Regierung wies dies zurück, die Vorwürfe seien haltlos.').map((x) => x.speaker), ['Die Regierung']);
});

test('what words come out of speaks for them: "Aus einem Bericht der Polizei geht hervor, dass …"', () => {
  const s = statements('Aus einem Bericht der Polizei geht hervor, dass die Zahl der Einbrüche gestiegen ist.');
  assert.deepEqual(s.map((x) => [x.speaker, x.quote]), [['einem Bericht der Polizei', 'dass die Zahl der Einbrüche gestiegen ist']]);
});

test('a cue in Konjunktiv I after a statement, with a pronoun for its speaker, goes on with that speaker as named', () => {
  const s = statements('Die Anwältin Erika Muster sagte, der Mann sei gefährlich. Zuerst habe sie nicht damit gerechnet, dass er erscheinen würde.');
  assert.deepEqual(s.map((x) => x.speaker), ['Die Anwältin Erika Muster', 'Die Anwältin Erika Muster']);
  // (in the indicative the pronoun speaks for itself)
  const own = statements('Die Anwältin Erika Muster sagte, der Mann sei gefährlich. Zuerst hat sie nicht damit gerechnet, dass er erscheinen würde.');
  assert.deepEqual(own.map((x) => x.speaker), ['Die Anwältin Erika Muster', 'sie']);
});

test('mixed quotes and reported speech acts with a noun-phrase message; the addressee', () => {
  const mixed = statements('Ein Frieden müsse „robuste Sicherheitsgarantien enthalten“, sagte Hegseth.');
  // the quoted words inside the reported clause: a direct statement of their own, part of it
  assert.deepEqual(mixed.map((x) => [x.form, x.actor, x.partOf]), [['mixed', 'pete-hegseth', null], ['direct', 'pete-hegseth', 0]]);
  const reported = statements('Mit Blick auf eine Waffenruhe verlangte Putin von Trump ein Ende der Militärhilfe für die Ukraine.');
  assert.deepEqual(reported.map((x) => [x.form, x.actor, x.act, x.addressee]), [['reported', 'wladimir-putin', 'demand', 'Trump']]);
  assert.match(reported[0]!.quote, /ein Ende der Militärhilfe für die Ukraine$/);
  // the quoted words in a reported speech act are the speaker's own: a direct statement too
  const named = statements('Kallas nannte den Plan des Kreml „zynisch“.');
  // the quoted word stands for the speech act: one statement, not a reported one beside it
  assert.deepEqual(named.map((x) => [x.form, x.actor, x.quote, x.act]), [['direct', 'kaja-kallas', '„zynisch“', 'say']]);
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
  // (the last sentence is still reported speech, but the White House between ends the Kremlin's)
  assert.deepEqual(s.map((x) => [x.form, x.actor, x.quote]), [
    ['indirect', 'kreml', 'Putin habe Trump eingeladen'],
    ['free-indirect', 'kreml', 'Beide hätten lange telefoniert. Es sei auch um den Nahen Osten gegangen'],
    ['free-indirect', null, 'Die Lage sei ernst'],
  ]);
});

test('a subject with an apposition, and a message that ends where the speaker acts again', () => {
  const a = statements('Erika Beispiel, Präsidentin des Verbands, sagte, dass die Lage sich bessere.');
  assert.deepEqual(a.map((x) => [x.speaker, x.quote]), [['Erika Beispiel, Präsidentin des Verbands', 'dass die Lage sich bessere']]);
  const b = statements('Dazu sagte Kallas, die Staaten müssten mehr tun und verwies auf die Zusagen vom Februar.');
  // (the joined verb shares the subject and tells an act of its own, in its own clause)
  assert.deepEqual(b.map((x) => [x.actor, x.quote]), [['kaja-kallas', 'die Staaten müssten mehr tun'], ['kaja-kallas', 'verwies auf die Zusagen vom Februar']]);
});

test('a passive cue names no speaker but its agent; the subject of a passive is not the speaker', () => {
  const accused = statements('Dem Minister wird vorgeworfen, die Zahlen geschönt zu haben.');
  assert.deepEqual(accused.map((x) => [x.form, x.speaker, x.quote]), [['indirect', null, 'die Zahlen geschönt zu haben']]);
  // (the plan does not speak; Kallas, the agent, criticised it)
  const agent = statements('Der Plan wurde von Kallas kritisiert, weil er die Ukraine schwäche.');
  assert.deepEqual(agent.filter((x) => x.speaker !== null).map((x) => [x.form, x.speaker]), [['reported', 'Kallas']]);
  const reported = statements('Zudem wird kritisiert, dass die Angaben unter Verschluss bleiben sollen.');
  assert.deepEqual(reported.map((x) => [x.speaker, x.quote]), [[null, 'dass die Angaben unter Verschluss bleiben sollen']]);
  // a passive speech act with a noun phrase tells nothing about who spoke
  assert.deepEqual(statements('Der Angeklagte war zu zehn Jahren Haft verurteilt worden.'), []);
});

test('a demonstrative before the cue points back: the sentence before is the message', () => {
  const s = statements('Der Kreml will keine Truppen aus Nato-Staaten in der Ukraine dulden. Dies bestätigte Kremlsprecher Peskow am Mittwoch.');
  assert.deepEqual(s.map((x) => [x.form, x.actor, x.cue, x.quote]), [['indirect', 'dmitri-peskow', 'bestätigte', 'Der Kreml will keine Truppen aus Nato-Staaten in der Ukraine dulden']]);
  const source = statements('Die Gespräche sollen in Istanbul stattfinden. Das erklärte gestern ein Sprecher des Außenministeriums.');
  assert.deepEqual(source.map((x) => [x.speaker, x.quote]), [['ein Sprecher des Außenministeriums', 'Die Gespräche sollen in Istanbul stattfinden']]);
  // an adjective of origin before the medium ("die japanische Nachrichtenagentur", "das Washingtoner Institut")
  const agency = statements('Im Trinkwasser der Hauptstadt wurden erstmals Spuren von radioaktivem Iod gefunden. Das berichtet die japanische Nachrichtenagentur Kyodo.');
  assert.deepEqual(agency.map((x) => [x.form, x.speaker, x.quote]), [['indirect', 'die japanische Nachrichtenagentur Kyodo', 'Im Trinkwasser der Hauptstadt wurden erstmals Spuren von radioaktivem Iod gefunden']]);
  // (the Konjunktiv sentence, no one's until then, is the reference's message)
  const institute = statements('Das Tonband enthalte neue Drohungen gegen Großbritannien. Dies berichtet das Washingtoner Institut.');
  assert.deepEqual(institute.map((x) => [x.form, x.speaker]), [['indirect', 'das Washingtoner Institut']]);
  assert.deepEqual(statements('Die Inflation stieg im März auf acht Prozent. Das erklärt das Defizit der Kassen.'), []);
});

test('the subject after the verb when an adverbial or an object opens the clause', () => {
  const adverb = statements('Offiziell geht die Bundesregierung davon aus, dass die Gespräche fortgesetzt werden.');
  assert.deepEqual(adverb.map((x) => [x.speaker, x.quote]), [['die Bundesregierung', 'dass die Gespräche fortgesetzt werden']]);
  const object = statements('Den Unmut der Regierung brachte Außenministerin Baerbock zum Ausdruck: Die Ukraine dürfe nicht übergangen werden.');
  assert.notEqual(object[0]?.speaker, 'Regierung');
});

test('cues that need a word of their clause: "hält es für möglich", "zeigte sich", "ist der Meinung"', () => {
  const s = statements('Kallas hält es für möglich, dass die Gespräche scheitern. Selenskyj zeigte sich zuversichtlich, dass eine Einigung gelingt. '
    + 'Der Minister ist der Meinung, dass mehr Hilfe nötig sei. Kallas hält den Plan für gefährlich.');
  assert.deepEqual(s.map((x) => [x.actor ?? x.speaker, x.quote]), [
    ['kaja-kallas', 'dass die Gespräche scheitern'],
    ['wolodymyr-selenskyj', 'dass eine Einigung gelingt'],
    ['Der Minister', 'dass mehr Hilfe nötig sei'],
    // (a judgement of a noun phrase is a reported act)
    ['kaja-kallas', 'Kallas hält den Plan für gefährlich'],
  ]);
});

test('source phrases: an opening source governs the sentence, relative sources, no speaker for "hieß es"', () => {
  const opening = statements('Laut einer am Dienstag veröffentlichten Mitteilung des Kreml wurden zunächst 175 Gefangene ausgetauscht.');
  assert.deepEqual(opening.map((x) => [x.actor, x.quote]), [['kreml', 'wurden zunächst 175 Gefangene ausgetauscht']]);
  const relative = statements('Das Außenministerium wies Berichte der „New York Times“ zurück, wonach Inspektoren Zutritt zu zwei Anlagen verlangt hätten.');
  assert.ok(relative.some((x) => x.quote === 'Inspektoren Zutritt zu zwei Anlagen verlangt hätten' && x.cue === 'wonach'));
  const anonymous = statements('Kallas sagte, die Lage sei ernst. Eine Einigung sei nicht in Sicht, hieß es.');
  assert.deepEqual(anonymous.at(-1) && [anonymous.at(-1)!.speaker, anonymous.at(-1)!.quote], [null, 'Eine Einigung sei nicht in Sicht']);
  assert.deepEqual(statements('Die Krankenhäuser waren völlig überfordert, so dass Patienten verlegt werden mussten.'), []);
});

test('no message in a subordinate or relative clause before the cue', () => {
  assert.deepEqual(statements('Wenn er verurteilt werden sollte, droht ihm die Todesstrafe.'), []);
  assert.deepEqual(statements('Hubert Primus, der bei der Stiftung verantwortlich ist, wies den Vorwurf zurück.').filter((x) => x.form !== 'reported'), []);
});

test('a Konjunktiv I sentence after one whose subject is an actor goes on with that actor', () => {
  const s = statements('Der Kreml wies die Vorwürfe zurück. Russland habe keine Truppen an die Grenze verlegt.');
  assert.deepEqual(s.filter((x) => x.form === 'free-indirect').map((x) => [x.actor, x.quote]), [['kreml', 'Russland habe keine Truppen an die Grenze verlegt']]);
});

test('quoted words in a cue clause are the subject’s even without a reported statement', () => {
  const s = statements('Baerbock riet allgemein zu „Gelassenheit und Aufmerksamkeit“.');
  assert.deepEqual(s.map((x) => [x.form, x.actor, x.quote]), [['direct', 'annalena-baerbock', '„Gelassenheit und Aufmerksamkeit“']]);
});

test('reportative "soll … haben": a claim told without its source; a plan with "sollen" is none', () => {
  const s = statements('Kallas sagte, die Lage sei ernst. Russische Truppen sollen die Grenze überschritten haben.');
  assert.deepEqual(s.at(-1) && [s.at(-1)!.form, s.at(-1)!.actor, s.at(-1)!.quote], ['free-indirect', 'kaja-kallas', 'Russische Truppen sollen die Grenze überschritten haben']);
  const alone = statements('Der Verdächtige soll aus dem Wagen gestiegen sein.');
  assert.deepEqual(alone.map((x) => [x.form, x.speaker]), [['free-indirect', null]]);
  assert.deepEqual(statements('Dafür sollen die Staaten mehr Geld bereitstellen.'), []);
});

test('a reported speech act whose verb closes a subordinate clause; a source clause is none', () => {
  const s = statements('Die USA lehnten den Satz ab, während die EU-Staaten eine Waffenruhe forderten.');
  assert.ok(s.some((x) => x.form === 'reported' && x.cue === 'forderten' && x.speaker === 'die EU-Staaten'), JSON.stringify(s));
  const source = statements('Die Lage sei ernst, sagte er, wie Reporter von Fox News und „Politico“ meldeten.');
  assert.deepEqual(source.filter((x) => x.form === 'reported'), []);
});

test('review cases: what the new rules must not attribute', () => {
  assert.deepEqual(statements('Die Inflation stieg im März auf acht Prozent. Das erklärt die hohen Preise an den Tankstellen.'), []);
  assert.deepEqual(statements('Der Kreml will keine Truppen dulden. Dies bestätigte Peskow am Mittwoch. Das bestätigte auch Lawrow.').map((x) => x.actor), ['dmitri-peskow']);
  assert.deepEqual(statements('Peskow traf Kallas. Gott schütze die Ukraine und ihre Soldaten.'), []);
  assert.deepEqual(statements('Kallas sieht keinen Grund, die Sanktionen aufzuheben.'), []);
  assert.deepEqual(statements('Die Polizei ermittelt gegen Unbekannte, nach denen seit Tagen gefahndet wird.'), []);
  assert.deepEqual(statements('Ein Sprecher forderte gestern mehr Hilfe für die Ukraine.').map((x) => x.speaker), ['Ein Sprecher']);
  assert.deepEqual(statements('Schwarz sagte, die Lage sei ernst.').map((x) => x.speaker), ['Schwarz']);
  // (an adverb opening the sentence is no speaker)
  assert.ok(!statements('Zwar sind 37 Prozent der Meinung, dass die Demokratie schlecht funktioniere.').some((x) => x.speaker === 'Zwar'));
  assert.deepEqual(statements(', sagte Kallas, die Lage sei ernst.').map((x) => x.quote), ['die Lage sei ernst']);
  assert.deepEqual(statements('Kallas forderte in Brüssel, Berlin und Paris die Rücknahme der Entscheidung.').map((x) => x.form), ['reported']);
});

test('speakers after an opening adverbial and an auxiliary, lower-case compounds, adjectives of origin', () => {
  assert.deepEqual(statements('Gestern hat eine Sprecherin des Gerichts mitgeteilt, dass die Beschwerde abgelehnt wurde.').map((x) => [x.speaker, x.cue, x.quote]),
    [['eine Sprecherin des Gerichts', 'mitgeteilt', 'dass die Beschwerde abgelehnt wurde']]);
  assert.deepEqual(statements('Die Streiks sollen über Ostern ausgesetzt werden, so verdi-Verhandlungsführer Frank Beispiel.').map((x) => x.speaker),
    ['verdi-Verhandlungsführer Frank Beispiel']);
  // a web address or "ver.di" is one word, not a sentence end
  assert.deepEqual(statements('Die Gewerkschaft ver.di geht davon aus, dass es zu Ausfällen kommt.').map((x) => x.speaker), ['Die Gewerkschaft ver.di']);
  // the adjective names a country, the magazine speaks
  const mag = statements('Die Tour brachte eine halbe Milliarde Dollar ein. Das berichtete die US-amerikanische Musikzeitschrift „Klangbild“ am Montag.');
  assert.deepEqual(mag.map((x) => [x.speaker, x.actor]), [['die US-amerikanische Musikzeitschrift „Klangbild“', null]]);
});

test('"Das gab X bekannt" points back over the untold sentences of its paragraph', () => {
  const s = statements('Der Ausbau der Autobahn soll privat finanziert werden. Die Refinanzierung erfolgt über die Maut. Das gab der Verkehrsminister in Berlin bekannt.\n\nDer Bau beginnt im Mai.');
  assert.deepEqual(s.map((x) => [x.speaker, x.quote]), [['der Verkehrsminister in Berlin', 'Der Ausbau der Autobahn soll privat finanziert werden. Die Refinanzierung erfolgt über die Maut']]);
  // (a sentence told "nach" a noun that names no one is the reference's message; "nach Angaben der Polizei" keeps its own)
  const count = statements('Nach der Auszählung fast aller Stimmen liegt die Kandidatin vorne. Dies teilte die Wahlkommission mit.');
  assert.deepEqual(count.map((x) => [x.speaker, x.cue]), [['die Wahlkommission', 'teilte']]);
  const police = statements('Nach Angaben der Polizei wurden drei Menschen verletzt. Dies teilte die Stadt mit.');
  assert.deepEqual(police.map((x) => x.speaker), ['Angaben der Polizei']);
});

test('source phrases: "nach" with a genitive name or a compound, postposed "nach", inside a relative clause', () => {
  const q = (t: string) => statements(t).map((x) => [x.speaker, x.cue, x.quote]);
  assert.deepEqual(q('Die Tasche, die nach dessen Angaben eine Bombe enthielt, war leer.'),
    [['dessen Angaben', 'nach dessen Angaben', 'die nach dessen Angaben eine Bombe enthielt']]);
  assert.deepEqual(q('Dem Vernehmen nach soll der Minister noch bis zum Frühjahr bleiben.'),
    [['Dem Vernehmen', 'Dem Vernehmen nach', 'soll der Minister noch bis zum Frühjahr bleiben']]);
  assert.deepEqual(q('Nach Müllers Meinung werden dort falsche Entscheidungen getroffen.').map((x) => x[0]), ['Müllers Meinung']);
  assert.deepEqual(q('Nach UNHCR-Angaben sind 35.000 Menschen in der Stadt eingeschlossen.').map((x) => x[0]), ['UNHCR-Angaben']);
  assert.deepEqual(q('Die Stimmung war nach dem Spiel gut.'), []);
});

test('a relative or adverbial clause in the indicative after a reporting verb is no message; in Konjunktiv it is', () => {
  assert.ok(!statements('Ein DNA-Test bestätigte die Identität des Mannes, der 1963 untertauchte.').some((x) => x.quote === 'der 1963 untertauchte'));
  assert.ok(!statements('Der Pilot meldete dem Tower einen Schaden am Fahrwerk, so dass ein Großalarm ausgelöst wurde.').some((x) => x.form === 'indirect'));
  assert.deepEqual(statements('Das Gericht erklärte den Vertrag für nichtig, weil die Versicherung es versäumt habe, ihre Kunden zu informieren.').map((x) => [x.speaker, x.quote]),
    [['Das Gericht', 'weil die Versicherung es versäumt habe, ihre Kunden zu informieren']]);
});

test('a Konjunktiv I sentence after another speaker\'s sentence does not go on with the first speaker', () => {
  const s = statements('Der Minister sagte, die Lage sei ernst. Die Opposition sieht das völlig anders. Es gebe keinerlei Gefahr für die Bürger.');
  assert.ok(!s.some((x) => x.speaker === 'Der Minister' && x.quote.startsWith('Es gebe')));
});

test('quoted words in a speech act: a single common noun is the speaker\'s word, a title after its article is not', () => {
  const q = (t: string) => statements(t).map((x) => [x.form, x.speaker, x.quote]);
  assert.deepEqual(q('Die Präsidentin warf der Regierung „Wortbruch“ vor.'), [['direct', 'Die Präsidentin', '„Wortbruch“']]);
  // (the speaker is the whole phrase, apposition and all: the syntax layer reads it)
  assert.deepEqual(q('Der Präsident der Union, Erik Muster, nannte dies einen „Militärputsch“.'), [['direct', 'Der Präsident der Union, Erik Muster', '„Militärputsch“']]);
  assert.deepEqual(q('Der Bremer Forscher Erik Muster riet allgemein zu „Gelassenheit und Aufmerksamkeit“.'),
    [['direct', 'Der Bremer Forscher Erik Muster', '„Gelassenheit und Aufmerksamkeit“']]);
  assert.deepEqual(q('Kallas sagte dem „Tagesspiegel“, die Lage sei ernst.').map((x) => x[0]), ['indirect']);
  // (and the quoted words after "als" past a clause set in between are the cue's: the syntax layer joins the clause across it)
  assert.deepEqual(q('Der Trainer bezeichnete acht Gelbe Karten in einem Spiel, in dem es nur 26 Fouls gab, als „übertrieben“.'), [['direct', 'Der Trainer', '„übertrieben“']]);
  // (so is an inflected compound the lexicon splits only in its base form)
  assert.deepEqual(q('Die Medien hatten von der Notwendigkeit eines „Volkskrieges“ gesprochen.'), [['direct', 'Die Medien', '„Volkskrieges“']]);
});

test('review cases of this session: what the new rules must leave alone', () => {
  assert.deepEqual(statements('Nach der Veröffentlichung des Berichts trat der Minister zurück.'), []);
  assert.deepEqual(statements('Die Bundesbank hat ihre Prognose nach unten korrigiert.'), []);
  assert.deepEqual(statements('Der Sprecher sagte, die meisten Flüge fallen am Montag aus.').map((x) => x.quote), ['die meisten Flüge fallen am Montag aus']);
  assert.deepEqual(statements('Die Ministerin sagte, wenn die Zahlen steigen, wird der Lockdown verlängert.').map((x) => x.quote),
    ['wenn die Zahlen steigen, wird der Lockdown verlängert']);
  assert.deepEqual(statements('Der Plan, den der Kanzler vorlegte, wurde von Experten als „Unsinn“ bezeichnet.').filter((x) => x.speaker === 'der Kanzler'), []);
  assert.deepEqual(statements('Das sagte Müller der Zeitschrift „Stern“.').filter((x) => x.quote === 'Stern'), []);
  assert.deepEqual(statements('Der Minister verteidigte die Operation „Wüstensturm“ im Parlament.').filter((x) => x.quote === 'Wüstensturm'), []);
  assert.deepEqual(statements('Der Kanzler reiste nach Paris. Dort traf er Macron zum Abendessen. Das Treffen dauerte drei Stunden. Das bestätigte ein Regierungssprecher.').map((x) => x.quote),
    ['Das Treffen dauerte drei Stunden']);
  assert.deepEqual(statements('Das Ergebnis bestätigte ein Sprecher der Polizei am Abend.').filter((x) => x.speaker === 'Das Ergebnis'), []);
  assert.deepEqual(statements('Die Lage sei ernst, sagte dem Sender ein Sprecher der Polizei.').map((x) => x.speaker), ['ein Sprecher der Polizei']);
});

test('speakers from the syntax layer: review cases (apposition after a genitive, Das + verb + name, time and adverb openers, "Als" predicates)', () => {
  const hebestreit = statements('Der Sprecher der Bundesregierung, Steffen Hebestreit, sagte, die Gespräche würden fortgesetzt.');
  assert.deepEqual(hebestreit.map((x) => [x.speaker, x.actor]), [['Der Sprecher der Bundesregierung, Steffen Hebestreit', 'steffen-hebestreit']]);
  const das = statements('Die Kämpfe gehen weiter. Das teilte Selenskyj am Montag mit.');
  assert.deepEqual(das.map((x) => [x.speaker, x.actor]), [['Selenskyj', 'wolodymyr-selenskyj']]);
  assert.deepEqual(statements('Gestern Abend teilte die Polizei mit, der Mann sei gefasst worden.').map((x) => x.speaker), ['die Polizei']);
  assert.deepEqual(statements('Kurz darauf erklärte Selenskyj, die Lage sei unter Kontrolle.').map((x) => x.actor), ['wolodymyr-selenskyj']);
  assert.deepEqual(statements('Als Grund für die Absage nannte Erdoğan die Lage im Land.').map((x) => x.actor), ['recep-tayyip-erdogan']);
  assert.deepEqual(statements('Mannheims oberster Bürgermeister Peter Kurz sagte, die Stadt sei vorbereitet.').map((x) => [x.speaker, x.actor]),
    [['Mannheims oberster Bürgermeister Peter Kurz', 'peter-kurz']]);
  // the possessor is not the speaker, the name beside the title is
  const nyk = statements('Selenskyjs Sprecher Serhij Nykyforow sagte am Abend, die Gespräche seien konstruktiv gewesen.');
  assert.deepEqual(nyk.map((x) => x.speaker), ['Selenskyjs Sprecher Serhij Nykyforow']);
  assert.notEqual(nyk[0]!.actor, 'wolodymyr-selenskyj');
  // a platform is no speaker; a passive's agent is
  assert.deepEqual(statements('In seinem Kanal bei Telegram schrieb er, die Gespräche würden fortgesetzt.').map((x) => x.speaker), ['er']);
  const passive = statements('Dem Kreml wurde von Washington zugesagt, dass die Sanktionen gelockert werden.');
  assert.deepEqual(passive.map((x) => [x.speaker, x.actor]), [['Washington', 'usa']]);
  // a Konjunktiv sentence with a speaker of its own is not the one before's continuation
  const two = statements('Die Gespräche seien gut verlaufen, sagte der Delegationsleiter. Man sei zufrieden, hieß es dagegen aus Moskau.');
  assert.deepEqual(two.map((x) => [x.speaker, x.quote]), [['der Delegationsleiter', 'Die Gespräche seien gut verlaufen'], ['Moskau', 'Man sei zufrieden']]);
});

test('speakers from the syntax layer: an opening adverb, a participle cue, an apposition, an elided subject', () => {
  const speakers = (text: string) => statements(text).map((x) => [x.speaker, x.quote]);
  // (an adverb opening the sentence is no noun phrase: the subject follows the verb)
  assert.deepEqual(speakers('Dagegen beteuerte die Stadtverwaltung, die Brücke über den Fluss sei sicher.'),
    [['die Stadtverwaltung', 'die Brücke über den Fluss sei sicher']]);
  // (the cue is a participle: "hatte … kritisiert" asks the clause of "hatte"; "letzten September" is a time)
  assert.deepEqual(speakers('Die Gewerkschaft hatte letzten September kritisiert, dass die Löhne der Pflegekräfte sinken.'),
    [['Die Gewerkschaft', 'dass die Löhne der Pflegekräfte sinken']]);
  // (a phrase between commas before the verb is the subject's apposition)
  assert.deepEqual(speakers('Lars Muster, Trainer des Vereins, sagte, die Mannschaft sei für das Finale bereit.'),
    [['Lars Muster, Trainer des Vereins', 'die Mannschaft sei für das Finale bereit']]);
  // (", befürchtet aber …": the subject of the clause before speaks, not the object)
  assert.deepEqual(speakers('Die Feuerwehr löschte den Brand in der Nacht, warnte aber, das Dach könne jederzeit einstürzen.'),
    [['Die Feuerwehr', 'das Dach könne jederzeit einstürzen']]);
});

test('"Demnach" opening a sentence stands for the last source; a speaker phrase never reaches back over its cue', () => {
  const s = statements('Die Bank veröffentlichte am Dienstag ihre Quartalszahlen. Demnach verzeichnet das Geldinstitut Verluste von zwölf Milliarden Franken.');
  assert.deepEqual(s.map((x) => [x.speaker, x.cue]), [['Demnach', 'Demnach']]);
  const back = statements('Die Armee werde sich aus der Stadt zurückziehen. Das erklärte General Erik Muster vom Militärrat am Abend.');
  // (the syntax layer reads "erklärte" as the verb before its subject, whose phrase keeps its "vom …")
  assert.deepEqual(back.map((x) => [x.speaker, x.quote]), [['General Erik Muster vom Militärrat', 'Die Armee werde sich aus der Stadt zurückziehen']]);
});

test('a participle closes a cue clause only after "haben" or "werden": "ist nicht bekannt," is no "bekennen"', () => {
  assert.deepEqual(statements('Die Ursache für den Ausfall ist noch nicht bekannt, Techniker versuchen zurzeit, den Fehler zu beheben.'), []);
  // (the Konjunktiv sentence is still someone's reported speech, but with no cue)
  assert.deepEqual(statements('Der Täter sei der Polizei bekannt, Ermittler suchten nun nach ihm.').map((x) => x.cue), [null]);
  const s = statements('Der Sprecher hatte am Abend erklärt, die Strecke bleibe bis Freitag gesperrt.');
  assert.deepEqual(s.map((x) => [x.speaker, x.cue, x.quote]), [['Der Sprecher', 'erklärt', 'die Strecke bleibe bis Freitag gesperrt']]);
});

test('the frame: the reporting clause without the message, before, after or inside it', () => {
  const frame = (text: string) => statements(text).filter((x) => x.partOf === null).map((x) => x.frame);
  assert.deepEqual(frame('Nach dem Treffen in Riad sagte der Außenminister am Dienstag, man sei einer Waffenruhe näher gekommen.'),
    ['Nach dem Treffen in Riad sagte der Außenminister am Dienstag,']);
  assert.deepEqual(frame('„Wir verhandeln nicht unter Beschuss“, sagte Selenskyj am Abend in seiner Videobotschaft.'),
    [', sagte Selenskyj am Abend in seiner Videobotschaft']);
  assert.deepEqual(frame('Nach Angaben des Kremls soll das Gespräch am Freitag stattfinden.'), ['Nach Angaben des Kremls']);
  assert.deepEqual(frame('Eine Waffenruhe sei nicht in Sicht, so Peskow.'), [', so Peskow']);
  // "so Peskow" inside the message: the message is the sentence around it, the frame the parenthesis
  assert.deepEqual(statements('Das sei, so Peskow, nicht vereinbart worden.').map((x) => [x.speaker, x.quote, x.frame]),
    [['Peskow', 'Das sei, so Peskow, nicht vereinbart worden', 'so Peskow']]);
  // so is a source clause set off inside the message's main clause, with its verb; a name given in one is no source
  assert.deepEqual(statements('Die Regierung werde, wie der Sprecher mitteilte, am Montag zurücktreten.').map((x) => [x.speaker, x.quote, x.frame]),
    [['der Sprecher', 'Die Regierung werde, wie der Sprecher mitteilte, am Montag zurücktreten', 'wie der Sprecher mitteilte']]);
  assert.deepEqual(statements('Der Grund für den Rauswurf, so vermutet die Zeitung, dürfte der Streit gewesen sein.').map((x) => [x.speaker, x.quote]),
    [['die Zeitung', 'Der Grund für den Rauswurf, so vermutet die Zeitung, dürfte der Streit gewesen sein']]);
  assert.deepEqual(statements('„Uncle Ted“, wie der Senator genannt wurde, war für sein Geschick bekannt.').filter((x) => x.form !== 'direct'), []);
  // (after the comma an apposition of the speaker, no more message)
  assert.deepEqual(statements('Der Angriff sei eine Strafe, so der Sprecher der Bewegung, Erik Muster.').map((x) => [x.speaker, x.quote]),
    [['der Sprecher der Bewegung, Erik Muster', 'Der Angriff sei eine Strafe']]);
  assert.deepEqual(frame('Wie das Außenministerium in Kiew mitteilte, wurden 150 Gefangene ausgetauscht.'), ['Wie das Außenministerium in Kiew mitteilte,']);
  // a reported speech act is its own message; a continuation has no reporting clause
  assert.deepEqual(frame('Die Regierung in Moskau wies die Forderung nach einer Waffenruhe als unannehmbar zurück.'), [null]);
  assert.deepEqual(frame('Der Minister sagte, man werde weiter verhandeln. Die Gespräche seien schwierig.'), ['Der Minister sagte,', null]);
});

test('a quotation inside a reported clause is a statement of its own, part of it, in its frame', () => {
  const s = statements('Trump sagte, er habe ein „langes und hochproduktives“ Telefonat mit Putin geführt.');
  assert.deepEqual(s.map((x) => [x.form, x.actor, x.quote, x.partOf, x.frame]), [
    ['mixed', 'donald-trump', 'er habe ein „langes und hochproduktives“ Telefonat mit Putin geführt', null, 'Trump sagte,'],
    ['direct', 'donald-trump', '„langes und hochproduktives“', 0, 'Trump sagte,'],
  ]);
  // (so is a whole quoted clause at the end of the reported clause: no direct statement of the cue before it alone)
  const long = statements('Der Sprecher Jan Muster hatte am Mittwoch erklärt, für den Kanzler sei entscheidend, „ob er sich auf die Mehrheit des Parlaments verlassen kann“.');
  assert.deepEqual(long.map((x) => [x.form, x.speaker, x.quote, x.partOf]), [
    ['mixed', 'Der Sprecher Jan Muster', 'für den Kanzler sei entscheidend, „ob er sich auf die Mehrheit des Parlaments verlassen kann“', null],
    ['direct', 'Der Sprecher Jan Muster', '„ob er sich auf die Mehrheit des Parlaments verlassen kann“', 0],
  ]);
});

test('"verlauten" names where the words came from as their source; fearing and finding fault tell a message too', () => {
  const said = (text: string) => statements(text).map((x) => [x.speaker, x.cue, x.quote]);
  assert.deepEqual(said('Aus Regierungskreisen verlautete, der Minister werde zurücktreten.'), [['Regierungskreisen', 'verlautete', 'der Minister werde zurücktreten']]);
  assert.deepEqual(said('Der Betriebsrat fürchtet, dass ein Boykott weitere Arbeitsplätze gefährdet.'), [['Der Betriebsrat', 'fürchtet', 'dass ein Boykott weitere Arbeitsplätze gefährdet']]);
});

test('"so X" right before a quotation is its source, and the words before it are that source\'s too', () => {
  const s = statements('Der Konzern schweigt. Auch diese Unwissenheit habe Methode, so Erika Muster weiter: „Das ist in anderen Firmen auch üblich, dass die Spitze nichts weiß.“');
  assert.deepEqual(s.map((x) => [x.form, x.speaker, x.cue]), [['indirect', 'Erika Muster', 'so'], ['direct', 'Erika Muster', 'so']]);
  const inside = statements('Der Einsatz solle sich, so Muster, „in Anbetracht der Grundrechte“ auf schwere Fälle beschränken.');
  assert.deepEqual(inside.filter((x) => x.form === 'direct').map((x) => [x.speaker, x.quote]), [['Muster', '„in Anbetracht der Grundrechte“']]);
});

test('review cases: "so" + verb + object before the speaker, "hatte X … erklärt" after a quotation, "nennen" with two objects past a relative clause, a comma inside a short quotation', () => {
  const said = (text: string) => statements(text).map((x) => [x.form, x.speaker, x.quote]);
  assert.deepEqual(said('Der Streik dauert an. „Gegenüber seinem Personal ist er die eiserne Hand“, so charakterisierte ihn der Gewerkschafter Bernd Muster.').map((x) => x[1]),
    ['der Gewerkschafter Bernd Muster']);
  assert.deepEqual(said('Der Konzern plant Großes. „Wir wollen die Werke enger verzahnen“, hatte Konzernchef Muster in einem Interview erklärt.').map((x) => [x[0], x[1]]),
    [['direct', 'Konzernchef Muster']]);
  assert.deepEqual(said('Der Streik dauert an. Die Anwältin, die fast nur Frauen vertritt, nennt das Urteil einen Justizskandal.').map((x) => [x[0], x[1]]),
    [['reported', 'Die Anwältin']]);
  assert.deepEqual(said('Der Streik dauert an. Erika Muster, die Vorsitzende der Partei, sagte, das Prinzip „ein Mann, eine Stimme“ gelte auch dort.'), [
    ['mixed', 'Erika Muster, die Vorsitzende der Partei', 'das Prinzip „ein Mann, eine Stimme“ gelte auch dort'],
    ['direct', 'Erika Muster, die Vorsitzende der Partei', '„ein Mann, eine Stimme“'],
  ]);
});

test('a broadcaster named in lower case with a digit or a hyphen is a name: "n24", "n-tv"', () => {
  const said = (text: string) => statements(text).map((x) => x.speaker);
  assert.deepEqual(said('Der Prozess läuft. Eine Reporterin von n24 sagte, die Lage sei ruhig.'), ['Eine Reporterin von n24']);
  assert.deepEqual(said('Der Prozess läuft. Ein Reporter des Senders n-tv sagte, die Lage sei ruhig.'), ['Ein Reporter des Senders n-tv']);
});

test('review cases of the session\'s rules: a main clause after a fronted clause, a comma inside the closing mark, a passive\'s Vorfeld, joined objects', () => {
  const said = (text: string) => statements(text).map((x) => [x.form, x.speaker, x.quote]);
  assert.deepEqual(said('Der Streit geht weiter. Als die Polizei eintraf, war der Täter bereits geflohen, sagte ein Sprecher.'),
    [['indirect', 'ein Sprecher', 'Als die Polizei eintraf, war der Täter bereits geflohen']]);
  assert.deepEqual(said('Der Streit geht weiter. „Wir werden die Steuern nicht erhöhen,“ sagte der Minister.').map((x) => x[1]), ['der Minister']);
  assert.deepEqual(said('Der Streit geht weiter. Die Rede von Angela Merkel wurde im Ausland scharf kritisiert.'), []);
  assert.deepEqual(said('Der Streit geht weiter. Manfred Muster, der Dekan der Fakultät, hatte gegenüber der Zeitung „Die Welt“ mitgeteilt, dass die Hochschule den Titel entziehe.').map((x) => x[1]),
    ['Manfred Muster, der Dekan der Fakultät']);
  assert.deepEqual(said('Der Streit geht weiter. Der Minister nannte die Zahl der Toten und die Namen der Opfer.'), []);
  assert.deepEqual(said('Der Streit geht weiter. Am Montag versprach die Kanzlerin die Steuern zu senken.').map((x) => x[0]), ['reported']);
  assert.deepEqual(said('Der Streit geht weiter. Der Einsatz solle sich, so Muster, „auf das Nötigste“ beschränken.'), [
    ['indirect', 'Muster', 'Der Einsatz solle sich, so Muster, „auf das Nötigste“ beschränken'], ['direct', 'Muster', '„auf das Nötigste“']]);
  assert.deepEqual(said('Der Streit geht weiter. „Wir kommen morgen nach Berlin“, so der Minister.').map((x) => x[0]), ['direct']);
});

test('a name in camel case speaks: "eBay hält es für möglich, dass …"', () => {
  const s = statements('Damals stand ein Brautkleid im Angebot. eBay hält es für möglich, dass der Rekord bald fällt.');
  assert.deepEqual(s.map((x) => [x.speaker, x.quote]), [['eBay', 'dass der Rekord bald fällt']]);
});

test('a quoted name in the speaker\'s phrase is no quotation: its verb is no verb of the sentence and its cue is the speaker\'s', () => {
  const s = statements('Erika Muster von der „Aktion Deutschland hilft“ sagte, es sei ein falscher Eindruck entstanden.');
  assert.deepEqual(s.map((x) => [x.form, x.speaker, x.quote]), [['indirect', 'Erika Muster von der „Aktion Deutschland hilft“', 'es sei ein falscher Eindruck entstanden']]);
});

test('a cue verb in Konjunktiv I before ", teilte X mit" is part of the message, not a speaker of its own', () => {
  const s = statements('Die Regierung lobe die Unterstützung der Schweiz, teilte das ukrainische Außenministerium mit.');
  assert.deepEqual(s.map((x) => [x.form, x.speaker, x.cue, x.quote]), [['indirect', 'das ukrainische Außenministerium', 'teilte', 'Die Regierung lobe die Unterstützung der Schweiz']]);
});

test('a cue of several words: the particle, the auxiliary, the conjunction of a source clause', () => {
  const cue = (text: string) => statements(text).map((x) => x.cueWords);
  assert.deepEqual(cue('Das Ministerium teilte am Abend mit, man werde weiter verhandeln.'), ['teilte … mit']);
  assert.deepEqual(cue('Der Minister hatte zuvor erklärt, man werde weiter verhandeln.'), ['hatte … erklärt']);
  assert.deepEqual(cue('Wie das Ministerium mitteilte, wurden 150 Gefangene ausgetauscht.'), ['Wie … mitteilte']);
  assert.deepEqual(cue('Der Minister sagte, man werde weiter verhandeln.'), ['sagte']);
});

test('"zitieren": the one quoted speaks, not the medium that quotes', () => {
  const speakers = (text: string) => statements(text).map((x) => [x.speaker, x.quote]);
  assert.deepEqual(speakers('Die Agentur Interfax zitierte Peskow mit den Worten, man werde weiter verhandeln.'), [['Peskow', 'man werde weiter verhandeln']]);
  assert.deepEqual(speakers('Peskow wurde von Interfax mit den Worten zitiert, man werde weiter verhandeln.'), [['Peskow', 'man werde weiter verhandeln']]);
  assert.deepEqual(speakers('Die Zeitung zitiert einen Augenzeugen mit den Worten: „Wir haben nichts gesehen.“'), [['einen Augenzeugen', '„Wir haben nichts gesehen.“']]);
});

test('"hieß es" before its message: the source the sentence opens with, or "aus …" after it', () => {
  const said = (text: string) => statements(text).map((x) => [x.speaker, x.cue, x.quote]);
  assert.deepEqual(said('Aus dem Kreml hieß es, man sei zu Gesprächen bereit.'), [['dem Kreml', 'hieß es', 'man sei zu Gesprächen bereit']]);
  assert.deepEqual(said('Bei der Agentur Interfax hieß es, dass es zwei Explosionen gegeben habe.'), [['der Agentur Interfax', 'hieß es', 'dass es zwei Explosionen gegeben habe']]);
  assert.deepEqual(said('Später hieß es aus dem Kreml, man prüfe den Vorschlag.'), [['dem Kreml', 'hieß es', 'man prüfe den Vorschlag']]);
  // (a message in the indicative is none: "hieß es" names something here)
  assert.deepEqual(said('In Moskau hieß es, die Gespräche beginnen am Montag.'), []);
});

test('a message after "und" + a second cue belongs to the second: "bestätigte das Telefonat und gab bekannt, …"', () => {
  const said = (text: string) => statements(text).map((x) => [x.form, x.speaker, x.cueWords, x.quote]);
  assert.deepEqual(said('Der Kreml bestätigte das Telefonat und gab bekannt, Putin habe Trump nach Moskau eingeladen.'),
    [['indirect', 'Der Kreml', 'gab … bekannt', 'Putin habe Trump nach Moskau eingeladen']]);
  assert.deepEqual(said('Die Abgeordnete kritisierte den Plan und kündigte an, im Herbst gegen ihn kandidieren zu wollen.'),
    [['indirect', 'Die Abgeordnete', 'kündigte … an', 'im Herbst gegen ihn kandidieren zu wollen']]);
  // (the first verb's own act is not told as a statement beside it: the events stage tells it)
  assert.deepEqual(said('Moskau wies die Darstellung zurück und sagte, man sei nicht beteiligt.').map((x) => [x[0], x[2]]), [['indirect', 'sagte']]);
  // ", betonte aber, …" after a reported clause: the reporting clause's subject goes on
  assert.deepEqual(said('Peskow sagte, Putin sei offen für Gespräche, betonte aber, die Bedingungen müssten stimmen.').map((x) => [x[1], x[3]]),
    [['Peskow', 'Putin sei offen für Gespräche'], ['Peskow', 'die Bedingungen müssten stimmen']]);
  // "fügte … hinzu": a particle the lexicon does not split, from data/de/particle-verbs.tsv
  assert.deepEqual(said('Er fügte hinzu: „Wir werden nicht nachgeben.“').map((x) => x[2]), ['fügte … hinzu']);
});

test('the speaker is the whole noun phrase with the prepositional phrases after its noun, never a time or an occasion', () => {
  const sp = (text: string) => statements(text).map((x) => x.speaker);
  assert.deepEqual(sp('Die Grenzen blieben geschlossen, teilte die Regierung in Velmora mit.'), ['die Regierung in Velmora']);
  assert.deepEqual(sp('Die Lage sei ernst, sagte Erika Muster vom Verband der Bäcker.'), ['Erika Muster vom Verband der Bäcker']);
  assert.deepEqual(sp('Nach Angaben des Amtes für Statistik stiegen die Preise um drei Prozent.'), ['Angaben des Amtes für Statistik']);
  // (after a name, a place tells where it was said; a time or an occasion is never the speaker's)
  assert.deepEqual(sp('Die Lage sei ernst, sagte Kallas in Brüssel.'), ['Kallas']);
  assert.deepEqual(sp('Die Lage sei ernst, sagte die Ministerin am Montag.'), ['die Ministerin']);
  assert.deepEqual(sp('Die Lage sei ernst, schrieb die Zeitung in ihrer Onlineausgabe.'), ['die Zeitung']);
});

test('the comma inside a speaker\'s apposition after the cue is no clause break: the message starts after the name', () => {
  const [s] = statements('Dies erklärte der Direktor der Agentur (IEA), Hans Beispiel, Nordland besitze große Reserven.');
  assert.deepEqual([s!.speaker, s!.quote], ['der Direktor der Agentur (IEA), Hans Beispiel', 'Nordland besitze große Reserven']);
});

test('what follows the comma after a reporting verb: a zu-infinitive is a message, a relative or joined clause is not', () => {
  // (nor before an adjective: "das neue Gymnasium zu reformieren"; and the comma may be left out)
  const school = statements('Der Ministerpräsident hat nun angekündigt, das neue Gymnasium zu reformieren.');
  assert.deepEqual(school.map((x) => [x.speaker, x.quote]), [['Der Ministerpräsident', 'das neue Gymnasium zu reformieren']]);
  const noComma = statements('Die Abgeordnete hat am 20. Juli angekündigt ihr Mandat niederzulegen.');
  assert.deepEqual(noComma.map((x) => [x.speaker, x.quote]), [['Die Abgeordnete', 'ihr Mandat niederzulegen']]);
  // (a clause of purpose is no message: "gab die Methode bekannt, um andere zu warnen"; a main clause after it may be)
  assert.deepEqual(statements('Südkorea hat geantwortet, um eine Eskalation zu vermeiden.').filter((x) => x.form === 'indirect'), []);
  assert.deepEqual(statements('Der Hacker gab bekannt, um die Sperre zu knacken, brauche man nur einen Computer.').map((x) => x.quote),
    ['um die Sperre zu knacken, brauche man nur einen Computer']);
  // (but "berichten zu können" is one infinitive, and "bekannten" before a noun no verb)
  assert.deepEqual(statements('Die Reporter brachen den Streik ab, um über die Lage berichten zu können.').filter((x) => x.form === 'indirect'), []);
  assert.deepEqual(statements('Die Forscher wollten den Einheimischen bekannten Wasserfall zu vermessen versuchen.').filter((x) => x.form === 'indirect'), []);
  // an article before the infinitive's object is no relative pronoun
  const plan = statements('Der Konzern hat am Montag angekündigt, die Preise ab 1. Oktober zu erhöhen.');
  assert.deepEqual(plan.map((x) => [x.form, x.speaker, x.cue, x.quote]), [['indirect', 'Der Konzern', 'angekündigt', 'die Preise ab 1. Oktober zu erhöhen']]);
  // "bei dem …" is a relative clause on the object, "beharren aber …" the subject's next predicate
  const relative = statements('Der Sprecher der Polizei bestätigte am Abend, bei dem ein Tourist ums Leben kam.');
  assert.ok(!relative.some((x) => x.quote.startsWith('bei dem')), JSON.stringify(relative));
  const joined = statements('Die Rebellen bestreiten, beharren aber auf der Forderung nach mehr Autonomie.');
  assert.ok(!joined.some((x) => x.quote.startsWith('beharren')), JSON.stringify(joined));
  const list = statements('Der Bericht nennt zahlreiche Verbrechen, darunter das Massaker an 8000 Männern in Srebrenica.');
  assert.ok(!list.some((x) => x.quote.startsWith('darunter')), JSON.stringify(list));
  // after a fronted source clause the main clause opens with its verb, and is the message
  const fronted = statements('Wie der Sprecher der Behörde, Hans Muster, mitteilte, sind aus den Trümmern zwei Leichen geborgen worden.');
  assert.deepEqual(fronted.map((x) => x.quote), ['sind aus den Trümmern zwei Leichen geborgen worden']);  // an accusation takes any clause too ("wollte" reads as the indicative), a warning only a message
  const accused = statements('Kritiker werfen dem Bürgermeister vor, er wollte sich mit den Projekten nur selbst bereichern.');
  assert.deepEqual(accused.map((x) => [x.speaker, x.quote]), [['Kritiker', 'er wollte sich mit den Projekten nur selbst bereichern']]);
  // (a verb joined to the clause before shares its subject, not the object pronoun of that clause)
  const threat = statements('Diese baten ihn um Zigaretten und drohten dem Wachmann an, ihn zu durchsuchen.');
  assert.deepEqual(threat.map((x) => [x.speaker, x.quote]), [['Diese', 'ihn zu durchsuchen']]);
  const warned = statements('Die Behörde warnte vor Glätte, die Straßen waren am Morgen kaum befahrbar.');
  assert.ok(!warned.some((x) => x.quote.startsWith('die Straßen')), JSON.stringify(warned));
});

test('a heading over a section in which its speaker speaks sums that up; the section statement stands', () => {
  const text = 'Kallas: Man kann Russland nicht trauen\n\nDie EU-Außenbeauftragte Kaja Kallas sagte am Mittwoch in Brüssel, Russland halte sich an keine Abmachung.';
  const s = statements(text, '2025-03-19', 'txt');
  assert.deepEqual(s.map((x) => [x.form, x.actor, x.quote]), [['indirect', 'kaja-kallas', 'Russland halte sich an keine Abmachung']]);
});

test('"sollen" right after a statement (or two sentences after) goes on with its speaker, a sentence naming its own source does not', () => {
  const demand = statements('Der Verbandschef fordert den Zwangsabstieg für den Meister. Der Verein soll in die dritte Liga absteigen.');
  assert.deepEqual(demand.map((x) => [x.form, x.speaker, x.quote]), [
    ['reported', 'Der Verbandschef', 'Der Verbandschef fordert den Zwangsabstieg für den Meister'],
    ['free-indirect', 'Der Verbandschef', 'Der Verein soll in die dritte Liga absteigen'],
  ]);
  // (two sentences after it too, when the sentence between names no one else; never with no speaker)
  const later = statements('Der Verbandschef fordert den Zwangsabstieg für den Meister. Dafür gibt es klare Regeln. Der Verein soll dann in die dritte Liga absteigen.');
  assert.deepEqual(later.map((x) => [x.form, x.speaker]).at(-1), ['free-indirect', 'Der Verbandschef']);
  assert.deepEqual(statements('Das Urteil fällt im Mai. Der Verein soll in die dritte Liga absteigen.'), []);
  const source = statements('Kallas sagte, die Hilfe sei dringend. Die Teilnahme wäre freiwillig, wie einem Papier des Auswärtigen Dienstes zu entnehmen ist.');
  assert.deepEqual(source.map((x) => x.quote), ['die Hilfe sei dringend']);
});

test('a reported act in the passive: its "von" agent speaks, not the verb\'s own "von" object or a court\'s verdict', () => {
  const act = statements('Von der Opposition wurde die Art des Besuchs als unangemessen kritisiert.');
  assert.deepEqual(act.map((x) => [x.form, x.speaker, x.cue]), [['reported', 'der Opposition', 'kritisiert']]);
  const named = statements('Die Forderungen wurden von Bundesverkehrsminister Manfred Stolpe als unrealistisch bezeichnet.');
  assert.deepEqual(named.map((x) => x.speaker), ['Bundesverkehrsminister Manfred Stolpe']);
  assert.deepEqual(statements('In Brandenburg wird weiterhin von einer hohen Waldbrandgefahr ausgegangen.'), []);
  assert.deepEqual(statements('Der Mann wurde vom Amtsgericht Wolfsburg zu einer Geldstrafe verurteilt.'), []);
});

test('a Konjunktiv I main clause no one introduced is still reported speech: the speaker of one of the two sentences before, the paragraph\'s last, or no one', () => {
  const none = statements('Die Hälfte der Bewohner verließ angeblich das Dorf. Diese Nachricht wurde am Montag dementiert. Es habe sich um ein Missverständnis gehandelt.');
  assert.deepEqual(none.map((x) => [x.form, x.speaker, x.quote]), [['free-indirect', null, 'Es habe sich um ein Missverständnis gehandelt']]);
  const near = statements('Der Sprecher der Feuerwehr sagte, die Lage sei unter Kontrolle. Am Abend regnete es wieder. Die Versorgung der Verletzten sei gesichert.');
  assert.deepEqual(near.map((x) => [x.form, x.speaker]), [['indirect', 'Der Sprecher der Feuerwehr'], ['free-indirect', 'Der Sprecher der Feuerwehr']]);
  // farther back in the paragraph: its last speaker; in the next paragraph, no one
  const far = 'Der Sprecher der Feuerwehr sagte, die Lage sei unter Kontrolle. Am Abend regnete es wieder. Die Straßen waren nass. Viele Keller liefen voll. Die Versorgung der Verletzten sei gesichert.';
  assert.deepEqual(statements(far).map((x) => [x.form, x.speaker]), [['indirect', 'Der Sprecher der Feuerwehr'], ['free-indirect', 'Der Sprecher der Feuerwehr']]);
  const next = 'Der Sprecher der Feuerwehr sagte, die Lage sei unter Kontrolle. Am Abend regnete es wieder.\n\nDie Straßen waren nass. Viele Keller liefen voll. Die Versorgung der Verletzten sei gesichert.';
  assert.deepEqual(statements(next, '2025-03-19', 'txt').map((x) => [x.form, x.speaker]), [['indirect', 'Der Sprecher der Feuerwehr'], ['free-indirect', null]]);
  // an indicative sentence is no one's
  assert.deepEqual(statements('Diese Nachricht wurde am Montag dementiert. Es handelte sich um ein Missverständnis.'), []);
});

test('a call on someone ("forderte … zur Kooperation auf") is a reported act with a noun-phrase message', () => {
  const act = (t: string) => statements(t).map((x) => [x.form, x.speaker, x.cue]);
  assert.deepEqual(act('Die EU forderte die Regierung von Myanmar erneut zur Kooperation auf.'), [['reported', 'Die EU', 'forderte']]);
  // (without "zu" it is no call: "forderte die Regierung auf" says nothing yet)
  assert.deepEqual(act('Die EU forderte die Regierung von Myanmar erneut auf.'), []);
});

test('a speaker with an extended attribute, a particle past an apposition, a participle before its auxiliary, "bekannt gab"', () => {
  const attribute = statements('Vor dem Absturz sei kein Notsignal gesendet worden, sagte der für die Luftfahrt zuständige Direktor der Behörde.');
  assert.deepEqual(attribute.map((x) => [x.speaker, x.quote]), [['der für die Luftfahrt zuständige Direktor der Behörde', 'Vor dem Absturz sei kein Notsignal gesendet worden']]);
  const apposition = statements('Der Flughafen bleibt bis Freitag geschlossen, teilte der Direktor der Behörde, Erik Muster, am Abend mit.');
  assert.deepEqual(apposition.map((x) => [x.speaker, x.cueWords, x.quote]), [['der Direktor der Behörde, Erik Muster', 'teilte … mit', 'Der Flughafen bleibt bis Freitag geschlossen']]);
  const perfect = statements('Wie das Ministerium in der Nacht mitgeteilt hat, wird die Grenze am Montag wieder geöffnet.');
  assert.deepEqual(perfect.map((x) => [x.speaker, x.quote]), [['das Ministerium', 'wird die Grenze am Montag wieder geöffnet']]);
  const apart = statements('Wie der Hersteller am Morgen bekannt gab, wird er den Konkurrenten im kommenden Jahr übernehmen.');
  assert.deepEqual(apart.map((x) => [x.speaker, x.cueWords, x.act]), [['der Hersteller', 'Wie … bekannt … gab', 'announce']]);
  const participle = statements('Der Konzern hat am Montag bekannt gegeben, dass 130 Mitarbeiter entlassen werden.');
  assert.deepEqual(participle.map((x) => [x.speaker, x.cueWords, x.quote]), [['Der Konzern', 'hat … bekannt … gegeben', 'dass 130 Mitarbeiter entlassen werden']]);
  // ("das teilte er mit seiner Frau": "teilen", no cue; the clause before is no one's message)
  assert.deepEqual(statements('Er kaufte ein kleines Haus am See, das teilte er mit seiner Frau.'), []);
});

test('", das teilte X mit" after a clause points back to that clause', () => {
  const s = statements('Die Kamera des Teleskops ist seit Juni ausgefallen, das teilte die Nasa am Montag mit.');
  assert.deepEqual(s.map((x) => [x.form, x.speaker, x.quote]), [['indirect', 'die Nasa', 'Die Kamera des Teleskops ist seit Juni ausgefallen']]);
});

test('a cue verb in its other sense says nothing: "forderte 92 Menschenleben", "bestreitet sein Gruppenspiel"', () => {
  assert.deepEqual(statements('In Vietnam forderte der Taifun nach offiziellen Zahlen 92 Menschenleben.').map((x) => x.cue), []);
  assert.deepEqual(statements('Deutschland bestreitet sein zweites Gruppenspiel am 11. Januar gegen Spanien.'), []);
  assert.deepEqual(statements('Russland bestreitet jede Beteiligung an dem Anschlag.').map((x) => [x.form, x.act]), [['reported', 'deny']]);
});

test('"nach" with a draft names a source; "nach Plan" and "nach der Vorstellung" (a time) name none', () => {
  const s = statements('Nach dem Gesetzentwurf der Koalition sollen auch Jugendämter Zugriff erhalten.');
  assert.deepEqual(s.map((x) => [x.speaker, x.quote]), [['dem Gesetzentwurf der Koalition', 'sollen auch Jugendämter Zugriff erhalten']]);
  assert.deepEqual(statements('Die Bauarbeiten an der Brücke verliefen nach Plan.'), []);
  assert.deepEqual(statements('Nach der Vorstellung des neuen Modells stieg der Aktienkurs deutlich.'), []);
});

test('a message before a trailing cue may end in a subordinate clause; a pluperfect cue clause after a comma; a Konjunktiv participle before ", so X"', () => {
  const subordinate = statements('Der Flügel war schon beschädigt, als das Flugzeug landete, sagte der Ermittler Henderson.');
  assert.deepEqual(subordinate.map((x) => [x.speaker, x.quote]), [['der Ermittler Henderson', 'Der Flügel war schon beschädigt, als das Flugzeug landete']]);
  // (a subordinate clause alone before the comma is no message: the verb after it is the main clause's)
  assert.deepEqual(statements('Wenn er verurteilt wird, droht ihm eine lange Haftstrafe.'), []);
  const pluperfect = statements('Ihre Arbeit sei nicht frei von Schwächen, hatte die Abgeordnete damals gesagt.');
  assert.deepEqual(pluperfect.map((x) => [x.speaker, x.cueWords, x.quote]), [['die Abgeordnete', 'hatte … gesagt', 'Ihre Arbeit sei nicht frei von Schwächen']]);
  assert.deepEqual(statements('Er kam am Abend nach Hause, hatte aber nichts gesagt.'), []);
  const so = statements('Man habe den Ursprung der Störungen im Iran festgestellt, so der britische Fernsehsender.');
  assert.deepEqual(so.map((x) => [x.speaker, x.quote]), [['der britische Fernsehsender', 'Man habe den Ursprung der Störungen im Iran festgestellt']]);
});

test('review cases: "zu" + infinitive is no fused cue, a second predicate after a comma is no cue clause, no particle from the next clause', () => {
  assert.deepEqual(statements('Die Armee versucht seit Wochen, die Grenze zu sichern.'), []);
  assert.deepEqual(statements('Der Minister trat zurück, hatte aber zuvor alle Vorwürfe im Parlament bestritten.').filter((x) => x.speaker === 'alle Vorwürfe'), []);
  assert.deepEqual(statements('Die Firma schloss das Werk, wurde aber von der Gewerkschaft kritisiert.').filter((x) => x.form === 'indirect'), []);
  assert.deepEqual(statements('Der Sprecher sagte am Abend, kurz vor Mitternacht, die Kämpfe dauerten an.').map((x) => x.cueWords), ['sagte']);
  assert.deepEqual(statements('Nach der Vorstellung des neuen Modells stieg der Aktienkurs deutlich.'), []);
  assert.deepEqual(statements('Die EU legte ein Papier vor, das fordert die Mitgliedstaaten zu mehr Tempo auf.').filter((x) => x.speaker === 'die Mitgliedstaaten'), []);
});

test('an adjective before its noun is no Konjunktiv verb: "weite Teile", "43 Meter breite Schiff" tell no one\'s words', () => {
  assert.deepEqual(statements('Es regnete stark. Für weite Teile des Landes wurde eine Unwetterwarnung ausgegeben.'), []);
  assert.deepEqual(statements('Der Hafen war voll. Das 335 Meter lange und 43 Meter breite Schiff legte am Morgen an.'), []);
  // (a verb stays one after its subject: "man weite", "man sichere … zu")
  assert.deepEqual(statements('Man weite die Suche aus, sagte ein Sprecher der Polizei.').map((x) => x.quote), ['Man weite die Suche aus']);
});

test('an embedded cue: no message after a time or cause clause alone, none after a relative clause, and the main clause goes on after its message', () => {
  assert.deepEqual(statements('Der Bürgermeister wurde bundesweit bekannt, als er 2019 als erster Grüner in das Amt gewählt wurde.').filter((x) => x.form === 'indirect'), []);
  assert.deepEqual(statements('Der Fall wurde bekannt, weil die Nachbarin die Polizei gerufen hatte.').filter((x) => x.form === 'indirect'), []);
  // (a condition or time before the message's own main clause opens the message)
  assert.deepEqual(statements('Die Polizei teilte mit, als die Beamten eintrafen, sei der Mann bereits geflohen.').map((x) => x.quote),
    ['als die Beamten eintrafen, sei der Mann bereits geflohen']);
  assert.deepEqual(statements('Ein Bescheid des Landrats, der den Jägern weitere Rechte einräumt, soll solche Fehler künftig verhindern.').filter((x) => x.form === 'indirect'), []);
  assert.deepEqual(statements('Der Minister, der am Montag erklärte, die Lage sei stabil, reiste am Abend ab.').map((x) => x.quote), ['die Lage sei stabil']);
  // (a clause opening with its finite verb after a relative clause is the main clause going on, its cue comes later)
  // (a fronted clause of time is no message of the main clause's cue; its own cue has its message)
  assert.deepEqual(statements('Während die Sängerin erklärte, wahnsinnig aufgeregt zu sein, räumte die Schauspielerin ein, davon geträumt zu haben.').map((x) => [x.speaker, x.quote]),
    [['die Sängerin', 'wahnsinnig aufgeregt zu sein'], ['die Schauspielerin', 'davon geträumt zu haben']]);
  assert.deepEqual(statements('Ein Tief, das tagelang über der Bucht gestanden hatte, habe nun das Festland erreicht, meldet die Wetterbehörde.').map((x) => [x.speaker, x.cue]),
    [['die Wetterbehörde', 'meldet']]);
});

test('a verb with a particle the lexicon does not list: "voranzutreiben" closes a zu-infinitive message', () => {
  assert.deepEqual(statements('Der Verband forderte die Mitglieder auf, die Reform rasch voranzutreiben.').map((x) => [x.speaker, x.quote]),
    [['Der Verband', 'die Reform rasch voranzutreiben']]);
});

test('a name with a particle is an apposition ("Mohammed el-Baradei"); a clause of means is no message of the verb before it', () => {
  assert.deepEqual(statements('Im Interview erklärte der Direktor der Atombehörde (IAEO), Mohammed el-Baradei, das Land besitze mehrere Sprengköpfe.').map((x) => [x.speaker, x.quote]),
    [['der Direktor der Atombehörde (IAEO), Mohammed el-Baradei', 'das Land besitze mehrere Sprengköpfe']]);
  assert.deepEqual(statements('Der Präsident bestritt die Berichte indirekt, indem er sagte, ein Bündnis würde die Partnerschaft nicht ersetzen.').map((x) => [x.speaker, x.cue, x.quote]),
    [['er', 'sagte', 'ein Bündnis würde die Partnerschaft nicht ersetzen']]);
});

test('a criticism, rejection or praise of a noun phrase, or an announcement of one, is an event, no statement, unless it says something of it ("als …")', () => {
  assert.deepEqual(statements('Die Regierung in Moskau wies die Forderung nach einer Waffenruhe zurück.'), []);
  assert.deepEqual(statements('Kallas kritisierte in Brüssel die Entscheidung der Regierung.'), []);
  assert.deepEqual(statements('Der Minister begrüßte den Beschluss des Parlaments.'), []);
  // (but who acted spoke: a Konjunktiv sentence after it goes on with them)
  assert.deepEqual(statements('Der Sprecher der Stiftung wies den Vorwurf zurück. In Zeiten knapper Kassen sei die Studie richtig.').map((x) => [x.form, x.speaker]),
    [['free-indirect', 'Der Sprecher der Stiftung']]);
  // (nor is a statement, confirmation or announcement of a bare noun phrase: it names the thing, an event tells it)
  assert.deepEqual(statements('Der Kreml bestätigte am Abend den Vorfall.'), []);
  assert.deepEqual(statements('Der Konzern gab am Montag die Fusion bekannt.'), []);
  assert.deepEqual(statements('Der Minister sprach von einer schweren Krise.').map((x) => x.form), ['reported']);
  assert.deepEqual(statements('Peskow bestätigte die Vorbereitungen für das Gespräch.').map((x) => x.form), ['reported']);
  assert.deepEqual(statements('Die Opposition kritisierte den Plan als unverantwortlich.').map((x) => [x.form, x.speaker]), [['reported', 'Die Opposition']]);
  // (a demand, a warning, an accusation tell what was said)
  assert.deepEqual(statements('Die Opposition forderte den Rücktritt des Ministers.').map((x) => [x.form, x.speaker]), [['reported', 'Die Opposition']]);
  assert.deepEqual(statements('Der Minister warf der Opposition Panikmache vor.').map((x) => x.form), ['reported']);
});

test('a reported act joined to a verb with a message of its own: both statements, the subject shared', () => {
  const s = statements('Der Bürgermeister bezeichnete die Proteste als rechtmäßig und forderte die Anwohner auf, Ruhe zu bewahren.');
  assert.deepEqual(s.map((x) => [x.form, x.speaker, x.quote]), [
    ['reported', 'Der Bürgermeister', 'Der Bürgermeister bezeichnete die Proteste als rechtmäßig'],
    ['indirect', 'Der Bürgermeister', 'Ruhe zu bewahren'],
  ]);
  // (a confirmation of a noun phrase only names what the message after it tells)
  assert.deepEqual(statements('Der Kreml bestätigte das Telefonat und gab bekannt, Putin habe Trump eingeladen.').map((x) => x.form), ['indirect']);
});

test('judgements with what they say of their object are reported acts: halten für, einstufen als, werten als, schätzen auf, voraussagen', () => {
  const forms = (t: string) => statements(t).map((x) => [x.form, x.speaker]);
  assert.deepEqual(forms('Der Verfassungsschutz hält eine Veröffentlichung der Liste jedoch für unbedenklich.'), [['reported', 'Der Verfassungsschutz']]);
  assert.deepEqual(forms('Der Menschenrechtsrat stufte das Gesetz als verfassungswidrig ein.'), [['reported', 'Der Menschenrechtsrat']]);
  assert.deepEqual(forms('Die Gewerkschaft wertet die Einigung mit der Konzernführung als Erfolg.'), [['reported', 'Die Gewerkschaft']]);
  assert.deepEqual(forms('UNICEF schätzt die Zahl der betroffenen Kinder auf 150 Millionen.'), [['reported', 'UNICEF']]);
  assert.deepEqual(forms('Die Meteorologen sagten für die kommenden Tage weitere Regenfälle voraus.'), [['reported', 'Die Meteorologen']]);
  // (without what they say of it, these verbs tell no statement)
  assert.deepEqual(statements('Der Minister hält eine Rede vor dem Parlament.'), []);
  assert.deepEqual(statements('Die Polizei wertet die Aufnahmen der Kameras aus.'), []);
  assert.deepEqual(statements('Die Besucher schätzen die Ruhe des Ortes.'), []);
});

test('a speaker or addressee named in quotation marks keeps its marks', () => {
  assert.deepEqual(statements('Wie die „Washington Post“ berichtete, sei das Treffen abgesagt worden.').map((x) => x.speaker), ['die „Washington Post“']);
  assert.deepEqual(statements('„Wir warten ab“, sagte der Minister dem „Spiegel“.').map((x) => [x.speaker, x.addressee]), [['der Minister', 'dem „Spiegel“']]);
});

test('a passive cue without an agent speaks through the document its clause names', () => {
  assert.deepEqual(statements('In einem Bericht der Zeitung wurde vermutet, dass keiner der Passagiere überlebt habe.').map((x) => [x.speaker, x.quote]),
    [['einem Bericht der Zeitung', 'dass keiner der Passagiere überlebt habe']]);
  // (a place is no document)
  assert.deepEqual(statements('In Berlin wurde vermutet, dass keiner der Passagiere überlebt habe.').map((x) => x.speaker), [null]);
});

test('an apposition between commas before the finite verb stands in the Vorfeld, with the source phrase', () => {
  assert.deepEqual(statements('Nach den Worten der Sprecherin der Fraktion, Gisela Muster, sei das Gesetz verfassungswidrig.').map((x) => [x.speaker, x.quote]),
    [['den Worten der Sprecherin der Fraktion, Gisela Muster', 'sei das Gesetz verfassungswidrig']]);
  assert.deepEqual(statements('Nach Meinung von Erik Beispiel, Professor am Institut of Technology, könnte der Komet zerfallen.').map((x) => x.speaker),
    ['Meinung von Erik Beispiel, Professor am Institut of Technology']);
});

test('a back reference with a modal verb: the sentence before is the message, the speaker stands between', () => {
  const s = statements('Die Schulden steigen in diesem Jahr weiter. Das musste Finanzminister Peer Muster am Dienstag einräumen.');
  assert.deepEqual(s.map((x) => [x.form, x.speaker, x.cue, x.quote]), [['indirect', 'Finanzminister Peer Muster', 'einräumen', 'Die Schulden steigen in diesem Jahr weiter']]);
});

test('"unter Berufung auf" names where the speaker has it from, not the speaker', () => {
  assert.deepEqual(statements('Unter Berufung auf nicht weiter bezeichnete Quellen gab die Zeitung an, der Minister trete zurück.').map((x) => [x.speaker, x.cue, x.quote]),
    [['die Zeitung', 'gab', 'der Minister trete zurück']]);
});

test('a website named in lower case is a source', () => {
  assert.deepEqual(statements('Laut tagesschau.de sei der Minister zurückgetreten.').map((x) => [x.speaker, x.cue]), [['tagesschau.de', 'Laut']]);
});

test('„…“, mit diesen Worten + verb: the subject after the verb said it', () => {
  assert.deepEqual(statements('„Guten Tag, ich bin schon wieder da“, mit diesen Worten meldete sich der Trainer auf der Pressekonferenz zurück.').map((x) => [x.form, x.speaker]),
    [['direct', 'der Trainer']]);
});

test('review cases: openers, refusals, places, clauses and trailing attributions the new rules must leave alone', () => {
  const said = (t: string) => statements(t).map((x) => [x.form, x.speaker]);
  // (an opener starting the clause leaves the verb: no attribute's participle)
  assert.deepEqual(said('Seit gestern meldete Reuters, die Truppen seien abgezogen.'), [['indirect', 'Reuters']]);
  assert.deepEqual(said('Seit langem forderte Selenskyj mehr Flugabwehr für die Ukraine.'), [['reported', 'Selenskyj']]);
  // (a continuation goes on only with a run that told the sentence before)
  assert.deepEqual(said('Der Sprecher sagte, die Lage sei ernst. Es gebe keine Reserven. Die Ministerin wies den Vorwurf zurück. In Zeiten knapper Kassen sei die Studie richtig.'),
    [['indirect', 'Der Sprecher'], ['free-indirect', 'Der Sprecher'], ['free-indirect', 'Die Ministerin']]);
  // (a refusal with a modal tells nothing; a place is no document; a time clause says nothing of the plan)
  assert.deepEqual(statements('Die Zahlen steigen. Das wollte ein Sprecher des Ministeriums nicht bestätigen.'), []);
  assert.deepEqual(said('In Berlin wurde nach dem Bericht vermutet, dass der Minister zurücktritt.'), [['indirect', null]]);
  // (a source after the passive's cue names who spoke instead: ", so X" at the end)
  assert.deepEqual(said('Der Krieg geht weiter. Ägypten wird bereits aufgefordert, die Grenze zu öffnen, so der Milizenchef im Fernsehen.'), [['indirect', 'der Milizenchef']]);
  assert.deepEqual(statements('Kallas kritisierte den Plan, als sie am Montag in Brüssel war.'), []);
  // (a Konjunktiv clause after a criticism is what it says; a negated predicate too)
  assert.deepEqual(said('Merz kritisierte die Regierung, weil sie zu spät handle.'), [['reported', 'Merz']]);
  assert.deepEqual(said('Der Minister hält den Plan für nicht akzeptabel.'), [['reported', 'Der Minister']]);
  // (a judgement before ", sagte X" is X's message)
  assert.deepEqual(said('Die Regierung hält die Lage für ernst, sagte Kallas am Montag.'), [['indirect', 'Kallas']]);
  // ("Mit diesen Worten" opening the next sentence names no speaker of the quote before)
  assert.deepEqual(said('„Wir schaffen das.“ Mit diesen Worten hat die Kanzlerin die Debatte eröffnet.').filter((x) => x[1] === null && x[0] === 'direct').length, 0);
});

test('speaker phrases: "vor allem" is no article, "von" + a person is no affiliation, a source inside an attribute is its own phrase', () => {
  assert.deepEqual(statements('Vor allem Polen lehnt die neuen Hilfen als zu gering ab.').map((x) => [x.speaker, x.actor]), [['Polen', 'polen']]);
  assert.deepEqual(statements('Bei dem Treffen verlangte Putin von Trump ein Ende der Waffenlieferungen.').map((x) => [x.speaker, x.addressee]), [['Putin', 'Trump']]);
  // (an affiliation after "von" stays the speaker's: "Erika Muster vom Verband")
  assert.deepEqual(statements('„Wir warten ab“, sagte Erika Muster vom Deutschen Städtetag.').map((x) => x.speaker), ['Erika Muster vom Deutschen Städtetag']);
  assert.deepEqual(statements('Es wäre das nach offiziellen Angaben dritte Treffen der beiden Minister.').map((x) => x.speaker), ['offiziellen Angaben']);
});

test('review cases: a message keeps its own clauses before the main clause goes on; a time, cause or means clause with its main clause is a message; "da" and "als" as adverbs', () => {
  const quotes = (text: string) => statements(text).map((x) => x.quote);
  assert.deepEqual(quotes('Der Minister, der sagte, die Soldaten, die verletzt wurden, würden ausgeflogen, reiste ab.'), ['die Soldaten, die verletzt wurden, würden ausgeflogen']);
  assert.deepEqual(quotes('Der Minister, der sagte, die Regierung werde, wenn nötig, handeln, trat zurück.'), ['die Regierung werde, wenn nötig, handeln']);
  assert.deepEqual(quotes('Nachdem die Ministerin erklärt hatte, wer lüge, müsse gehen, verließ sie den Saal.'), ['wer lüge, müsse gehen']);
  assert.deepEqual(quotes('Der Ökonom sagte, indem man die Steuern senke, stärke man die Wirtschaft.'), ['indem man die Steuern senke, stärke man die Wirtschaft']);
  assert.deepEqual(quotes('Der Trainer sagte, da ist nichts mehr zu machen.'), ['da ist nichts mehr zu machen']);
  assert.deepEqual(quotes('Der Minister sagte, als Kanzler wird er die Steuern senken.'), ['als Kanzler wird er die Steuern senken']);
});

test('review cases: the agent in a participle attribute is no speaker; "von" + the addressee ends the speaker however the addressee is named', () => {
  assert.deepEqual(statements('Die Lage sei ernst, sagte der von Russland eingesetzte Gouverneur.').map((x) => x.speaker), ['der von Russland eingesetzte Gouverneur']);
  assert.deepEqual(statements('Bei dem Treffen forderte Selenskyj von Kanzler Merz mehr Waffen.').map((x) => [x.speaker, x.addressee]), [['Selenskyj', 'Kanzler Merz']]);
  assert.deepEqual(statements('Bei dem Treffen verlangte Putin von Donald Trump ein Ende der Waffenlieferungen.').map((x) => x.speaker), ['Putin']);
});

test('a Konjunktiv sentence after an act goes on with its subject when that subject can speak: a name, "er"/"sie", a noun of one who speaks', () => {
  const next = (text: string) => statements(text).filter((x) => x.form === 'free-indirect').map((x) => [x.speaker, x.quote]);
  assert.deepEqual(next('Die Kriminalpolizei bittet um Mithilfe. Der Mann sei etwa 30 Jahre alt und schlank.'), [['Die Kriminalpolizei', 'Der Mann sei etwa 30 Jahre alt und schlank']]);
  assert.deepEqual(next('Erika Beispiel äußerte sich in ihrer Rede optimistisch. Man sei besser aufgestellt als vor einem Jahr.'), [['Erika Beispiel', 'Man sei besser aufgestellt als vor einem Jahr']]);
  assert.deepEqual(next('Die Stadtverwaltung streitet das ab. Der Vertrag sei ordnungsgemäß vergeben worden.'), [['Die Stadtverwaltung', 'Der Vertrag sei ordnungsgemäß vergeben worden']]);
  // (a subject that cannot speak hands nothing on: the sentence stays no one's)
  assert.deepEqual(next('Die Entscheidung bestätigt den Kurs der Regierung. Der Vertrag sei ordnungsgemäß vergeben worden.'), [[null, 'Der Vertrag sei ordnungsgemäß vergeben worden']]);
  // (a compound of a title, an acronym the noun lexicon knows, an agent noun: "Der Informationsminister", "Die BBC", "Die Meteorologen")
  assert.deepEqual(next('Der Informationsminister bestritt das am Abend. Die Lage sei unter Kontrolle.'), [['Der Informationsminister', 'Die Lage sei unter Kontrolle']]);
  assert.deepEqual(next('Die BBC bestätigte den Bericht. Drei Menschen seien verletzt worden.'), [['Die BBC', 'Drei Menschen seien verletzt worden']]);
  assert.deepEqual(next('Die Meteorologen bestätigten die Warnung. Der Sturm werde am Abend die Küste erreichen.'), [['Die Meteorologen', 'Der Sturm werde am Abend die Küste erreichen']]);
  // (so does the acting subject of a sentence without a cue verb when it names someone; not a count, "sein" or a wish)
  assert.deepEqual(next('Das Landesinstitut sieht für Deutschland noch keine Gefahr. Lediglich Menschen mit Geflügel seien zu schützen.'),
    [['Das Landesinstitut', 'Lediglich Menschen mit Geflügel seien zu schützen']]);
  assert.deepEqual(next('Drei Schulen gewannen den Wettbewerb der Stadt. Das rufe Neider auf den Plan, heißt es.').filter((x) => x[0] === 'Drei Schulen'), []);
  assert.deepEqual(next('Der Minister war am Morgen im Lager. Die Lage dort sei sehr ernst.'), [[null, 'Die Lage dort sei sehr ernst']]);
});

test('a back reference speaks through one who can speak: an adjective or a title before an unknown name', () => {
  const back = (text: string) => statements(text).map((x) => [x.speaker, x.quote]);
  assert.deepEqual(back('Die Opec hat am Montag beraten. Die Fördermenge wird vorerst nicht gesenkt. Dies bestätigte der kuwaitische Ölminister Ali Beispiel.'),
    [['der kuwaitische Ölminister Ali Beispiel', 'Die Fördermenge wird vorerst nicht gesenkt']]);
  assert.deepEqual(back('Die Opec hat am Montag beraten. Die Fördermenge wird vorerst nicht gesenkt. Das bestätigte Ölminister Ali Beispiel am Abend.'),
    [['Ölminister Ali Beispiel', 'Die Fördermenge wird vorerst nicht gesenkt']]);
  // (what cannot speak explains, it does not point back)
  assert.deepEqual(back('Die Opec hat am Montag beraten. Die Fördermenge wird vorerst nicht gesenkt. Das bestätigt die hohen Preise der letzten Wochen.'), []);
});

test('passives and "heißt es" name their source however it is written: an agent no actor list knows, a document before a relative clause, "in dem Bericht, der …"', () => {
  const spk = (text: string) => statements(text).map((x) => [x.speaker, x.cue]);
  assert.deepEqual(spk('Von den Behörden in beiden Ländern wird angenommen, dass Schmuggler hinter dem Anschlag stehen.'), [['den Behörden', 'angenommen']]);
  assert.deepEqual(spk('In einer Presseerklärung, die am Mittwoch in Sarajevo veröffentlicht wurde, wurde verkündet, dass alle Verantwortlichen verfolgt würden.'), [['einer Presseerklärung', 'verkündet']]);
  assert.deepEqual(spk('Über die Zahl der Opfer könnten keine Aussagen gemacht werden, heißt es in dem Bericht, der konkrete Fälle auflistet.'), [['dem Bericht', 'heißt es']]);
  assert.deepEqual(spk('Der Streit geht weiter. Die Kosten sollen deutlich sinken, so heißt es in einer Erklärung des Betriebsrates.'), [['einer Erklärung des Betriebsrates', 'heißt es']]);
  // (a separated particle the lexicon does not split: "strich … heraus")
  assert.deepEqual(spk('„Ich trete als Konservativer an“, strich Muster in seiner Rede heraus.'), [['Muster', 'strich']]);
});

test('a clause joined by a comma and "aber" shares the subject: its object does not speak, the clause before is no message of it', () => {
  const s = statements('Die Demonstranten begrüßten die Ankündigung des Premierministers, fordern aber die Nennung eines genauen Datums für die Neuwahl.');
  assert.deepEqual(s.map((x) => [x.form, x.speaker, x.quote]), [['reported', 'Die Demonstranten', 'fordern aber die Nennung eines genauen Datums für die Neuwahl']]);
});

test('quoted words after an article are a phrase of the clause: "Von einer „…“ sprach X", "nannte den Bericht eine „Zeitungsente“"', () => {
  const said = (text: string) => statements(text).map((x) => [x.form, x.speaker, x.quote]);
  assert.deepEqual(said('Von einer „gezielten Indiskretion“ sprach der Abgeordnete Jan Muster.'), [['direct', 'der Abgeordnete Jan Muster', '„gezielten Indiskretion“']]);
  // (a compound's short head after a noun and its linking "s": "Zeitungsente" is a common noun, no title)
  assert.deepEqual(said('Der Innenexperte nannte den Bericht eine „Zeitungsente“.'), [['direct', 'Der Innenexperte', '„Zeitungsente“']]);
});

test('review cases: what cannot speak hands nothing on and names no passive or "heißt es"; names are no compounds', () => {
  const said = (text: string) => statements(text).map((x) => [x.form, x.speaker]);
  // (a compound the lexicon does not know is no name: "Satellitenbilder" do not point back)
  assert.deepEqual(said('Das Wetter war schlecht. Das bestätigen aktuelle Satellitenbilder.'), []);
  // (an article opening the sentence is no name: "Eine Verschiebung" cannot speak, "Ein Manager" can)
  assert.deepEqual(said('Eine Verschiebung der Wahl bestätigt den Kurs der Regierung. Die Lage im Land sei ernst.'), [['free-indirect', null]]);
  assert.deepEqual(said('Ein Manager des Konzerns bestätigt den Kurs der Regierung. Die Lage im Land sei ernst.'), [['free-indirect', 'Ein Manager des Konzerns']]);
  // (a compound's end is an agent noun only as the lexicon splits it: "Gottesdienst" is no "Dienst")
  assert.deepEqual(said('Der Gottesdienst erinnerte an die Opfer des Anschlags. Die Stadt sei in Trauer.'), [['free-indirect', null]]);
  assert.deepEqual(said('Von schweren Kämpfen wurde am Abend berichtet, die Lage sei unübersichtlich.'), [['indirect', null]]);
  assert.deepEqual(said('Die Lage sei ernst, heißt es in dem Zusammenhang, der oft genannt wird.'), [['indirect', null]]);
  assert.deepEqual(said('Dem Vertrag gemäß muss die Firma den Schaden ersetzen.'), []);
  // (an article before a capitalized adjective noun and a name, a name ending in "-end": subjects all the same)
  assert.deepEqual(said('Die Vorsitzende Fischer begrüßte den Vorschlag der Regierung, forderte aber eine rasche Umsetzung der Reform.'), [['reported', 'Die Vorsitzende Fischer']]);
  assert.deepEqual(said('Townsend begrüßte den Vorschlag der Regierung, forderte aber eine rasche Umsetzung der Reform.'), [['reported', 'Townsend']]);
  // (a short compound head only for a quoted word: "Landsberg" stays a name)
  assert.deepEqual(said('Die Lage sei ernst, sagte Landsberg in Berlin.'), [['indirect', 'Landsberg']]);
});

test('a sentence whose speaking subject a Konjunktiv clause depends on tells that subject\'s words, whatever its verb', () => {
  const said = (text: string) => statements(text).map((x) => [x.form, x.speaker, x.cue, x.quote]);
  assert.deepEqual(said('Der Minister sagte, die Lage sei ernst. Die Staatsanwaltschaft hegt den Verdacht, der Mann könnte Spesen falsch abgerechnet haben.').at(-1),
    ['indirect', 'Die Staatsanwaltschaft', 'hegt', 'der Mann könnte Spesen falsch abgerechnet haben']);
  assert.deepEqual(said('Die Firma legte Zahlen vor. Die Hackergruppe Anonymous bekundete, dass die Daten leicht zugänglich gewesen seien.').at(-1),
    ['indirect', 'Die Hackergruppe Anonymous', 'bekundete', 'dass die Daten leicht zugänglich gewesen seien']);
  // (a verb first is a condition, "ist" tells nothing, a clause after "und" or a relative clause is no message of the subject)
  assert.deepEqual(said('Sollte die Ministerin scheitern, müsste sie zurücktreten.').filter((x) => x[2] === 'Sollte'), []);
  assert.ok(!said('Die Ministerin sagte, sie sei zufrieden. Ihre Partei ist gespalten, und sie wolle das ändern.').some((x) => x[1] === 'Ihre Partei'));
  assert.ok(!said('Der Abgeordnete protestierte gegen eine Regel, die es verbiete, Fragen zu stellen.').some((x) => x[2] === 'protestierte'));
  // (a verb joined to the main clause reports too, and a Konjunktiv I clause needs no subject the syntax layer finds)
  assert.deepEqual(said('Der Minister sagte, die Lage sei ernst. Die Ministerin äußerte Vorbehalte und wagte die Prognose, bei der Wahl werde nicht jeder für sie stimmen.').at(-1),
    ['indirect', 'Die Ministerin', 'wagte', 'bei der Wahl werde nicht jeder für sie stimmen']);
  // (but a question is no main clause: "klären, wie lange …" reports nothing)
  assert.ok(!said('Der Minister sagte, die Lage sei ernst. Die Kommissarin will klären, wie lange die Truppen im Land bleiben sollen.').some((x) => x[2] === 'klären'));
});

test('a quoted fragment\'s speaker is its clause\'s subject as the syntax layer reads it, past a relative clause and a predicate after "Als"', () => {
  const said = (text: string) => statements(text).map((x) => [x.speaker, x.cue, x.quote]);
  assert.deepEqual(said('Jan Muster, der wegen wiederholter Fouls Gelb-Rot sah, nannte seinen Platzverweis „überzogen“.'), [['Jan Muster', 'nannte', '„überzogen“']]);
  assert.deepEqual(said('Als „unerwartetes Geschenk“ bezeichnet die Archäologin Erika Muster den Fund.'), [['die Archäologin Erika Muster', 'bezeichnet', '„unerwartetes Geschenk“']]);
});

test('a Konjunktiv sentence no one introduced after one "in" a document is the document\'s; a pronoun of quantity speaks for itself', () => {
  const said = (text: string) => statements(text).map((x) => [x.form, x.speaker]);
  assert.deepEqual(said('Im Bericht der Organisation werden zahlreiche Morde aufgeführt. In vielen Fällen habe die Polizei nicht rechtzeitig reagiert.'),
    [['free-indirect', 'Bericht der Organisation']]);
  // (a place is no document: no one is named)
  assert.deepEqual(said('Im Hafen der Stadt werden zahlreiche Schiffe entladen. In vielen Fällen habe die Polizei nicht rechtzeitig reagiert.'), [['free-indirect', null]]);
  assert.deepEqual(said('Einige vertreten die Auffassung, die Welt befände sich in einer Krise.'), [['indirect', 'Einige']]);
});

test('a source phrase\'s message ends where a reported act after it begins', () => {
  const s = statements('Am Samstag demonstrierten in Köln nach Angaben der Veranstalter rund 7.000 Menschen gegen den Gipfel, die Polizei spricht von 4.000 Teilnehmern.');
  assert.deepEqual(s.map((x) => [x.form, x.speaker, x.quote]), [
    ['indirect', 'Angaben der Veranstalter', 'Am Samstag demonstrierten in Köln nach Angaben der Veranstalter rund 7.000 Menschen gegen den Gipfel'],
    ['reported', 'die Polizei', 'die Polizei spricht von 4.000 Teilnehmern'],
  ]);
});

test('a passive\'s agent "seitens" or "von Seiten" of a body is that body', () => {
  const said = (text: string) => statements(text).map((x) => [x.speaker, x.cue, x.quote]);
  assert.deepEqual(said('Am Dienstag wurde seitens der Behörden des Landes erneut deutlich gemacht, dass ausländische Helfer nicht erwünscht seien.'),
    [['der Behörden des Landes', 'gemacht', 'dass ausländische Helfer nicht erwünscht seien']]);
  assert.deepEqual(said('Von Seiten der deutschen Verhandlungsdelegation war den USA vorgeworfen worden, das Dokument verwässert zu haben.'),
    [['der deutschen Verhandlungsdelegation', 'vorgeworfen', 'das Dokument verwässert zu haben']]);
});

test('a quotation after a colon takes the cue clause\'s subject after the verb, before a particle; "hieß es vom" names who', () => {
  const said = (text: string) => statements(text).map((x) => [x.speaker, x.cue]);
  assert.deepEqual(said('Dazu gab das Außenministerium weiter bekannt: „Der Diplomat hat im Beisein eines Anwalts ausgesagt.“'), [['das Außenministerium', 'gab']]);
  assert.deepEqual(said('Das Angebot, Verwundete kostenlos zu behandeln, lehnt er jedoch ab: „Alle Verletzten sollten einreisen dürfen.“'), [['er', 'lehnt']]);
  assert.deepEqual(said('„Alle Anzeichen deuten auf einen Anschlag hin“, hieß es vom Abgeordneten Viktor Kowalski.'), [['Abgeordneten Viktor Kowalski', 'hieß']]);
  // ("rief … aus:" is a cue of its own: the second clause's subject, not the first's)
  assert.deepEqual(said('Die Menge skandierte Parolen wie „Raus!“ und der Unternehmer Jan Kowalski rief vor den Demonstranten aus: „Er ist der schlechteste Minister aller Zeiten!“'),
    [['der Unternehmer Jan Kowalski', 'rief']]);
  assert.deepEqual(said('Der Präsident rief am Abend den Notstand aus.'), []);
});

test('quoted words inside their speaker\'s phrase are a name; a score after two sides is no headline statement', () => {
  const said = (text: string) => statements(text).map((x) => [x.form, x.quote]);
  assert.ok(!said('Die „Kampagne für ein Freies Tibet“ berichtete über einen Marsch von 300 Tibetern.').some((x) => x[0] === 'direct'));
  assert.deepEqual(said('Die Organisation „Reporter ohne Grenzen“ weist auf die Lage der Journalisten hin.'), []);
  // (the speaker's own quoted words stay: "nannte den Plan „gefährlich“")
  assert.deepEqual(said('Der Minister nannte den Plan „gefährlich“.'), [['direct', '„gefährlich“']]);
  assert.deepEqual(statements('Spielbericht\n\nKamerun - Dänemark: 1:2 (1:1)\n\nDie Zuschauer sahen ein schnelles Spiel.'), []);
});

test('review cases: what a subject\'s own report is not; verbs that keep their clause; "ausrufen" and "rufen" in their other sense', () => {
  const said = (text: string) => statements(text).map((x) => [x.form, x.speaker, x.cue, x.quote]);
  // (a consequence, a predicate sharing the subject, a passive's subject: no one's words)
  assert.deepEqual(said('Die Feuerwehr fand den Mann gerade noch rechtzeitig, sonst wäre er erfroren.'), []);
  assert.deepEqual(said('Der Kanzler gewann die Abstimmung knapp, hätte ohne die Stimmen der Opposition aber verloren.'), []);
  assert.deepEqual(said('Der Politiker wurde verdächtigt, er habe Bestechungsgeld angenommen.'), []);
  // (the message ends with the reported clause and what goes on with it)
  assert.deepEqual(said('Die Regierung hegt die Hoffnung, die Gespräche könnten bald beginnen, und will bis dahin abwarten.').map((x) => x[3]), ['die Gespräche könnten bald beginnen']);
  assert.deepEqual(said('Ein Gericht folgte dem Antrag, dass der Mann nicht verhandlungsfähig sei und den Flug nicht überstehe.').map((x) => x[3]),
    ['dass der Mann nicht verhandlungsfähig sei und den Flug nicht überstehe']);
  // (a sentence keeps its verb: "Das meldete Radio Liberty" is no noun phrase; an auxiliary keeps its quoted participle)
  assert.deepEqual(said('Die Armee zieht ab. Das meldete Radio Liberty.').map((x) => [x[1], x[2]]), [['Radio Liberty', 'meldete']]);
  assert.deepEqual(said('Die Pläne wurden von Umweltverbänden „scharf kritisiert“.').map((x) => [x[1], x[2]]), [['Umweltverbänden', 'kritisiert']]);
  // (a cardinal is no ordinal: "Die drei forderten" keeps its verb)
  assert.deepEqual(said('Die drei forderten Neuwahlen, die Regierung habe versagt.').map((x) => x[2]), ['forderten']);
  // ("hieß es … von" only right after "hieß es")
  assert.deepEqual(said('„Die Lage ist ernst“, hieß es am Abend nach dem Treffen von Scholz und Macron.').map((x) => x[1]), [null]);
  assert.deepEqual(said('Die Regierung hat den Notstand ausgerufen, wie die Nachrichtenagentur AFP meldete.').map((x) => [x[1], x[2]]), [['die Nachrichtenagentur AFP', 'wie']]);
  assert.deepEqual(said('Er rief die Feuerwehr, weil Rauch aus dem Keller gedrungen sei.'), []);
});

test('"…, so berichtet die Zeitung": the message before the comma, "so" between it and the cue', () => {
  const s = statements('Die Lage an der Grenze sei ernst, so berichtet die Zeitung am Montag.');
  assert.deepEqual(s.map((x) => [x.form, x.speaker, x.cue, x.quote]), [['indirect', 'die Zeitung', 'berichtet', 'Die Lage an der Grenze sei ernst']]);
});

test('a participle inside a noun phrase is no cue; a cue before its subject after "Das" is one', () => {
  const said = (text: string) => statements(text).map((x) => [x.form, x.speaker, x.quote]);
  assert.deepEqual(said('Die erste bekannte Tat ereignete sich im März, die letzte im April.'), []);
  assert.deepEqual(said('Der bekannte Kölner Trommler Jan Muster spielt die Hauptrolle, und beide spielen auch in der Band.'), []);
  assert.deepEqual(said('Der Rat wolle der Regierung „assistieren“. Das erklärte General Jan Muster am Montag.').map((x) => x[1]), ['General Jan Muster', 'General Jan Muster']);
});

test('beside "ich" a verb form shared by the present and the Konjunktiv I is the present: an interview\'s first person is no reported speech', () => {
  const s = statements('Der Regisseur sagte, er sei zufrieden. Ich lehne solche Filme folglich ab.');
  assert.deepEqual(s.map((x) => [x.form, x.quote]), [['indirect', 'er sei zufrieden']]);
  // (the third person keeps its Konjunktiv: "er lehne das ab" is reported)
  assert.deepEqual(statements('Der Minister sagte, er lehne das ab.').map((x) => x.quote), ['er lehne das ab']);
});
