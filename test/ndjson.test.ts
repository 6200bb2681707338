/** `evidence-lint --ndjson`: bulk audits through the real binary (records on standard input,
 * result lines on standard output, worker threads). */
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {bin, cli, ensureBuilt, removeTempFolders, tempFolder} from './cli-helpers.js'

beforeAll(() => {
  ensureBuilt()
})
afterAll(() => {
  removeTempFolders()
})

const claim = 'Magnesium reduces anxiety.'
const clean = 'Some people say they sleep better after a walk.'
const ndjson = (records: unknown[]) =>
  records.map((record) => (typeof record === 'string' ? record : JSON.stringify(record)) + '\n').join('')
const results = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, any>) // eslint-disable-line @typescript-eslint/no-explicit-any

describe('records', () => {
  test('one result line a record, in input order, with messages placed in the record text', () => {
    const cwd = tempFolder()
    const run = cli(
      ['--ndjson', '--jobs', '2'],
      cwd,
      ndjson([
        {id: 'md', format: 'markdown', content: '# Title\n\n' + claim},
        {id: 7, format: 'text', content: clean},
        {id: 'html', format: 'html', content: '<p>Zinc cures colds.</p>'}
      ])
    )
    expect(run.stderr).toBe('')
    const lines = results(run.stdout)
    expect(lines.map((line) => line.id)).toEqual(['md', 7, 'html'])
    expect(Object.keys(lines[0]).sort()).toEqual(['id', 'messages', 'pass', 'summary'])
    expect(lines[0].summary).toEqual({errors: 0, warnings: 1})
    expect(lines[0].messages[0]).toMatchObject({
      ruleId: 'unhedged-claim',
      line: 3,
      column: 11,
      offset: 19,
      endOffset: 26,
      actual: 'reduces',
      expected: ['may reduce']
    })
    expect(lines[1]).toEqual({id: 7, pass: true, summary: {errors: 0, warnings: 0}, messages: []})
    expect(lines[2].messages[0]).toMatchObject({ruleId: 'unhedged-claim', actual: 'cures', line: 1, column: 9})
    // Warnings only: every record passes.
    expect(run.code).toBe(0)
  })

  test('--frail fails a record with warnings, and the exit code says so', () => {
    const run = cli(
      ['--ndjson', '--frail', '--jobs', '1'],
      tempFolder(),
      ndjson([
        {id: 'a', content: clean},
        {id: 'b', content: claim}
      ])
    )
    const lines = results(run.stdout)
    expect(lines.map((line) => [line.id, line.pass])).toEqual([
      ['a', true],
      ['b', false]
    ])
    expect(run.code).toBe(1)
  })

  test('a config that makes the rule an error fails the record', () => {
    const cwd = tempFolder({'.evidencerc.json': JSON.stringify({rules: {'unhedged-claim': 'error'}})})
    const run = cli(['--ndjson', '--jobs', '1'], cwd, ndjson([{id: 'a', content: claim}]))
    expect(results(run.stdout)[0]).toMatchObject({id: 'a', pass: false, summary: {errors: 1, warnings: 0}})
    expect(run.code).toBe(1)
    const none = cli(['--ndjson', '--no-config', '--jobs', '1'], cwd, ndjson([{id: 'a', content: claim}]))
    expect(results(none.stdout)[0]).toMatchObject({pass: true, summary: {errors: 0, warnings: 1}})
    expect(none.code).toBe(0)
  })

  test('{path} records read the file (relative to the working folder), its format from its extension', () => {
    const cwd = tempFolder({'posts/a.md': '# A\n\n' + claim + '\n', 'posts/b.html': '<p>' + claim + '</p>'})
    const run = cli(
      ['--ndjson', '--jobs', '2'],
      cwd,
      ndjson([
        {id: 'a', path: 'posts/a.md'},
        {id: 'b', path: 'posts/b.html'},
        {id: 'gone', path: 'posts/none.md'}
      ])
    )
    const lines = results(run.stdout)
    expect(lines[0].messages[0]).toMatchObject({ruleId: 'unhedged-claim', line: 3, column: 11})
    expect(lines[1].messages[0]).toMatchObject({ruleId: 'unhedged-claim', line: 1, column: 14})
    expect(lines[2]).toEqual({id: 'gone', pass: false, error: 'cannot read `posts/none.md`: no such file'})
    expect(run.code).toBe(1)
  })
})

describe('bad records', () => {
  test('each gives an error line, and the run goes on to the next', () => {
    const run = cli(
      ['--ndjson', '--jobs', '2', '--max-size', '100'],
      tempFolder(),
      ndjson([
        'not json',
        {id: 'no-content', format: 'text'},
        {id: 'bad-format', format: 'docx', content: claim},
        {id: 'big', content: 'word '.repeat(30)},
        '["an", "array"]',
        {id: 'longline', content: 'x'.repeat(1000)},
        {id: 'last', content: claim}
      ])
    )
    const lines = results(run.stdout)
    expect(lines).toEqual([
      {id: null, pass: false, error: expect.stringMatching(/^line 1: not JSON \(/)},
      {id: 'no-content', pass: false, error: 'line 2: missing `content` (the text to lint) or `path` (a file to read)'},
      {id: 'bad-format', pass: false, error: 'line 3: unknown format "docx": use "text", "markdown" or "html"'},
      {id: 'big', pass: false, error: 'line 4: too large: `content` is 150 bytes, above the limit of 100 (--max-size)'},
      {id: null, pass: false, error: expect.stringMatching(/^line 5: a record must be a JSON object/)},
      {
        id: 'longline',
        pass: false,
        error: 'line 6: too large: `content` is 1000 bytes, above the limit of 100 (--max-size)'
      },
      expect.objectContaining({id: 'last', pass: true, summary: {errors: 0, warnings: 1}})
    ])
    expect(run.code).toBe(1)
  })

  test('a line longer than twice --max-size is skipped unread', () => {
    const run = cli(
      ['--ndjson', '--jobs', '1', '--max-size', '10'],
      tempFolder(),
      ndjson([
        {id: 'huge', content: 'y'.repeat(200_000)},
        {id: 'ok', content: 'Fine.'}
      ])
    )
    const lines = results(run.stdout)
    expect(lines[0]).toEqual({
      id: null,
      pass: false,
      error: expect.stringMatching(/^line 1: too large: 200026 bytes, above the limit of 65556 for a line/)
    })
    expect(lines[1]).toMatchObject({id: 'ok', pass: true})
    expect(run.code).toBe(1)
  })

  test('blank lines are not records; bad usage is one line and exit 1', () => {
    const run = cli(['--ndjson', '--jobs', '1'], tempFolder(), '\n\n' + ndjson([{id: 'a', content: clean}]) + '\n')
    expect(results(run.stdout)).toHaveLength(1)
    expect(run.code).toBe(0)
    const zero = cli(['--ndjson', '--jobs', '0'], tempFolder(), '')
    expect(zero).toEqual({
      code: 1,
      stdout: '',
      stderr: 'evidence-lint: `--jobs` needs a whole number above 0, not "0"\n'
    })
    const other = cli(['--ndjson', '--report', 'json'], tempFolder(), '')
    expect(other.stderr).toBe('evidence-lint: `--report` is not supported with --ndjson (see --help)\n')
    expect(other.code).toBe(1)
  })
})

describe('streaming', () => {
  test('results come out while the input is still open, in order, with many records on 2 jobs', async () => {
    const child = spawn(process.execPath, [bin, '--ndjson', '--jobs', '2'], {
      cwd: tempFolder(),
      stdio: ['pipe', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // Records of very different sizes, so workers finish out of order.
    const first = Array.from({length: 40}, (_, index) => ({
      id: index,
      format: 'text',
      content: index % 3 === 0 ? (claim + ' ').repeat(300) : claim
    }))
    child.stdin.write(ndjson(first))
    // The input stays open: the first 40 results must still arrive.
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString()
        if (stdout.split('\n').length > 40) resolve()
      })
    })
    child.stdin.end(ndjson([{id: 40, content: clean}]))
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve))
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const lines = results(stdout)
    expect(lines.map((line) => line.id)).toEqual(Array.from({length: 41}, (_, index) => index))
    expect(lines[3].summary.warnings).toBe(300)
    expect(lines[40].messages).toEqual([])
  })
})

describe('progress', () => {
  test('on a terminal, standard error shows records done and records per second; never on standard output', () => {
    const cwd = tempFolder({
      'in.ndjson': ndjson([
        {id: 1, content: clean},
        {id: 2, content: claim}
      ])
    })
    // util-linux `script` gives the command a terminal; standard output goes to a file.
    const command =
      [process.execPath, bin, '--ndjson', '--jobs', '1'].map((part) => "'" + part + "'").join(' ') +
      ' < in.ndjson > out.ndjson'
    const run = spawnSync('script', ['-qec', command, '/dev/null'], {cwd, encoding: 'utf8', timeout: 120_000})
    expect(run.status).toBe(0)
    // The last progress line, then a line end.
    expect(run.stdout).toMatch(/\revidence-lint: 2 records, \d+ records\/s {2}\r?\n$/)
    const out = fs.readFileSync(path.join(cwd, 'out.ndjson'), 'utf8')
    expect(results(out).map((line) => line.id)).toEqual([1, 2])
    expect(out).not.toContain('records/s')
  })
})
