/**
 * `evidence-lint --ndjson`: bulk audits. Reads records from standard input, one JSON object a
 * line (`{"id", "format", "content"}` or `{"id", "path"}`), lints them on worker threads
 * (`--jobs N`, default: the number of cores) and writes one result line a record,
 * `{"id", "pass", "summary", "messages"}`, in input order.
 *
 * Streaming with flat memory: at most `jobs × 4` records are held at once (read, linting, or
 * waiting for an earlier one to be written); reading stops while that many are held or while
 * standard output is full. A line longer than twice `--max-size` is skipped unread.
 *
 * A bad record (not JSON, no content, unknown format, too large, a file that cannot be read)
 * gives `{"id", "pass": false, "error"}` and the run goes on. Exit code 0 when every record
 * passed, 1 when any failed or was bad (and 1 on bad usage). Progress (records done, records
 * per second) goes to standard error when it is a terminal.
 */
import {once} from 'node:events'
import os from 'node:os'
import {Worker} from 'node:worker_threads'
import type {Io} from './run.js'
import {parseRecord, recordError, type NdjsonSettings, type WorkerReply, type WorkerRequest} from './ndjson-record.js'

const name = 'evidence-lint'
const defaultMaxSize = 5 * 1024 * 1024

export interface NdjsonOptions {
  jobs: number
  settings: NdjsonSettings
}

export const ndjsonHelp = [
  'Bulk mode:',
  '',
  '      --ndjson               read records {"id", "format", "content"} or {"id", "path"} from standard',
  '                             input, one JSON object a line; write {"id", "pass", "summary", "messages"}',
  '                             a record, in input order (bad records: {"id", "pass": false, "error"})',
  '      --jobs <n>             worker threads (default: the number of cores)',
  '      --max-size <bytes>     largest record content (default 5242880)',
  '  With --ndjson: -f --frail, -r --rc-path <path> and --no-config also apply; nothing else does.',
  ''
].join('\n')

/** The options of `--ndjson` mode, or a usage error. */
export function parseNdjsonArgs(argv: string[], cwd: string): NdjsonOptions | {error: string} {
  let jobs = os.availableParallelism()
  let failOn: NdjsonSettings['failOn'] = 'error'
  let maxSize = defaultMaxSize
  let config: string | false | undefined
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index]
    const equals = flag.indexOf('=')
    const key = flag.startsWith('--') && equals > 0 ? flag.slice(0, equals) : flag
    const value = () => (flag.startsWith('--') && equals > 0 ? flag.slice(equals + 1) : argv[++index])
    if (key === '--ndjson') continue
    else if (key === '--frail' || key === '-f') failOn = 'warning'
    else if (key === '--no-config') config = false
    else if (key === '--jobs' || key === '--max-size') {
      const text = value()
      const number = Number(text)
      if (text === undefined || !Number.isInteger(number) || number < 1)
        return {error: '`' + key + '` needs a whole number above 0, not ' + JSON.stringify(text ?? '')}
      if (key === '--jobs') jobs = number
      else maxSize = number
    } else if (key === '--rc-path' || key === '-r') {
      const text = value()
      if (!text) return {error: '`' + key + '` needs a path'}
      config = text
    } else return {error: '`' + flag + '` is not supported with --ndjson (see --help)'}
  }
  return {jobs, settings: {cwd, failOn, maxSize, ...(config === undefined ? {} : {config})}}
}

/** A fixed set of worker threads; each lints one record at a time. */
class Pool {
  private readonly idle: Worker[] = []
  private readonly queue: Array<{request: WorkerRequest; done: (reply: WorkerReply) => void}> = []
  private readonly running = new Map<Worker, {request: WorkerRequest; done: (reply: WorkerReply) => void}>()
  private closing = false

  constructor(
    private readonly size: number,
    private readonly settings: NdjsonSettings
  ) {
    for (let index = 0; index < size; index++) this.idle.push(this.spawn())
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('ndjson-worker.js', import.meta.url), {workerData: this.settings})
    worker.on('message', (reply: WorkerReply) => {
      const job = this.running.get(worker)
      this.running.delete(worker)
      this.idle.push(worker)
      job?.done(reply)
      this.next()
    })
    // A worker that dies (out of memory on one record, a crash) fails the record it held, and
    // a fresh one takes its place.
    const lost = (why: string) => {
      const job = this.running.get(worker)
      this.running.delete(worker)
      const at = this.idle.indexOf(worker)
      if (at >= 0) this.idle.splice(at, 1)
      if (this.closing) return
      this.idle.push(this.spawn())
      if (job)
        job.done({
          seq: job.request.seq,
          ...recordError(job.request.record.id, 'the linter stopped on this record (' + why + ')')
        })
      this.next()
    }
    worker.on('error', (error) => lost(error.message))
    worker.on('exit', (code) => {
      if (this.running.has(worker) || (!this.closing && this.idle.includes(worker)))
        lost('worker exited with code ' + code)
    })
    return worker
  }

  lint(request: WorkerRequest): Promise<WorkerReply> {
    return new Promise((done) => {
      this.queue.push({request, done})
      this.next()
    })
  }

  private next(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker
      const job = this.queue.shift() as {request: WorkerRequest; done: (reply: WorkerReply) => void}
      this.running.set(worker, job)
      worker.postMessage(job.request)
    }
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all([...this.idle, ...this.running.keys()].map((worker) => worker.terminate()))
  }

  get threads(): number {
    return this.size
  }
}

/** Split a byte stream into lines without holding more than `limit` bytes of one; a longer
 * line is given as `{tooLong: bytes}`. */
async function* lines(
  stream: AsyncIterable<Buffer | string>,
  limit: number
): AsyncGenerator<{text: string} | {tooLong: number}> {
  let parts: Buffer[] = []
  let held = 0
  let dropped = 0
  for await (const chunk of stream) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    for (;;) {
      const end = buffer.indexOf(10)
      const piece = end < 0 ? buffer : buffer.subarray(0, end)
      if (dropped > 0 || held + piece.length > limit) {
        dropped += held + piece.length
        parts = []
        held = 0
      } else {
        parts.push(piece)
        held += piece.length
      }
      if (end < 0) break
      if (dropped > 0) yield {tooLong: dropped}
      else yield {text: Buffer.concat(parts, held).toString('utf8')}
      parts = []
      held = 0
      dropped = 0
      buffer = buffer.subarray(end + 1)
    }
  }
  if (dropped > 0) yield {tooLong: dropped}
  else if (held > 0) yield {text: Buffer.concat(parts, held).toString('utf8')}
}

/** Run `--ndjson` mode; resolves to the exit code. */
/** Why a line was skipped unread. */
function tooLongMessage(lineNumber: number, bytes: number, limit: number): string {
  return `line ${lineNumber}: too large: ${bytes} bytes, above the limit of ${limit} for a line (twice --max-size); skipped unread`
}

/** A function that writes the progress line (records written, records per second) to a terminal. */
function progressLine(io: Io, written: () => number): () => void {
  const started = Date.now()
  return () => {
    const seconds = (Date.now() - started) / 1000
    const count = written()
    io.stderr.write(
      '\r' + name + ': ' + count + ' records, ' + (seconds > 0 ? Math.round(count / seconds) : 0) + ' records/s  '
    )
  }
}

export async function runNdjson(argv: string[], io: Io): Promise<number> {
  const parsed = parseNdjsonArgs(argv, io.cwd)
  if ('error' in parsed) {
    io.stderr.write(name + ': ' + parsed.error + '\n')
    return 1
  }
  const {jobs, settings} = parsed
  const pool = new Pool(jobs, settings)
  const window = jobs * 4
  const results = new Map<number, string>()
  let read = 0
  let written = 0
  let failed = false
  let wake: (() => void) | undefined
  const wakeUp = () => {
    const resolve = wake
    wake = undefined
    resolve?.()
  }

  const progress = progressLine(io, () => written)
  const timer = (io.stderr as {isTTY?: boolean}).isTTY ? setInterval(progress, 500) : undefined

  const settle = (seq: number, reply: {line: string; failed: boolean}) => {
    if (reply.failed) failed = true
    results.set(seq, reply.line)
    while (results.has(written)) {
      io.stdout.write((results.get(written) as string) + '\n')
      results.delete(written)
      written++
    }
    wakeUp()
  }

  const lineLimit = 2 * settings.maxSize + 65_536
  let lineNumber = 0
  try {
    for await (const line of lines(io.stdin as AsyncIterable<Buffer>, lineLimit)) {
      lineNumber++
      if ('text' in line && line.text.trim() === '') continue
      // Hold at most `window` records, and wait for a full standard output to drain.
      while (read - written >= window) await new Promise<void>((resolve) => (wake = resolve))
      if ((io.stdout as {writableNeedDrain?: boolean}).writableNeedDrain) await once(io.stdout, 'drain')
      const seq = read++
      if ('tooLong' in line) {
        settle(seq, recordError(null, tooLongMessage(lineNumber, line.tooLong, lineLimit)))
        continue
      }
      const checked = parseRecord(line.text, lineNumber, settings.maxSize)
      if ('line' in checked) settle(seq, checked)
      else void pool.lint({seq, record: checked.record}).then((reply) => settle(reply.seq, reply))
    }
    while (written < read) await new Promise<void>((resolve) => (wake = resolve))
  } catch (error) {
    io.stderr.write(
      name + ': cannot read standard input: ' + (error instanceof Error ? error.message : String(error)) + '\n'
    )
    failed = true
  } finally {
    if (timer) {
      clearInterval(timer)
      progress()
      io.stderr.write('\n')
    }
    await pool.close()
  }
  return failed ? 1 : 0
}
