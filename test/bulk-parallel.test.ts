/**
 * docs/bulk.md's GNU parallel recipe, run as written (with the repository's binary in place of
 * `npx -p retext-evidence evidence-lint`) on the 49 corpus articles repeated 20 times: every
 * record comes back exactly once, in input order, and the same article gets the same result
 * every time, whichever chunk and process linted it.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {bin, ensureBuilt, removeTempFolders, root, tempFolder} from './cli-helpers.js'

const corpus = path.resolve(root, '..', 'shared', 'corpus')
const haveCorpus = fs.existsSync(corpus)
const haveParallel = spawnSync('parallel', ['--version'], {encoding: 'utf8'}).status === 0
if (!haveCorpus)
  console.warn('bulk-parallel.test.ts: skipped: ' + corpus + ' is absent (the test lints the shared corpus articles)')

beforeAll(() => {
  ensureBuilt()
})
afterAll(() => {
  removeTempFolders()
})

/** The recipe's command line in docs/bulk.md (the line that starts with `parallel`). */
function recipe(): string {
  const docs = fs.readFileSync(path.join(root, 'docs', 'bulk.md'), 'utf8')
  const line = docs.split('\n').find((text) => text.startsWith('parallel '))
  if (!line) throw new Error('docs/bulk.md has no line starting with `parallel `')
  return line
}

describe.skipIf(!haveCorpus)('GNU parallel recipe on the corpus', () => {
  test('980 records through `parallel --pipe`: each comes back once, in order', {timeout: 1_800_000}, () => {
    // .ci/install-debian.sh installs GNU parallel; without it this test fails rather than skips.
    expect(haveParallel, 'GNU parallel is not installed (bash .ci/install-debian.sh)').toBe(true)
    const articles = fs
      .readdirSync(corpus)
      .filter((name) => /^\d{3}-.*\.(?:md|html)$/.test(name))
      .sort()
    expect(articles).toHaveLength(49)
    const folder = tempFolder()
    const records: string[] = []
    for (let round = 0; round < 20; round++) {
      for (const name of articles) {
        records.push(
          JSON.stringify({
            id: name + '#' + round,
            format: name.endsWith('.html') ? 'html' : 'markdown',
            content: fs.readFileSync(path.join(corpus, name), 'utf8')
          })
        )
      }
    }
    fs.writeFileSync(path.join(folder, 'records.ndjson'), records.join('\n') + '\n')

    const command = recipe()
    expect(command).toContain('npx -p retext-evidence evidence-lint --ndjson')
    // Smaller blocks than the recipe's, so that the 15 MB of records make many chunks.
    const local = command
      .replace('npx -p retext-evidence evidence-lint', JSON.stringify(process.execPath) + ' ' + JSON.stringify(bin))
      .replace(/--block \S+/, '--block 400k')
    const run = spawnSync('bash', ['-c', local], {cwd: folder, encoding: 'utf8', timeout: 1_700_000})
    expect(run.stderr).toBe('')
    const results = fs
      .readFileSync(path.join(folder, 'results.ndjson'), 'utf8')
      .trimEnd()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as {
            id: string
            pass: boolean
            error?: string
            summary: {errors: number; warnings: number}
            messages: unknown[]
          }
      )
    expect(results).toHaveLength(980)
    expect(results.map((result) => result.id)).toEqual(records.map((record) => (JSON.parse(record) as {id: string}).id))
    expect(results.filter((result) => result.error !== undefined)).toEqual([])
    // The same article, the same result, in every round.
    for (let index = 49; index < results.length; index++) {
      expect(results[index].messages).toEqual(results[index % 49].messages)
    }
    expect(results.reduce((sum, result) => sum + result.summary.warnings + result.summary.errors, 0)).toBeGreaterThan(
      20 * 49
    )
    // parallel's exit code is the number of chunks whose evidence-lint failed.
    if (results.every((result) => result.pass)) expect(run.status).toBe(0)
    else expect(run.status).toBeGreaterThan(0)
  })
})
