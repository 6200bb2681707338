/** Helpers for tests that run the real `evidence-lint` binary. */
import {spawn, spawnSync, type ChildProcess, type SpawnSyncReturns, type StdioOptions} from 'node:child_process'
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
  const fresh = () =>
    fs.existsSync(built) &&
    fs.statSync(built).mtimeMs >= Math.max(newestSource(path.join(root, 'src')), newestSource(path.join(root, 'rules')))
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
      const result = spawnSync(
        process.execPath,
        [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'],
        {cwd: root, encoding: 'utf8'}
      )
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

export interface CliProcess {
  child: ChildProcess
  /** Resolves when the process has ended and its output streams are closed. */
  done: Promise<{code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string}>
}

export interface StartOptions {
  /** Node flags before the script (`--import ...`). */
  node?: string[] | undefined
  env?: Record<string, string> | undefined
  /** Standard streams, as `spawn` takes them (default: ignore stdin, pipe stdout and stderr). */
  stdio?: StdioOptions | undefined
  /** Run the command through this program, e.g. `['setpriv', '--bounding-set=...']`. */
  wrapper?: string[] | undefined
  uid?: number | undefined
  gid?: number | undefined
}

/** Start `node bin/evidence-lint.js ...args` in `cwd` without waiting for it. */
export function startCli(args: string[], cwd: string, options: StartOptions = {}): CliProcess {
  const command = [...(options.wrapper ?? []), process.execPath, ...(options.node ?? []), bin, ...args]
  const child = spawn(command[0], command.slice(1), {
    cwd,
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env},
    stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
    ...(options.uid === undefined ? {} : {uid: options.uid, gid: options.gid})
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  // Reading stops when a test destroys a stream on purpose.
  child.stdout?.on('error', () => {})
  child.stderr?.on('error', () => {})
  const done = new Promise<{code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string}>(
    (resolve, reject) => {
      child.once('error', reject)
      child.once('close', (code, signal) => resolve({code, signal, stdout, stderr}))
    }
  )
  return {child, done}
}

/** Each file under `folder` (links not followed) with its bytes, mode and modification time. */
export function snapshot(folder: string): Record<string, {bytes: string; mode: number; mtimeMs: number}> {
  const result: Record<string, {bytes: string; mode: number; mtimeMs: number}> = {}
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, {withFileTypes: true})) {
      const full = path.join(current, entry.name)
      const stats = fs.lstatSync(full)
      const key = path.relative(folder, full)
      if (entry.isDirectory()) {
        result[key + '/'] = {bytes: '', mode: stats.mode, mtimeMs: stats.mtimeMs}
        walk(full)
      } else if (entry.isSymbolicLink())
        result[key] = {bytes: '-> ' + fs.readlinkSync(full), mode: stats.mode, mtimeMs: stats.mtimeMs}
      else {
        // A file nobody may read: its bytes cannot be compared, its mode and time can.
        let bytes = '(unreadable)'
        if (stats.mode & 0o444) bytes = fs.readFileSync(full).toString('base64')
        result[key] = {bytes, mode: stats.mode, mtimeMs: stats.mtimeMs}
      }
    }
  }
  walk(folder)
  return result
}
