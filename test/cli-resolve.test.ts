/**
 * `evidence-lint --resolve`: the real binary against the stub of Crossref and E-utilities on
 * 127.0.0.1 (addresses from EVIDENCE_CROSSREF_URL / EVIDENCE_EUTILS_URL, cache under
 * XDG_CACHE_HOME or --cache-dir): findings against linked records, exit codes, the cache
 * written and reused, --offline with an empty cache, --verbose info lines, and no request at
 * all without --resolve.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {ensureBuilt, removeTempFolders, startCli, tempFolder} from './cli-helpers.js'
import {startStub, type Stub} from './records-stub.js'

let stub: Stub

beforeAll(async () => {
  ensureBuilt()
  stub = await startStub()
})
afterAll(async () => {
  await stub.close()
  removeTempFolders()
})
beforeEach(() => {
  stub.requests.length = 0
  stub.override = undefined
})

const post = [
  '# Omega-3',
  '',
  'A 2016 randomised controlled trial in the American Journal of Medicine found ' +
    'that omega-3 supplements may ease depression ' +
    '([study](https://doi.org/10.1016/j.amjmed.2006.01.001)).',
  ''
].join('\n')

async function lint(args: string[], folder: string, env: Record<string, string> = {}) {
  const run = startCli(['--no-config', ...args], folder, {
    env: {
      EVIDENCE_CROSSREF_URL: stub.crossrefUrl,
      EVIDENCE_EUTILS_URL: stub.eutilsUrl,
      XDG_CACHE_HOME: path.join(folder, 'xdg'),
      ...env
    }
  })
  return run.done
}

describe('evidence-lint --resolve', () => {
  it('checks the attribution against the linked record and caches it under XDG_CACHE_HOME', async () => {
    const folder = tempFolder({'post.md': post})
    const result = await lint(['--resolve', 'post.md'], folder)
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('3:1-3:71')
    expect(result.stderr).toContain('differs from the record of doi:10.1016/j.amjmed.2006.01.001')
    expect(result.stderr).toContain(
      'it names American Journal of Medicine, but the record is in Journal of Affective Disorders'
    )
    expect(result.stderr).toContain('mismatched-attribution')
    expect(result.stdout).toBe('')
    expect(stub.requests.map((r) => r.path)).toEqual(['/crossref/works/10.1016%2Fj.amjmed.2006.01.001'])
    expect(fs.readdirSync(path.join(folder, 'xdg', 'retext-evidence', 'records'))).toHaveLength(1)
    // --frail makes the warning fail the run.
    stub.requests.length = 0
    const frail = await lint(['--resolve', '--frail', 'post.md'], folder)
    expect(frail.code).toBe(1)
    expect(stub.requests).toHaveLength(0)
  })

  it('without --resolve, no request and no record finding', async () => {
    const folder = tempFolder({'post.md': post})
    const result = await lint(['post.md'], folder)
    expect(result.code).toBe(0)
    expect(result.stderr).not.toContain('record')
    expect(stub.requests).toHaveLength(0)
    expect(fs.existsSync(path.join(folder, 'xdg'))).toBe(false)
  })

  it('--cache-dir moves the cache; --offline then reads it and never the network', async () => {
    const folder = tempFolder({'post.md': post})
    const first = await lint(['--resolve', '--cache-dir', 'records-cache', 'post.md'], folder)
    expect(first.stderr).toContain('differs from the record')
    expect(fs.readdirSync(path.join(folder, 'records-cache', 'records'))).toHaveLength(1)
    stub.requests.length = 0
    const offline = await lint(['--resolve', '--offline', '--cache-dir=records-cache', 'post.md'], folder, {
      EVIDENCE_CROSSREF_URL: 'http://127.0.0.1:9'
    })
    expect(offline.stderr).toContain('differs from the record')
    expect(stub.requests).toHaveLength(0)
  })

  it('--offline with an empty cache: no finding, no request, exit 0; --verbose says why', async () => {
    const folder = tempFolder({'post.md': post})
    const quiet = await lint(['--resolve', '--offline', 'post.md'], folder)
    expect(quiet.code).toBe(0)
    expect(quiet.stderr).not.toContain('record')
    const verbose = await lint(['--resolve', '--offline', '--verbose', '--frail', 'post.md'], folder)
    expect(verbose.code).toBe(0)
    expect(verbose.stderr).toContain(
      'Could not check attributions against doi:10.1016/j.amjmed.2006.01.001: offline (not in the cache (offline))'
    )
    expect(stub.requests).toHaveLength(0)
  })

  it('a service that fails is never an error exit', async () => {
    stub.override = () => ({status: 500, body: 'oops'})
    const folder = tempFolder({'post.md': post})
    const result = await lint(['--resolve', '--frail', 'post.md'], folder)
    expect(result.code).toBe(0)
    expect(result.stderr).not.toContain('record')
  })

  it('--cache-dir without a folder is a usage error', async () => {
    const folder = tempFolder({'post.md': post})
    const result = await lint(['--resolve', 'post.md', '--cache-dir'], folder)
    expect(result.code).toBe(1)
    expect(result.stderr.trim()).toBe('evidence-lint: `--cache-dir` needs a folder (see --help)')
  })
})
