/** Helpers for tests that run the real `evidence-publish-hook` server. */
import {spawn, spawnSync, type ChildProcessWithoutNullStreams} from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import {fileURLToPath} from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const hookBin = path.join(root, 'bin', 'evidence-publish-hook.js')

/** `npm run build`, once at a time across test files (the same lock folder as the CLI tests).
 * Type errors in files other than the hook's and `lint()`'s do not stop these tests: tsc still
 * writes every file. */
export function buildOnce(): void {
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
    const result = spawnSync('npm', ['run', 'build'], {cwd: root, encoding: 'utf8', timeout: 170_000})
    const output = (result.stdout ?? '') + (result.stderr ?? '')
    const ours = output.split('\n').filter((line) => /^(?:src\/(?:hook\/|lint)|bin\/evidence-publish-hook)/.test(line))
    if (ours.length > 0) throw new Error('build failed:\n' + ours.join('\n'))
    if (!fs.existsSync(path.join(root, 'dist', 'src', 'hook', 'server.js'))) throw new Error('build failed:\n' + output)
  } finally {
    fs.rmSync(lock, {recursive: true, force: true})
  }
}

export interface Hook {
  url: string
  process: ChildProcessWithoutNullStreams
  /** Lines written to stderr so far. */
  stderr: string[]
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number | null>
  /** SIGTERM, and wait for the exit. */
  stop(): Promise<number | null>
}

/** Spawn the hook on 127.0.0.1 with a free port; resolve once it prints `listening on ...`. */
export async function startHook(
  args: string[] = [],
  env: Record<string, string> = {},
  cwd: string = root
): Promise<Hook> {
  const childEnv: Record<string, string | undefined> = {...process.env, ...env}
  if (!('EVIDENCE_HOOK_SECRET' in env)) delete childEnv.EVIDENCE_HOOK_SECRET
  const child = spawn(process.execPath, [hookBin, '--host', '127.0.0.1', '--port', '0', ...args], {cwd, env: childEnv})
  const stderr: string[] = []
  readline.createInterface({input: child.stderr}).on('line', (line) => stderr.push(line))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const first = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the hook did not start:\n' + stderr.join('\n'))), 30_000)
    readline.createInterface({input: child.stdout}).once('line', (line) => {
      clearTimeout(timer)
      resolve(line)
    })
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error('the hook exited with ' + code + ':\n' + stderr.join('\n')))
    })
  })
  const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(first)
  if (!match) throw new Error('unexpected first line: ' + first)
  // Its settings line on stderr follows: wait for it, so tests see only the lines they cause.
  const deadline = Date.now() + 10_000
  while (!stderr.some((line) => line.includes('"message":"evidence-publish-hook: fail-on')) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return {
    url: match[1],
    process: child,
    stderr,
    exited,
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      return exited
    }
  }
}

/** Run the hook binary to its end (for start-up failures). */
export function runHook(
  args: string[],
  env: Record<string, string> = {}
): {code: number | null; stdout: string; stderr: string} {
  const childEnv: Record<string, string | undefined> = {...process.env, ...env}
  if (!('EVIDENCE_HOOK_SECRET' in env)) delete childEnv.EVIDENCE_HOOK_SECRET
  const result = spawnSync(process.execPath, [hookBin, ...args], {
    cwd: root,
    env: childEnv,
    encoding: 'utf8',
    timeout: 30_000
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** `sha256=<hex HMAC-SHA256 of body>`: a body-only signature (accepted with --allow-unstamped). */
export function sign(secret: string, body: string | Buffer): string {
  return 'sha256=' + crypto.createHmac('sha256', secret).update(body).digest('hex')
}

/** The headers of a stamped request: `X-Evidence-Timestamp` (now, or `time` in Unix seconds)
 * and `X-Evidence-Signature` over `timestamp + "." + body`. */
export function signed(
  secret: string,
  body: string | Buffer,
  time: number = Math.floor(Date.now() / 1000)
): Record<string, string> {
  const stamp = String(time)
  const signature = crypto
    .createHmac('sha256', secret)
    .update(stamp + '.')
    .update(body)
    .digest('hex')
  return {'x-evidence-timestamp': stamp, 'x-evidence-signature': 'sha256=' + signature}
}

/** One line of the hook's JSON log. */
export interface LogEntry {
  time: string
  event?: string | undefined
  remote?: string | undefined
  method?: string | null | undefined
  path?: string | null | undefined
  status?: number | null | undefined
  ms?: number | undefined
  bytes?: number | undefined
  verdict?: string | undefined
  errors?: number | undefined
  warnings?: number | undefined
  reason?: string | undefined
  message?: string | undefined
}

/** The hook's log lines from `from` on, parsed (every line must be JSON). */
export function logEntries(h: Hook, from = 0): LogEntry[] {
  return h.stderr.slice(from).map((line) => JSON.parse(line) as LogEntry)
}

/** Whether the hook has logged a service event with this message. */
export function said(h: Hook, message: string): boolean {
  return logEntries(h).some((entry) => entry.message === message)
}

export function fixture(name: string): string {
  return fs.readFileSync(path.join(root, 'test', 'fixtures', name), 'utf8')
}

/** POST JSON to `/lint`. */
export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url + '/lint', {
    method: 'POST',
    headers: {'content-type': 'application/json', ...headers},
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })
}

/** Wait until `check` is true (polling), or fail after `ms`. */
export async function until(check: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
