/** Helpers for tests that run the real `evidence-lint` binary. */
import {spawnSync, type SpawnSyncReturns} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const bin = path.join(root, 'bin', 'evidence-lint.js')
const built = path.join(root, 'dist', 'src', 'cli', 'run.js')

function newestSource(folder: string): number {
  let newest = 0
  if (!fs.existsSync(folder)) return newest
  for (const entry of fs.readdirSync(folder, {withFileTypes: true})) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full))
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs)
  }
  return newest
}

/** Build `dist/` when it is missing or older than the sources (`npm test` builds first anyway).
 * A lock folder keeps test files running in parallel from building at the same time. */
export function ensureBuilt(): void {
  const fresh = () => fs.existsSync(built) && fs.statSync(built).mtimeMs >= Math.max(newestSource(path.join(root, 'src')), newestSource(path.join(root, 'rules')))
  if (fresh()) return
  const lock = path.join(os.tmpdir(), 'retext-evidence-build.lock')
  const deadline = Date.now() + 180_000
  for (;;) {
    try {
      fs.mkdirSync(lock)
      break
    } catch {
      if (Date.now() > deadline) throw new Error('timed out waiting for another build')
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250)
    }
  }
  try {
    if (!fresh()) {
      const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], {cwd: root, encoding: 'utf8'})
      if (result.status !== 0) throw new Error('build failed:\n' + result.stdout + result.stderr)
    }
  } finally {
    fs.rmSync(lock, {recursive: true, force: true})
  }
}

const created: string[] = []

/** Remove the temporary folders made so far (call from `afterAll`). */
export function removeTempFolders(): void {
  for (const folder of created.splice(0)) fs.rmSync(folder, {recursive: true, force: true})
}

/** A fresh temporary folder with the given files (`{path: content}`; Buffers kept as bytes). */
export function tempFolder(files: Record<string, string | Uint8Array> = {}): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-lint-'))
  created.push(folder)
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(folder, name)
    fs.mkdirSync(path.dirname(full), {recursive: true})
    fs.writeFileSync(full, content)
  }
  return folder
}

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Run `node bin/evidence-lint.js ...args` in `cwd`, optionally with standard input. */
export function cli(args: string[], cwd: string, input?: string): Run {
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    input: input ?? '',
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'},
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}
