/**
 * Request pacing: at most `perSecond` requests start in any second, one after another, per
 * service (E-utilities asks for at most 3 a second without an API key, 10 with one).
 */
export class RateLimit {
  private next = 0
  private readonly interval: number

  constructor(perSecond: number) {
    this.interval = Math.ceil(1000 / perSecond)
  }

  /** Resolves when the next request may start, and books its slot. */
  async take(): Promise<void> {
    const now = Date.now()
    const at = Math.max(now, this.next)
    this.next = at + this.interval
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now))
  }

  /** Push the next slot back (a 429 asked to wait). */
  delay(ms: number): void {
    this.next = Math.max(this.next, Date.now() + ms)
  }
}
