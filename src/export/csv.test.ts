// The CSV export read back as R or pandas would: an RFC 4180 parser of our own (no pandas on
// this machine) checks the columns, the types of every cell and one row per event/statement.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLI } from '../testing/fixtures.js';
import { webStore } from '../testing/web-store.js';
import { openDatabase } from '../store/db.js';
import { csvField, csvLine } from './csv.js';
import { EVENT_COLUMNS, STATEMENT_COLUMNS } from './tables.js';

/** RFC 4180: fields split at commas, quoted fields may hold commas, CRLF and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else {
      assert.notEqual(c, '\n', `a bare LF outside quotes at ${i}`);
      assert.notEqual(c, '"', `a quote inside an unquoted field at ${i}`);
      field += c;
    }
  }
  assert.equal(quoted, false, 'every quoted field is closed');
  assert.equal(field + row.join(''), '', 'the file ends with CRLF');
  return rows;
}

let store: string;
let dir: string;
before(async () => { store = await webStore(); dir = dirname(store); });
after(() => rmSync(dirname(store), { recursive: true, force: true }));

function exported(kind: string): string[][] {
  const out = join(dir, `${kind}.csv`);
  const r = spawnSync(process.execPath, [CLI, 'export', '--format', 'csv', '--kind', kind, '--db', store, '-o', out], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return parseCsv(readFileSync(out, 'utf8'));
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

test('quoting as RFC 4180 says', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('sagte: „Nein“ und "nie"'), '"sagte: „Nein“ und ""nie"""');
  assert.equal(csvField('zwei\nZeilen'), '"zwei\nZeilen"');
  assert.equal(csvField(null), '');
  assert.equal(csvLine([1, true, null, 'x']), '1,true,,x\r\n');
  assert.deepEqual(parseCsv(csvLine(['a,b', 'c"d', 'e\r\nf', 3])), [['a,b', 'c"d', 'e\r\nf', '3']]);
});

test('events.csv: the columns, one row per event, ISO dates with precision, counts as numbers', () => {
  const [header, ...rows] = exported('events');
  assert.deepEqual(header, [...EVENT_COLUMNS]);
  const db = openDatabase(store, { readonly: true });
  const events = db.prepare<[], { n: number }>('SELECT count(*) n FROM events').get()!.n;
  db.close();
  assert.equal(rows.length, events);
  const col = (name: string) => (header as string[]).indexOf(name);
  for (const r of rows) {
    assert.equal(r.length, header!.length, `row ${r[0]} has every column`);
    const date = r[col('date')]!;
    assert.ok(date === '' || (ISO_DAY.test(date) && !Number.isNaN(Date.parse(date))), `date ${date}`);
    assert.ok(['day', 'month', 'year', ''].includes(r[col('date_precision')]!));
    assert.equal(date === '', r[col('date_precision')] === '', 'a precision exactly when there is a date');
    assert.match(r[col('reports')]!, /^[1-9]\d*$/);
    assert.equal(r[col('document_ids')]!.split('; ').length, Number(r[col('reports')]));
    assert.match(r[col('date_approximate')]!, /^(true|false)$/);
    assert.ok(r[col('type')]!.length > 0 && r[col('actor_ids')]!.split('; ').length === r[col('actor_names')]!.split('; ').length);
  }
  assert.ok(rows.some((r) => r[col('disputed')] === 'count'), 'the disputed exchange says which figure');
});

test('statements.csv: one row per statement with offsets that slice the quote', () => {
  const [header, ...rows] = exported('statements');
  assert.deepEqual(header, [...STATEMENT_COLUMNS]);
  const db = openDatabase(store, { readonly: true });
  const total = db.prepare<[], { n: number }>('SELECT sum(json_array_length(data)) n FROM statements').get()!.n;
  const text = db.prepare<[string], { text: string }>('SELECT text FROM documents WHERE id = ?');
  const col = (name: string) => (header as string[]).indexOf(name);
  assert.equal(rows.length, total);
  for (const r of rows) {
    assert.match(r[col('quote_begin')]!, /^\d+$/);
    const doc = text.get(r[col('document_id')]!)!.text;
    assert.equal(doc.slice(Number(r[col('quote_begin')]), Number(r[col('quote_end')])), r[col('quote')], `${r[0]}: the quote round-trips`);
    assert.ok(r[col('published')] === '' || ISO_DAY.test(r[col('published')]!));
  }
  db.close();
  assert.ok(rows.some((r) => r[col('quote')]!.includes('"')), 'a quote with double quotes survives the quoting');
});
