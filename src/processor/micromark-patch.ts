/**
 * A patch of micromark (carried until a fix is released upstream; see `bench/HOSTILE.md`).
 *
 * micromark's text resolver (`resolveAllText` in `micromark/lib/initialize/text.js`, 4.0.3 and
 * 3.x) merges each run of adjacent `data` events with an `Array#splice` on the events of the
 * whole paragraph: one paragraph of thousands of `[1]` labels, inline HTML tags, character
 * references or emphasis markers costs time in the square of its length (minutes for 1 MB).
 * Here the same merge is done first, in one linear pass, and micromark's own resolver runs after
 * it, finding nothing left to merge (one `data` token per run), so its other work (line
 * suffixes) is unchanged. The events and the tokens are exactly those micromark makes.
 *
 * The patch replaces `resolveAll` on micromark's `text` initializer object (a module export the
 * parser reads at every parse), in each copy of micromark that remark-parse loads: the one
 * resolved from remark-parse through mdast-util-from-markdown, in its `lib` and `dev` builds.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'

type Event = [string, {type: string; end: unknown}, unknown]
type Resolver = (events: Event[], context: unknown) => Event[]
interface Initializer {
  resolveAll?: Resolver
  [patched]?: boolean
}

const patched = Symbol.for('retext-evidence.micromark-linear-text')

/** Merge each run of adjacent `data` events into its first token, in place, as micromark's
 * `resolveAllText` does, in linear time. */
export function mergeDataEvents(events: Event[]): Event[] {
  let write = 0
  let index = 0
  while (index < events.length) {
    if (events[index][1].type === 'data' && index + 1 < events.length) {
      const enter = index
      // micromark looks for the end of the run from the event after the first token's exit.
      let end = enter + 2
      while (end < events.length && events[end][1].type === 'data') end++
      if (end !== enter + 2) events[enter][1].end = events[end - 1][1].end
      events[write++] = events[enter]
      events[write++] = events[enter + 1]
      index = end
      continue
    }
    events[write++] = events[index++]
  }
  events.length = write
  return events
}

let done = false

/** Patch every copy of micromark's text initializer that remark-parse uses (once). */
export async function patchMicromark(): Promise<void> {
  if (done) return
  done = true
  const files: string[] = []
  try {
    const require = createRequire(import.meta.url)
    const fromMarkdown = createRequire(require.resolve('remark-parse')).resolve('mdast-util-from-markdown')
    const micromark = createRequire(fromMarkdown).resolve('micromark')
    const root = path.dirname(micromark)
    for (const build of ['lib', path.join('dev', 'lib')]) {
      const file = path.join(root, build, 'initialize', 'text.js')
      if (fs.existsSync(file)) files.push(file)
    }
  } catch {
    // Not found where expected: micromark runs unpatched (slower on some inputs, same results).
    return
  }
  for (const file of files) {
    const module = (await import(pathToFileURL(file).href)) as {text?: Initializer}
    patchInitializer(module.text)
  }
}

function patchInitializer(text: Initializer | undefined): void {
  const original = text?.resolveAll
  if (!text || !original || text[patched]) return
  text[patched] = true
  text.resolveAll = function (events, context) {
    return original.call(this, mergeDataEvents(events), context)
  }
}
