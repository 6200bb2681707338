/**
 * The switch of a runtime patch of third-party code (`micromark-patch.ts`,
 * `parse-latin-patch.ts`): on by default; `unpatched(fn)` runs `fn` with the patch off, for
 * tests that compare with the library's own algorithm and for a benchmark's stock parse.
 */

/** A patch's switch: whether it is on now, and a way to run code with it off. */
export interface PatchSwitch {
  /** Whether the patch is on now (off inside `unpatched`). */
  on(): boolean
  /** Run `fn` with the patch off. When `fn` returns a promise (a processor's `process`), the patch
   * stays off until it settles (the parses in between are unpatched too). */
  unpatched<T>(fn: () => T): T
}

/** A new switch, on. */
export function patchSwitch(): PatchSwitch {
  let enabled = true
  return {
    on: () => enabled,
    unpatched<T>(fn: () => T): T {
      const before = enabled
      enabled = false
      let result: T
      try {
        result = fn()
      } catch (error) {
        enabled = before
        throw error
      }
      if (result instanceof Promise) {
        return result.finally(() => {
          enabled = before
        }) as T
      }
      enabled = before
      return result
    }
  }
}
