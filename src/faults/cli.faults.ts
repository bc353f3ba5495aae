// Option values (issue 19, item 5; issue 16): invalid values are usage errors (exit 2, one
// line naming the option), consistently through commander; a search may start with "-".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { EXAMPLES, tempDir } from '../testing/fixtures.js';
import { hasStack, record, runCli } from './harness.js';

test('invalid option values are usage errors naming the option', async () => {
  const dir = tempDir();
  const db = join(dir, 's.sqlite');
  const made = await runCli(['ingest', EXAMPLES, '--db', db, '--json']);
  assert.equal(made.code, 0, made.err);
  const cases: Array<[string[], RegExp]> = [
    [['search', 'Waffenruhe', '-n', '99999999999999999999'], /limit/],
    [['search', 'Waffenruhe', '-n', '0'], /limit/],
    [['search', 'Waffenruhe', '-n', '-1'], /limit/],
    [['search', 'Waffenruhe', '-n', 'abc'], /limit/],
    [['timeline', '--from', '2025-13-45'], /from/],
    [['timeline', '--to', '2025-02-30'], /to/],
    [['statements', '--from', '2025-13'], /from/],
    [['timeline', '--type', 'FOO'], /type/],
    [['actors', '-n', 'abc'], /mentions/],
    [['actors', '--kind', 'alien'], /kind/],
    [['statements', '--act', 'sing'], /act/],
    [['ingest', EXAMPLES, '--max-file-size', 'abc'], /max-file-size/],
    [['positions', '--issue', 'nonsense'], /issue/],
  ];
  const wrong: string[] = [];
  for (const [args, option] of cases) {
    const r = await runCli([...args, '--db', db]);
    const ok = r.code === 2 && option.test(r.err) && !hasStack(r.err) && r.err.trim().split('\n').length === 1;
    if (!ok) wrong.push(`${args.join(' ')}: exit ${r.code} ${JSON.stringify(r.err.trim().slice(0, 200))}`);
  }
  record({ scenario: 'bad option values', inputs: cases.length, hangs: 0, peakMB: 0, lost: 0, seconds: 0, note: `${wrong.length} of ${cases.length} accepted or crashed` });
  assert.deepEqual(wrong, []);
});

test('a search term starting with "-" is searched, after -- or as --query', async () => {
  const dir = tempDir();
  const db = join(dir, 's.sqlite');
  await runCli(['ingest', EXAMPLES, '--db', db, '--json']);
  const r = await runCli(['search', '--db', db, '--', '-Waffenruhe']);
  record({ scenario: 'search term starting with -', inputs: 1, hangs: 0, peakMB: 0, lost: 0, seconds: 0, note: `exit ${r.code}` });
  assert.ok(!hasStack(r.err), r.err);
  assert.ok(r.code === 0 || (r.code === 2 && /query/.test(r.err)), `exit ${r.code}: ${r.err}`);
  assert.ok(!/unknown option/.test(r.err), r.err);
});

test('failures print one line and no stack trace; --debug shows the stack', async () => {
  const dir = tempDir();
  const r = await runCli(['stats', '--db', join(dir, 'nothing-here.sqlite')]);
  assert.equal(r.code, 2);
  assert.equal(r.err.trim().split('\n').length, 1, r.err);
  const debug = await runCli(['stats', '--db', join(dir, 'nothing-here.sqlite'), '--debug']);
  assert.equal(debug.code, 2);
  assert.ok(hasStack(debug.err), debug.err);
});
