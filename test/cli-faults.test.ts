/**
 * The real `evidence-lint` binary when things go wrong around it: a file it may not read, a
 * file deleted while it runs, a reader that closes its output early, a signal in the middle of
 * a run. Each ends with a one-line message and a known exit code, and leaves every file as it
 * was.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type {Readable} from 'node:stream'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {ensureBuilt, removeTempFolders, root, snapshot, startCli, tempFolder, type StartOptions} from './cli-helpers.js'

const claim = 'Magnesium reduces anxiety.'
const hedged = 'Magnesium may reduce anxiety.'
const preload = path.join(root, 'test', 'fixtures', 'cli', 'fault-preload.mjs')
/** Three warnings a paragraph. */
const paragraph = 'Magnesium reduces anxiety. Zinc cures colds. Iron cures fatigue.\n\n'

/** `count` Markdown files of `paragraphs` paragraphs each, in `docs/`. */
function manyFiles(count: number, paragraphs: number): Record<string, string> {
  const files: Record<string, string> = {}
  for (let i = 1; i <= count; i++)
    files['docs/f' + String(i).padStart(4, '0') + '.md'] = '# Note ' + i + '\n\n' + paragraph.repeat(paragraphs)
  return files
}

/** Lines of stderr that look like a stack trace. */
const stackLine = /\n\s+at .+:\d+:\d+/

interface JsonFile {
  path: string
  messages: Array<{ruleId?: string; fatal?: boolean | null; reason: string}>
}

/**
 * How to run the CLI so that file permissions hold. Root reads any file: as root the CLI runs
 * without the two capabilities that allow it (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) through
 * `setpriv`, or, where there is no `setpriv`, as the user nobody (uid 65534).
 */
function permissionsEnforced(folder: string): {options: StartOptions; how: string} {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0)
    return {options: {}, how: 'as user ' + (process.getuid?.() ?? '?')}
  const drop = ['setpriv', '--bounding-set=-dac_override,-dac_read_search']
  if (spawnSync(drop[0], [...drop.slice(1), 'true']).status === 0)
    return {options: {wrapper: drop}, how: 'as root without CAP_DAC_OVERRIDE'}
  // nobody must be able to walk into the folder.
  const open = (current: string) => {
    fs.chmodSync(current, 0o755)
    for (const entry of fs.readdirSync(current, {withFileTypes: true}))
      if (entry.isDirectory()) open(path.join(current, entry.name))
  }
  open(folder)
  return {options: {uid: 65534, gid: 65534}, how: 'as nobody'}
}

beforeAll(() => {
  ensureBuilt()
}, 240_000)
afterAll(removeTempFolders)

describe('files that cannot be read', () => {
  test('a file without read permission: one line naming it, exit 1, the others linted', async () => {
    const cwd = tempFolder({'docs/a.md': claim + '\n', 'docs/private.md': claim + '\n', 'docs/c.md': hedged + '\n'})
    fs.chmodSync(path.join(cwd, 'docs', 'private.md'), 0o000)
    const {options, how} = permissionsEnforced(cwd)
    const before = snapshot(cwd)

    const result = await startCli(['docs'], cwd, options).done
    expect(result.code, how + '\n' + result.stderr).toBe(1)
    expect(result.stdout).toBe('')
    const lines = result.stderr.split('\n').filter((line) => line.includes('Cannot lint'))
    expect(lines, result.stderr).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^\s+error\s+Cannot lint `docs\/private\.md`: permission denied: it cannot be read \(EACCES\)\s+file\s+evidence-lint$/
    )
    expect(result.stderr).not.toContain(cwd)
    expect(result.stderr).not.toMatch(stackLine)
    // The readable files were linted all the same.
    expect(result.stderr).toMatch(/docs\/a\.md\n1:11-1:18\s+warning\s+Unhedged claim/)
    expect(result.stderr).toContain('docs/c.md: no issues found')
    expect(result.stderr).toContain('2 messages (✖ 1 error, ⚠ 1 warning)')
    expect(snapshot(cwd)).toEqual(before)
  })

  test('a symbolic link that points to itself (no one can read it, root neither)', async () => {
    const cwd = tempFolder({'docs/a.md': claim + '\n'})
    fs.symlinkSync('loop.md', path.join(cwd, 'docs', 'loop.md'))
    const before = snapshot(cwd)
    const result = await startCli(['docs'], cwd).done
    expect(result.code).toBe(1)
    const lines = result.stderr.split('\n').filter((line) => line.includes('Cannot lint'))
    expect(lines, result.stderr).toHaveLength(1)
    expect(lines[0]).toContain('Cannot lint `docs/loop.md`: too many levels of symbolic links (a link loop) (ELOOP)')
    expect(result.stderr).not.toMatch(stackLine)
    expect(result.stderr).toContain('docs/a.md')
    expect(snapshot(cwd)).toEqual(before)
  })

  test('a file deleted after the run started: one line naming it, exit 1, the 49 others linted', async () => {
    const cwd = tempFolder(manyFiles(50, 1))
    const victim = path.join(cwd, 'docs', 'f0025.md')
    const before = snapshot(cwd)

    // The preload deletes it as the first document is read: after the folder was searched.
    const result = await startCli(['--report', 'json', 'docs'], cwd, {
      node: ['--import', preload],
      env: {EVIDENCE_TEST_DELETE: victim}
    }).done
    expect(result.code, result.stderr.slice(0, 2000)).toBe(1)
    expect(result.stdout).toBe('')
    const files = JSON.parse(result.stderr) as JsonFile[]
    expect(files).toHaveLength(50)
    const gone = files.find((file) => file.path === 'docs/f0025.md')
    expect(gone?.messages).toEqual([
      expect.objectContaining({
        ruleId: 'file',
        fatal: true,
        reason: 'Cannot lint `docs/f0025.md`: it no longer exists (deleted or moved after the run started) (ENOENT)'
      })
    ])
    for (const file of files.filter((file) => file !== gone)) {
      expect(
        file.messages.map((message) => message.ruleId),
        file.path
      ).toEqual(['unhedged-claim', 'unhedged-claim', 'unhedged-claim'])
    }

    const expected = {...before}
    delete expected['docs/f0025.md']
    const after = snapshot(cwd)
    // The folder's time changes with the deletion; nothing else does.
    delete expected['docs/']
    delete after['docs/']
    expect(after).toEqual(expected)
  })
})

describe('output closed early (EPIPE)', () => {
  test.each([
    ['warnings only', 0, {}],
    ['errors', 1, {'.evidencerc': '{"rules": {"unhedged-claim": "error"}}'}]
  ])(
    'the reader of a large JSON report closes it after its first bytes (%s): exit %i, the lint verdict',
    async (_name, code, config) => {
      // About 5 MB of report: far more than a pipe holds.
      const cwd = tempFolder({...manyFiles(200, 20), ...config})
      const before = snapshot(cwd)
      const run = startCli(['--report', 'json', 'docs'], cwd)
      let first = ''
      run.child.stderr?.once('data', (chunk: Buffer) => {
        run.child.stderr?.destroy()
        first = chunk.toString()
      })
      const result = await run.done
      expect(first.startsWith('[{"path":"docs/f0001.md"'), first.slice(0, 500)).toBe(true)
      expect(result.signal).toBe(null)
      expect(result.code).toBe(code)
      expect(result.stdout).toBe('')
      expect(snapshot(cwd)).toEqual(before)
    },
    180_000
  )

  test('standard output closed before --help is written: one line on stderr, exit 0', async () => {
    const cwd = tempFolder()
    const run = startCli(['--help'], cwd)
    run.child.stdout?.destroy()
    const result = await run.done
    expect(result.signal).toBe(null)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(
      'evidence-lint: standard output was closed early (EPIPE): the rest of the output is dropped\n'
    )
  })
})

describe('signals', () => {
  test.each([
    ['SIGINT', 130],
    ['SIGTERM', 143]
  ] as const)(
    '%s while linting a large folder: one line, exit %i, no report, no file changed',
    async (signal, code) => {
      const cwd = tempFolder(manyFiles(1000, 20))
      const before = snapshot(cwd)
      const run = startCli(['docs'], cwd, {
        node: ['--import', preload],
        env: {EVIDENCE_TEST_READ_FD: '3'},
        stdio: ['ignore', 'pipe', 'pipe', 'pipe']
      })
      const reads = run.child.stdio[3] as Readable
      // Once the first document has been read, linting is under way. (Without linting one file
      // per turn of the event loop, the signal would wait here for most of the run: the read
      // callbacks of all the files read meanwhile lint them one after the other.)
      const first = await Promise.race([
        new Promise<string>((resolve) => reads.once('data', () => resolve('reading'))),
        run.done.then(() => 'ended')
      ])
      if (first === 'ended') throw new Error('evidence-lint ended before it read a file:\n' + (await run.done).stderr)
      reads.resume()
      const sent = Date.now()
      run.child.kill(signal)
      const result = await run.done
      // It ended itself (not killed by the signal), and soon.
      expect(result.signal).toBe(null)
      expect(result.code).toBe(code)
      expect(result.stderr).toBe(
        'evidence-lint: interrupted (' +
          signal +
          '): stopped before every file was linted; no report, no file changed\n'
      )
      expect(result.stdout).toBe('')
      expect(Date.now() - sent).toBeLessThan(3000)
      expect(snapshot(cwd)).toEqual(before)
    },
    180_000
  )
})
