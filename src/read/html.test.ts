import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { example } from '../testing/fixtures.js';
import { readHtml } from './html.js';
import { InputError } from './decode.js';

const page = readFileSync(example('2025-03-22_grenzbote_austausch.html'), 'utf8');

test('reader view: article text without navigation, teaser or footer; metadata from meta tags', () => {
  const d = readHtml(page, '/x/grenzbote.html');
  assert.equal(d.title, 'Gefangenenaustausch: Je 175 Soldaten kehren heim');
  assert.equal(d.author, 'Miriam Albrecht');
  assert.equal(d.published, '2025-03-22');
  assert.equal(d.url, 'https://grenzbote.example/politik/ausland/gefangenenaustausch-175');
  assert.equal(d.source, 'grenzbote.html');
  assert.ok(d.text.startsWith('KIEW/MOSKAU (dpa) - Russland und die Ukraine'), d.text.slice(0, 60));
  assert.match(d.text, /„Unsere Leute sind zu Hause“/);
  assert.match(d.text, /\n\nWeitere Austausche geplant\n\n/);
  for (const junk of ['Startseite', 'Impressum', 'Mehr zum Thema', 'Von Miriam Albrecht', 'font-family']) assert.ok(!d.text.includes(junk), junk);
  assert.deepEqual(d.warnings, []);
});

test('a page cut off in the middle keeps what is there and says so', () => {
  const cut = page.slice(0, page.indexOf('Unter den Heimkehrern'));
  const d = readHtml(cut, 'cut.html');
  assert.match(d.text, /jeweils 175 Kriegsgefangene/);
  assert.match(d.warnings!.join(), /cut off/);
});

test('pages without article text are refused with a reason', () => {
  assert.throws(() => readHtml('', 'e.html'), (e: Error) => e instanceof InputError && /empty/.test(e.message));
  assert.throws(() => readHtml('<html><head><title>x</title></head><body><nav><a href="/">Start</a></nav></body></html>', 'n.html'), /no article text/);
  assert.throws(() => readHtml('just words, no markup at all', 'p.html'), /no HTML markup/);
});

test('date from JSON-LD or <time> when meta tags are missing', () => {
  const html = `<html><head><script type="application/ld+json">{"datePublished":"2025-03-04T10:00:00Z"}</script></head>
    <body><article><p>${'Die Verhandlungen in Genf dauerten bis in die Nacht. '.repeat(8)}</p></article></body></html>`;
  assert.equal(readHtml(html, 'x.html').published, '2025-03-04');
  const t = `<html><body><article><time datetime="2025-03-05">5. März</time><p>${'Ein Absatz über die Lage. '.repeat(12)}</p></article></body></html>`;
  assert.equal(readHtml(t, 'y.html').published, '2025-03-05');
});

test('line breaks and nested blocks keep words apart', () => {
  const html = `<html><body><article><p>${'Die Außenminister haben sich in Brüssel getroffen.<br>Sie berieten lange. '.repeat(6)}</p>
    <blockquote><p>Wir helfen der Ukraine</p><p>und zwar sofort.</p></blockquote><ul><li>Erstens <b>Munition</b></li><li>Zweitens Geld</li></ul></article></body></html>`;
  const d = readHtml(html, 'br.html');
  assert.match(d.text, /getroffen\. Sie berieten/);
  assert.match(d.text, /Wir helfen der Ukraine\n\nund zwar sofort\./);
  assert.match(d.text, /Erstens Munition\n\nZweitens Geld/);
  assert.ok(!/[a-zäöü][.,]?[A-ZÄÖÜ]/.test(d.text.replace(/\n/g, ' ')), d.text);
});

test('a page nested deeper than the reader view can walk is read as plain text, with a warning', () => {
  const deep = `<html><head><title>Tief</title><meta property="article:published_time" content="2025-03-01"></head><body>${'<div>'.repeat(5000)}Text tief unten.${'</div>'.repeat(5000)}<p>Die Außenminister trafen sich.</p></body></html>`;
  const d = readHtml(deep, 'tief.html');
  assert.equal(d.text, 'Text tief unten.\n\nDie Außenminister trafen sich.');
  assert.equal(d.title, 'Tief');
  assert.equal(d.published, '2025-03-01');
  assert.match(d.warnings!.join(), /nested 500\d deep .*plain text/);
});

test('an HTML file holding only a comment has no article text', () => {
  assert.throws(() => readHtml('<!-- nur ein Kommentar -->', 'k.html'), (e: unknown) => e instanceof InputError && /no article text/.test(e.message));
});
