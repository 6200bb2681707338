/**
 * Lint jobs run on worker threads, so a slow document never blocks the HTTP server (health
 * checks, rejections and shutdown stay responsive), jobs use every core, and a job past its
 * time limit is stopped by ending its worker (a fresh one takes its place).
 *
 * `capacity` caps the jobs accepted at once (running on a worker or waiting for one): past it,
 * `tryRun` refuses at once and the server answers 503 with `Retry-After`. A job whose client
 * went away leaves the queue; once running, it runs to its end (or its time limit).
 *
 * A worker that dies (an uncaught exception, `process.exit()` in a plugin) fails its job, which
 * the server answers 500, and a fresh worker takes its place. A worker's heap is capped
 * (`resourceLimits`): one that needs more is ended by Node, its job fails with
 * `JobMemoryError` (the server answers 503) and a fresh worker takes its place.
 *
 * A worker's heap grows under load and V8 keeps most of it. Once the pool has been idle for
 * `recycleIdle` ms, each worker that has run `recycleAfter` jobs or more is replaced by a fresh
 * one (started first, swapped in when ready), so a service that sits idle between bursts of
 * publishes returns to its starting memory.
 */
import {Worker} from 'node:worker_threads'
import type {LintInput, LintResult} from '../lint.js'
import type {WorkerReply, WorkerRequest, WorkerSetup} from './worker.js'

export interface PoolOptions {
  /** Worker threads. */
  size: number
  /** Jobs accepted at once (running + waiting). */
  capacity: number
  /** Milliseconds a job may run before its worker is ended. */
  timeout: number
  /** What each worker needs to load its processors. */
  setup: WorkerSetup
  /** Idle time (ms) after which used workers are replaced by fresh ones (default 5000; 0: never). */
  recycleIdle?: number | undefined
  /** Jobs a worker must have run to be replaced when idle (default 100). */
  recycleAfter?: number | undefined
  /** The worker's module (default: `./worker.js` beside this file). */
  workerUrl?: URL | undefined
  /** Largest old-generation heap of each worker, in MiB (default: Node's). */
  maxOldGenerationSizeMb?: number | undefined
  /** Where the pool reports a worker it cannot restart (default: standard error). */
  log?: ((message: string) => void) | undefined
}

/** A job that took longer than the time limit. */
export class JobTimeoutError extends Error {
  override name = 'JobTimeoutError'
}

/** A job whose worker ran out of memory (past `maxOldGenerationSizeMb`). */
export class JobMemoryError extends Error {
  override name = 'JobMemoryError'
}

/** A job dropped from the queue before it ran: its client went away. */
export class JobCancelledError extends Error {
  override name = 'JobCancelledError'
}

/** A job that failed in the worker: `kind` says whether the input was at fault. */
export class JobError extends Error {
  constructor(
    message: string,
    readonly kind: 'input' | 'config' | 'internal'
  ) {
    super(message)
    this.name = 'JobError'
  }
}

interface Job {
  id: number
  input: LintInput
  resolve: (result: LintResult) => void
  reject: (error: Error) => void
}

interface Slot {
  worker: Worker
  job: Job | undefined
  timer: NodeJS.Timeout | undefined
  /** Jobs run since it started. */
  jobs: number
  /** To be ended once its current job is done (a fresh worker replaces it). */
  retire: boolean
}

export class LintPool {
  private readonly options: PoolOptions
  private readonly slots = new Set<Slot>()
  private readonly idle: Slot[] = []
  private readonly queue: Job[] = []
  private nextId = 1
  private accepted = 0
  private closing = false
  private recycleTimer: NodeJS.Timeout | undefined
  private spawning = 0
  private spawned = 0

  constructor(options: PoolOptions) {
    this.options = options
  }

  /** Start every worker; rejects (with the worker's message) when one cannot load its config. */
  async start(): Promise<void> {
    const starting: Array<Promise<Slot>> = []
    for (let i = 0; i < this.options.size; i++) starting.push(this.spawn())
    const results = await Promise.allSettled(starting)
    const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected')
    if (failed) {
      await this.close()
      throw failed.reason
    }
    for (const result of results) if (result.status === 'fulfilled') this.release(result.value)
  }

  /** Jobs accepted and not yet answered. */
  get load(): {running: number; queued: number; capacity: number; workers: number; workersStarted: number} {
    const running = [...this.slots].filter((slot) => slot.job).length
    return {
      running,
      queued: this.queue.length,
      capacity: this.options.capacity,
      workers: this.slots.size,
      workersStarted: this.spawned
    }
  }

  /** Run a job, or `undefined` at once when `capacity` jobs are already accepted. When `signal`
   * aborts while the job still waits for a worker, it leaves the queue (rejected with
   * `JobCancelledError`); a job already running is left to finish. */
  tryRun(input: LintInput, signal?: AbortSignal): Promise<LintResult> | undefined {
    if (this.closing || this.accepted >= this.options.capacity) return undefined
    if (this.slots.size === 0 && this.spawning === 0)
      return Promise.reject(new JobError('no lint worker is available', 'internal'))
    if (signal?.aborted) return Promise.reject(new JobCancelledError('the client went away'))
    this.accepted++
    if (this.recycleTimer) clearTimeout(this.recycleTimer)
    this.recycleTimer = undefined
    let onAbort: (() => void) | undefined
    return new Promise<LintResult>((resolve, reject) => {
      const job: Job = {id: this.nextId++, input, resolve, reject}
      this.queue.push(job)
      if (signal) {
        onAbort = () => {
          const index = this.queue.indexOf(job)
          if (index === -1) return
          this.queue.splice(index, 1)
          reject(new JobCancelledError('the client went away'))
        }
        signal.addEventListener('abort', onAbort, {once: true})
      }
      this.dispatch()
    }).finally(() => {
      if (onAbort) signal?.removeEventListener('abort', onAbort)
      this.accepted--
      if (this.accepted === 0) this.scheduleRecycle()
    })
  }

  /** End every worker (jobs still running are failed). */
  async close(): Promise<void> {
    this.closing = true
    if (this.recycleTimer) clearTimeout(this.recycleTimer)
    for (const job of this.queue.splice(0)) job.reject(new JobError('the service is shutting down', 'internal'))
    const ending: Array<Promise<number>> = []
    for (const slot of this.slots) {
      if (slot.timer) clearTimeout(slot.timer)
      if (slot.job) slot.job.reject(new JobError('the service is shutting down', 'internal'))
      slot.job = undefined
      ending.push(slot.worker.terminate())
    }
    this.slots.clear()
    this.idle.length = 0
    await Promise.allSettled(ending)
  }

  private dispatch(): void {
    while (this.queue.length > 0 && this.idle.length > 0) {
      const slot = this.idle.pop() as Slot
      const job = this.queue.shift() as Job
      slot.job = job
      slot.timer = setTimeout(() => this.expire(slot), this.options.timeout)
      const request: WorkerRequest = {id: job.id, input: job.input}
      slot.worker.postMessage(request)
    }
  }

  private release(slot: Slot): void {
    if (this.closing || !this.slots.has(slot)) return
    if (slot.retire) {
      this.end(slot)
      return
    }
    this.idle.push(slot)
    this.dispatch()
  }

  private scheduleRecycle(): void {
    const idle = this.options.recycleIdle ?? 5000
    if (this.closing || idle <= 0) return
    if (this.recycleTimer) clearTimeout(this.recycleTimer)
    this.recycleTimer = setTimeout(() => this.recycle(), idle)
    this.recycleTimer.unref()
  }

  /** Replace each idle worker that has done enough work by a fresh one. */
  private recycle(): void {
    this.recycleTimer = undefined
    const after = this.options.recycleAfter ?? 100
    for (const slot of [...this.idle]) {
      if (slot.retire || slot.jobs < after) continue
      slot.retire = true
      this.spawn().then(
        (fresh) => {
          if (this.closing) return
          const index = this.idle.indexOf(slot)
          // Still idle: end it now; busy: it ends after its job (see `release`).
          if (index !== -1) this.end(slot)
          this.release(fresh)
        },
        () => {
          // Keep the old worker if a fresh one cannot start.
          slot.retire = false
        }
      )
    }
  }

  /** End a worker for good. */
  private end(slot: Slot): void {
    this.slots.delete(slot)
    const index = this.idle.indexOf(slot)
    if (index !== -1) this.idle.splice(index, 1)
    if (slot.timer) clearTimeout(slot.timer)
    slot.worker.removeAllListeners()
    slot.worker.on('error', () => {})
    void slot.worker.terminate()
  }

  private expire(slot: Slot): void {
    const job = slot.job
    slot.job = undefined
    slot.timer = undefined
    this.replace(slot)
    job?.reject(new JobTimeoutError('linting took longer than ' + this.options.timeout + ' ms'))
  }

  /** End a worker and start another in its place. */
  private replace(slot: Slot): void {
    const replaced = slot.retire
    this.end(slot)
    // A retiring worker already has its replacement on the way.
    if (this.closing || replaced) return
    this.spawn().then(
      (fresh) => this.release(fresh),
      (error: unknown) => {
        const message = 'cannot restart a worker: ' + String((error as Error)?.message ?? error)
        if (this.options.log) this.options.log(message)
        else process.stderr.write('evidence-publish-hook: ' + message + '\n')
        // Without workers, queued jobs would wait for ever: fail them.
        if (this.slots.size === 0)
          for (const job of this.queue.splice(0)) job.reject(new JobError('no lint worker is available', 'internal'))
      }
    )
  }

  private spawn(): Promise<Slot> {
    this.spawning++
    this.spawned++
    const started = new Promise<Slot>((resolve, reject) => {
      const limit = this.options.maxOldGenerationSizeMb
      const worker = new Worker(this.options.workerUrl ?? new URL('worker.js', import.meta.url), {
        workerData: this.options.setup,
        ...(limit ? {resourceLimits: {maxOldGenerationSizeMb: limit}} : {})
      })
      const slot: Slot = {worker, job: undefined, timer: undefined, jobs: 0, retire: false}
      let ready = false

      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'ready') {
          ready = true
          if (this.closing) {
            void worker.terminate()
            reject(new JobError('the service is shutting down', 'internal'))
            return
          }
          this.slots.add(slot)
          resolve(slot)
          return
        }
        if (reply.type === 'fatal') {
          reject(new JobError(reply.message, 'config'))
          void worker.terminate()
          return
        }
        const job = slot.job
        if (!job || job.id !== reply.id) return
        if (slot.timer) clearTimeout(slot.timer)
        slot.timer = undefined
        slot.job = undefined
        slot.jobs++
        if (reply.type === 'result') job.resolve(reply.result)
        else job.reject(new JobError(reply.message, reply.kind))
        this.release(slot)
      })

      const failed = (error: Error) => {
        if (!ready) {
          reject(error)
          return
        }
        if (!this.slots.has(slot)) return
        const job = slot.job
        if (slot.timer) clearTimeout(slot.timer)
        slot.job = undefined
        this.replace(slot)
        if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
          job?.reject(new JobMemoryError('the lint worker ran out of memory (its limit is ' + limit + ' MiB)'))
        } else job?.reject(new JobError('the lint worker failed: ' + error.message, 'internal'))
      }
      worker.on('error', failed)
      worker.on('exit', (code) => {
        if (!this.closing) failed(new Error('worker exited with code ' + code))
      })
    })
    started.then(
      () => this.spawning--,
      () => this.spawning--
    )
    return started
  }
}
