/** `evidence-lint --report-file PATH`: the report written to a file (as ESLint's
 * `--output-file`), standard error left quiet; standard error stays the default. */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {cli, ensureBuilt, removeTempFolders, tempFolder} from './cli-helpers.js'

beforeAll(() => {
  ensureBuilt()
})
afterAll(() => {
  removeTempFolders()
})

const post = '# Sleep\n\nMagnesium reduces anxiety.\n'

describe('--report-file', () => {
  test('json: the report is in the file, nothing on standard error, the exit code unchanged', () => {
    const cwd = tempFolder({'post.md': post})
    const run = cli(['--report', 'json', '--report-file', 'evidence.json', 'post.md'], cwd)
    expect(run).toEqual({code: 0, stdout: '', stderr: ''})
    const report = JSON.parse(fs.readFileSync(path.join(cwd, 'evidence.json'), 'utf8')) as Array<{
      path: string
      messages: Array<{ruleId: string; line: number; column: number}>
    }>
    expect(
      report.map((file) => [file.path, file.messages.map((message) => [message.ruleId, message.line, message.column])])
    ).toEqual([['post.md', [['unhedged-claim', 3, 11]]]])
    const frail = cli(['--frail', '--report', 'json', '--report-file=evidence.json', 'post.md'], cwd)
    expect(frail).toEqual({code: 1, stdout: '', stderr: ''})
    expect(fs.readFileSync(path.join(cwd, 'post.md'), 'utf8')).toBe(post)
  })

  test('sarif into a subfolder; pretty without colour codes even with --color', () => {
    const cwd = tempFolder({'post.md': post, 'reports/.keep': ''})
    expect(cli(['--report', 'sarif', '--report-file', 'reports/evidence.sarif', '.'], cwd).stderr).toBe('')
    const sarif = JSON.parse(fs.readFileSync(path.join(cwd, 'reports', 'evidence.sarif'), 'utf8')) as {
      version: string
      runs: Array<{
        results: Array<{
          ruleId: string
          locations: Array<{physicalLocation: {region: {startLine: number; startColumn: number}}}>
        }>
      }>
    }
    expect(sarif.version).toBe('2.1.0')
    expect(
      sarif.runs[0].results.map((result) => [
        result.ruleId,
        result.locations[0].physicalLocation.region.startLine,
        result.locations[0].physicalLocation.region.startColumn
      ])
    ).toEqual([['unhedged-claim', 3, 11]])
    const pretty = cli(['--color', '--report-file', 'reports/evidence.log', 'post.md'], cwd)
    expect(pretty.stderr).toBe('')
    const text = fs.readFileSync(path.join(cwd, 'reports', 'evidence.log'), 'utf8')
    expect(text).toMatch(/3:11-3:18\s+warning\s+Unhedged claim/)
    expect(text).not.toContain('\u001B[')
  })

  test('without the flag the report still goes to standard error', () => {
    const cwd = tempFolder({'post.md': post})
    const run = cli(['--report', 'json', 'post.md'], cwd)
    expect((JSON.parse(run.stderr) as Array<{messages: unknown[]}>)[0].messages).toHaveLength(1)
    expect(fs.readdirSync(cwd)).toEqual(['post.md'])
  })

  test('bad uses: a missing folder, no path, a document as the report file', () => {
    const cwd = tempFolder({'post.md': post})
    expect(cli(['--report', 'json', '--report-file', 'none/evidence.json', 'post.md'], cwd)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'evidence-lint: cannot write the report to `none/evidence.json`: no such folder\n'
    })
    expect(cli(['post.md', '--report-file'], cwd)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'evidence-lint: `--report-file` needs a path (see --help)\n'
    })
    // The flag taking the document as its value: refused, the document untouched.
    expect(cli(['--report-file', 'post.md'], cwd)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'evidence-lint: `--report-file post.md` would overwrite a document with the report: name a report file such as evidence.json, evidence.sarif or evidence.log\n'
    })
    expect(fs.readFileSync(path.join(cwd, 'post.md'), 'utf8')).toBe(post)
  })
})
