/**
 * One polite HTTP GET: paced by a rate limit, bounded by a time-out, retried with exponential
 * back-off on 429 and 5xx answers and time-outs (a `Retry-After` is honoured up to a limit).
 * Errors come back as a failure, never thrown.
 */
import type {Failure} from './types.js'
import type {RateLimit} from './rate-limit.js'

export interface GetOptions {
  limit: RateLimit
  timeout: number
  retries: number
  backoff: number
  maxRetryAfter: number
  accept: string
}

export type GetResult =
  {ok: true; status: number; body: string} | {ok: false; failure: Failure; detail: string; status?: number}

const userAgent = 'retext-evidence (https://github.com/retext-evidence/retext-evidence)'

/** The wait a `Retry-After` header asks for, in milliseconds (seconds or an HTTP date). */
export function retryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined
  const trimmed = header.trim()
  if (/^\d{1,7}$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

export async function get(url: string, options: GetOptions): Promise<GetResult> {
  let last: GetResult = {ok: false, failure: 'network', detail: 'no request made'}
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    await options.limit.take()
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), options.timeout)
    let wait = options.backoff * 2 ** attempt
    try {
      const response = await fetch(url, {
        signal: controller.signal,
        headers: {accept: options.accept, 'user-agent': userAgent}
      })
      const body = await response.text()
      if (response.ok) return {ok: true, status: response.status, body}
      if (response.status === 404 || response.status === 410)
        return {ok: false, failure: 'not-found', detail: `HTTP ${response.status}`, status: response.status}
      if (response.status === 429 || response.status >= 500) {
        const after = retryAfter(response.headers.get('retry-after'))
        last = {
          ok: false,
          failure: response.status === 429 ? 'rate-limited' : 'server-error',
          detail: `HTTP ${response.status}`,
          status: response.status
        }
        if (after !== undefined) {
          if (after > options.maxRetryAfter)
            return {
              ...last,
              detail: `HTTP ${response.status}, Retry-After ${Math.round(after / 1000)} s is longer than ${Math.round(options.maxRetryAfter / 1000)} s`
            }
          wait = Math.max(wait, after)
          options.limit.delay(after)
        }
      } else {
        return {ok: false, failure: 'server-error', detail: `HTTP ${response.status}`, status: response.status}
      }
    } catch (error) {
      const aborted = controller.signal.aborted
      last = aborted
        ? {ok: false, failure: 'timeout', detail: `no answer within ${options.timeout} ms`}
        : {
            ok: false,
            failure: 'network',
            detail:
              error instanceof Error
                ? error.cause instanceof Error
                  ? error.cause.message
                  : error.message
                : String(error)
          }
    } finally {
      clearTimeout(timer)
    }
    if (attempt < options.retries) await new Promise((resolve) => setTimeout(resolve, wait))
  }
  return last
}
