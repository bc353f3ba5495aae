// A seeded generator of realistic German wire copy for the benchmark: varied lengths
// (150–1,500 words), datelines, quotes in every style, indirect speech, dates, and about
// 10 % near-duplicates (the same story re-run by another outlet with small edits).
// Own templates and vocabulary; the same seed always gives the same corpus.
import { seededRandom } from '../util/random.js';

export interface GeneratedArticle {
  id: string;
  title: string;
  published: string;
  source: string;
  text: string;
  /** Ground truth for near-duplicates: the id of the article this one re-runs. */
  copyOf?: string;
}

const rng = seededRandom;

const PEOPLE: Array<[string, string]> = [
  ['Kremlsprecher', 'Dmitri Peskow'], ['Außenministerin', 'Annalena Baerbock'], ['EU-Außenbeauftragte', 'Kaja Kallas'],
  ['US-Präsident', 'Donald Trump'], ['Kremlchef', 'Wladimir Putin'], ['der ukrainische Präsident', 'Wolodymyr Selenskyj'],
  ['Frankreichs Präsident', 'Emmanuel Macron'], ['der britische Premierminister', 'Keir Starmer'], ['Nato-Generalsekretär', 'Mark Rutte'],
  ['Ungarns Regierungschef', 'Viktor Orban'], ['US-Außenminister', 'Marco Rubio'], ['Russlands Außenminister', 'Sergej Lawrow'],
  ['der türkische Außenminister', 'Hakan Fidan'], ['Verteidigungsminister', 'Boris Pistorius'], ['Sondergesandter', 'Steve Witkoff'],
];
const PLACES = ['BERLIN', 'BRÜSSEL', 'MOSKAU', 'KIEW', 'WASHINGTON', 'PARIS', 'LONDON', 'ANKARA', 'GENF', 'RIAD', 'WARSCHAU', 'ISTANBUL', 'WIEN', 'BUDAPEST'];
const AGENCIES = ['dpa', 'AFP', 'Reuters', 'dpa-AFX', 'KNA', 'epd'];
const OUTLETS = ['Tagesblatt', 'Abendpost', 'Rundschau', 'Kurier', 'Landeszeitung', 'Morgenpost', 'Nachrichtenportal', 'Grenzbote'];
const TOPICS = [
  'eine Waffenruhe', 'den Austausch von Kriegsgefangenen', 'Sicherheitsgarantien für die Ukraine', 'neue Sanktionen gegen Russland',
  'die Lieferung von Luftabwehrsystemen', 'den Schutz der Energie-Infrastruktur', 'eine Feuerpause im Schwarzen Meer',
  'die Rückkehr verschleppter Kinder', 'einen Beitritt der Ukraine zur Nato', 'den Wiederaufbau zerstörter Städte',
  'die Freigabe eingefrorener Vermögenswerte', 'Gespräche auf Ebene der Außenminister',
];
const CUES = ['sagte', 'erklärte', 'betonte', 'warnte', 'forderte', 'kündigte an', 'teilte mit', 'räumte ein', 'bekräftigte'];
const DAYS = ['am Montag', 'am Dienstag', 'am Mittwoch', 'am Donnerstag', 'am Freitag', 'am Wochenende', 'am Vorabend', 'in der Nacht'];
const QUOTES: Array<[string, string]> = [['„', '“'], ['"', '"'], ['»', '«'], ['«', '»']];
// Clauses and quotes are composed from parts, so that texts vary the way real copy does
// and unrelated articles do not share long word sequences by accident.
const SUBJECTS = ['man', 'die Regierung', 'die Delegation', 'das eigene Land', 'die Allianz', 'die Führung in Moskau', 'die Partner', 'Europa', 'die Vermittler', 'das Parlament'];
const MODALS = ['sei bereit,', 'habe zugesagt,', 'plane,', 'lehne es ab,', 'habe angeboten,', 'sehe keinen Grund,', 'versuche,', 'habe beschlossen,'];
const OBJECTS = ['die Hilfen', 'neue Verhandlungen', 'den Druck auf Moskau', 'die Lieferungen', 'die Sanktionen', 'den Dialog', 'die Grenzen', 'die Gefangenen', 'die Garantien', 'einen Fahrplan', 'die Vorschläge', 'eine Kontaktgruppe'];
const VERBS = ['auszuweiten', 'fortzusetzen', 'zu prüfen', 'zu beenden', 'zu verschieben', 'abzulehnen', 'zu verdoppeln', 'anzuerkennen', 'vorzubereiten', 'zu überwachen'];
const WHEN = ['bis zum Sommer', 'noch in diesem Monat', 'nach den Wahlen', 'binnen 30 Tagen', 'ab sofort', 'im kommenden Jahr', 'vor dem Gipfel', 'bis auf Weiteres'];
const clause = (pick: <T>(xs: readonly T[]) => T) =>
  `${pick(SUBJECTS)} ${pick(MODALS)} ${pick(OBJECTS)} ${pick(WHEN)} ${pick(VERBS)}`;
const town = (p: string) => p.charAt(0) + p.slice(1).toLowerCase();
const CLAUSES = [
  'man sei zu Gesprächen bereit, aber nicht um jeden Preis',
  'die Lage an der Front habe sich in den vergangenen Tagen weiter verschärft',
  'eine Einigung sei nur möglich, wenn beide Seiten Zugeständnisse machten',
  'die Verbündeten müssten ihre Unterstützung deutlich ausweiten',
  'es gebe bislang keine Hinweise auf eine Annäherung der Positionen',
  'die Gespräche würden in der kommenden Woche fortgesetzt',
  'man werde die Vorschläge sorgfältig prüfen und dann entscheiden',
  'ohne verlässliche Garantien werde es keinen dauerhaften Frieden geben',
];
const QUOTED = [
  'Wir werden die Ukraine nicht im Stich lassen',
  'Das ist ein wichtiger Schritt, aber noch lange kein Frieden',
  'Niemand sollte sich Illusionen machen',
  'Die Zeit der Ausreden ist vorbei',
  'Wir erwarten klare Antworten aus Moskau',
  'Jeder Tag ohne Einigung kostet Menschenleben',
  'Unsere Geduld ist nicht unbegrenzt',
  'Wir stehen erst am Anfang eines langen Weges',
];
const BACKGROUND = [
  'Russland hatte die Ukraine im Februar 2022 überfallen.',
  'Seitdem wurden nach Schätzungen der Vereinten Nationen Millionen Menschen vertrieben.',
  'Die Europäische Union hat seit Kriegsbeginn mehrere Sanktionspakete beschlossen.',
  'Beobachter werten die Äußerungen als Signal an die Verbündeten in Washington und Brüssel.',
  'Nach Angaben von Diplomaten sollen die Beratungen bis zum Abend dauern.',
  'Eine unabhängige Überprüfung der Angaben war zunächst nicht möglich.',
  'Die Regierung in Kiew wies die Darstellung als Propaganda zurück.',
  'Zuletzt waren die Verhandlungen über einen Gefangenenaustausch ins Stocken geraten.',
];

export function* generateCorpus(n: number, seed = 42): Generator<GeneratedArticle> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const recent: GeneratedArticle[] = [];
  for (let i = 0; i < n; i++) {
    const id = `bench-${String(i).padStart(7, '0')}`;
    const outlet = pick(OUTLETS);
    if (recent.length > 5 && r() < 0.1) {
      // the same wire story in another outlet: new headline, one sentence dropped, a word changed
      const base = pick(recent);
      const sentences = base.text.split(/(?<=[.!?“"«»]) (?=\p{Lu}|„|»|«|")/u);
      sentences.splice(1 + Math.floor(r() * (sentences.length - 1)), 1);
      const text = sentences.join(' ').replace(' am Montag', ' am Montagabend');
      yield { id, title: `${outlet}: ${base.title}`, published: base.published, source: outlet, text, copyOf: base.id };
      continue;
    }
    const year = 2022 + Math.floor(r() * 5);
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const published = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const targetWords = Math.round(150 * Math.pow(10, r())); // log-uniform 150–1,500
    const [role, name] = pick(PEOPLE);
    const surname = name.split(' ').pop()!;
    const topic = pick(TOPICS);
    const places = [pick(PLACES), ...(r() < 0.3 ? [pick(PLACES)] : [])];
    const paragraphs: string[] = [
      `${[...new Set(places)].join('/')} (${pick(AGENCIES)}) - ${role[0]!.toUpperCase()}${role.slice(1)} ${name} hat sich ${pick(DAYS)} für ${topic} ausgesprochen. ${surname} ${pick(CUES)}, ${clause(pick)}.`,
    ];
    let words = paragraphs[0]!.split(' ').length;
    let k = 0;
    while (words < targetWords) {
      const [q1, q2] = pick(QUOTES);
      const [role2, name2] = pick(PEOPLE);
      const para = [
        `${q1}${pick(QUOTED)}. ${clause(pick).replace(/^\p{Ll}/u, (c) => c.toUpperCase())}${q2}, ${pick(CUES)} ${surname} ${pick(DAYS)} in ${town(pick(PLACES))}.`,
        `${role2[0]!.toUpperCase()}${role2.slice(1)} ${name2} ${pick(CUES)} dagegen, ${r() < 0.5 ? clause(pick) : pick(CLAUSES)}. ${pick(BACKGROUND)}`,
        `Nach Angaben aus Regierungskreisen geht es dabei auch um ${pick(TOPICS)}. ${pick(BACKGROUND)} Im Gespräch sind ${Math.floor(r() * 900) + 100} Millionen Euro für ${pick(OBJECTS)}.`,
      ][k++ % 3]!;
      paragraphs.push(para);
      words += para.split(' ').length;
      if (k % 4 === 0) paragraphs.push(`${surname} ${pick(['unter Druck', 'warnt Moskau', 'hofft auf Einigung', 'reist nach Brüssel'])}`);
    }
    const article = { id, title: `${surname}: ${topic[0]!.toUpperCase()}${topic.slice(1)}`, published, source: outlet, text: paragraphs.join('\n\n') };
    recent.push(article);
    if (recent.length > 50) recent.shift();
    yield article;
  }
}
