/**
 * A full garbage collection once a thread has been idle for a while. V8 grows its heap under
 * load and keeps it (and the RSS with it) long after: a service that sits idle between
 * publishes should give that memory back. `gc` is reached the way Jest reaches it for
 * `--logHeapUsage`: enable `--expose-gc` and read `gc` from a fresh context.
 */
import v8 from 'node:v8'
import vm from 'node:vm'

let collect: (() => void) | undefined | null

function collector(): (() => void) | undefined {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc')
      const gc = vm.runInNewContext('gc') as unknown
      collect = typeof gc === 'function' ? (gc as () => void) : null
    } catch {
      collect = null
    }
  }
  return collect ?? undefined
}

/** Call `touch()` on every unit of work: a collection runs `delay` ms after the last one. */
export function idleCollector(delay = 1000): {touch(): void; stop(): void} {
  let timer: NodeJS.Timeout | undefined
  return {
    touch() {
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => {
        timer = undefined
        collector()?.()
      }, delay)
      timer.unref()
    },
    stop() {
      if (timer) clearTimeout(timer)
      timer = undefined
    }
  }
}
