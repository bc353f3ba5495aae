import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { example } from '../testing/fixtures.js';
import { readFeed } from './feed.js';

test('RSS 2.0: every item with text is a document, with link, date, author and content:encoded text', () => {
  const f = readFeed(readFileSync(example('feeds/ausland.rss'), 'utf8'), '/x/ausland.rss', 'ausland.rss');
  assert.equal(f.documents.length, 2);
  const [a, b] = f.documents;
  assert.equal(a!.title, 'Lawrow: Keine Truppen aus Nato-Staaten in der Ukraine');
  assert.equal(a!.source, 'https://beispielzeitung.example/ausland/lawrow-truppen');
  assert.equal(a!.published, '2025-03-18');
  assert.equal(a!.author, 'Redaktion Ausland');
  assert.equal(a!.outlet, 'Beispielzeitung – Ausland');
  assert.ok(a!.text.startsWith('MOSKAU (Reuters) - Russlands Außenminister'));
  assert.match(a!.text, /ausgeschlossen\. „Das werden wir[^]*\n\nGroßbritannien und Frankreich/);
  assert.ok(!a!.text.includes('<p>'));
  assert.equal(b!.published, '2025-03-19');
  assert.match(f.warnings.join(), /item 3 .* has no text/);
});

test('Atom: entries with HTML content or a summary', () => {
  const f = readFeed(readFileSync(example('feeds/diplomatie.atom'), 'utf8'), '/x/d.atom', 'd.atom');
  assert.deepEqual(f.documents.map((d) => [d.title, d.published, d.author ?? null]), [
    ['Türkei bietet Istanbul als Verhandlungsort an', '2025-03-25', 'Kerstin Vogel'],
    ['EU verlängert Sanktionen gegen Russland', '2025-03-25', null],
  ]);
  assert.equal(f.documents[0]!.url, 'https://ticker.example/diplomatie/4711');
  assert.ok(f.documents[0]!.text.startsWith('ANKARA (AFP) - Der türkische'));
});

test('a broken or truncated feed is refused with a reason', () => {
  const xml = readFileSync(example('feeds/ausland.rss'), 'utf8');
  assert.throws(() => readFeed(xml.slice(0, 400), 'cut.rss', 'cut.rss'), /not a readable RSS\/Atom feed/);
  assert.throws(() => readFeed('<html><body>Kein Feed</body></html>', 'x.xml', 'x.xml'), /not a readable/);
  assert.throws(() => readFeed('   ', 'e.xml', 'e.xml'), /empty/);
});
