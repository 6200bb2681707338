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
 * A second patch, of the events the document tokenizer hands to mdast-util-from-markdown: every
 * line inside `n` nested list items starts with `n` `listItemIndent` tokens (one per item it
 * continues), and mdast-util-from-markdown's `prepareList` walks every event of a list, its
 * nested lists included, once per list: a list nested 1,000 deep (1 MB) costs time in the cube
 * of its depth (54 s). No reader of the events after the document tokenizer does anything with a
 * `listItemIndent` token but step over it (micromark-util-subtokenize and `prepareList` skip it
 * when they look back from a line ending or an item; mdast-util-from-markdown has no handler for
 * it), so the document tokenizer's last resolver drops them, in one pass: the mdast tree is the
 * one micromark and mdast-util-from-markdown make (tested against unpatched parses). The
 * tokenizer itself still sees them (`tokenizeIndent` reads the last one while it works).
 *
 * A third, of micromark-core-commonmark's `blankLine` check: each list item a line continues asks
 * whether the rest of the line is blank, scanning its white space again, so a line inside `n`
 * nested items costs time in the square of `n` (the 1,000-deep list again). When a scan from
 * offset `a` met a character that is not white space at offset `b`, the rest of the line is not
 * blank from any offset between `a` and `b`: such a check fails at once, as the scan would (a
 * failed check or attempt leaves no events). Blank lines are scanned as before.
 *
 * A fourth, of micromark-extension-gfm-autolink-literal (GFM's bare `www.`, `https://` and
 * e-mail links): before each candidate (every letter or digit that starts a word) it looks back
 * over the paragraph's events for an open `[` (`previousUnbalanced`), and stops at a token an
 * earlier look marked as clean. When it finds a label that is not balanced (an open `[`, or the
 * label of a link already made, which it still counts) it marks nothing, so every later look in
 * the paragraph walks back to that label again: a paragraph of prose after a link costs time in
 * the square of its length (512 KiB in one paragraph: 96 s). Here each tokenizer keeps the
 * answer of its last look (where it stopped, and the last event it saw), and a new look reads
 * only the events added since, giving the same answer; the candidate's own code then reads that
 * answer from a one-event list. Where the events it remembers have moved (a link was made), it
 * looks back as the original does.
 *
 * A fifth, of micromark-util-edit-map's `EditMap#consume`, which applies a batch of edits to a
 * list of events: it copied the whole list (`events.slice()` of everything before the first
 * edit) and pushed it back, at every batch. The document tokenizer makes a batch each time a
 * block inside a list or a block quote closes, or a lazy line continues one, with the edits at
 * the end of the document's events so far: time in the square of the document's length (a
 * third of the time at 4 MiB of articles). Here the events before the first edit stay where
 * they are; the rest is rebuilt as the original rebuilds it.
 *
 * A sixth, of micromark-extension-gfm-footnote (GFM footnotes, 2.1.0): the identifiers of the
 * footnote definitions seen so far are kept in an array on the parser (`parser.gfmFootnotes`),
 * and every definition and every call (`[^1]`) asks `defined.includes(id)`, which reads the array
 * from its start: 50,000 definitions and as many calls cost time in the square of their number.
 * Here, before a footnote construct first makes that array, it is made as a `FootnoteIds`: an
 * array that also keeps its items in a set, so that `includes` (from the start) answers from the
 * set. The extension only ever pushes to the array and asks `includes`; the answers are the
 * same (tested against plain arrays and against unpatched parses). The constructs are made by
 * each use of remark-gfm, so `patchFootnotes` patches those of a processor's extensions.
 *
 * The patches set `resolveAll` on micromark's `text` and `document` initializer objects (module
 * exports the parser reads at every parse), in each copy of micromark that remark-parse loads:
 * the one resolved from remark-parse through mdast-util-from-markdown, in its `lib` and `dev`
 * builds, and `tokenize` on the `blankLine` construct of the micromark-core-commonmark that
 * micromark loads, and on the three autolink constructs of the
 * micromark-extension-gfm-autolink-literal that remark-gfm loads, and `consume` on the
 * `EditMap` class of the micromark-util-edit-map that micromark (and micromark-core-commonmark)
 * loads (`findMicromarkCopies`; the files are found and loaded as `patch-loader.ts` does for
 * parse-latin's patch too). A copy not found, or an object of another shape than expected, is
 * left unpatched; loading never throws. Loading this module patches them (once, with a
 * top-level `await`): the preset (`src/index.ts`) imports it through `patches.ts`, so a user's
 * own remark-parse + remark-retext pipeline with the preset parses in linear time too, with the
 * same trees; so do the processor, `lint()`, the CLI, the server and the hook. `unpatched(fn)`
 * runs `fn` with all of them switched off (for tests that compare, and for a benchmark's stock
 * parse).
 */
import path from 'node:path'
import {attempt, importIfPresent, packageRoot, resolveChain, resolveFrom} from './patch-loader.js'
import {patchSwitch} from './patch-switch.js'

type Event = [
  string,
  {type: string; end: unknown; _balanced?: boolean; _gfmAutolinkLiteralWalkedInto?: boolean},
  unknown
]
type Resolver = (events: Event[], context: unknown) => Event[]
type State = (code: number | null) => unknown
interface Context {
  now(): {offset: number; _index?: number; _bufferIndex?: number}
  events: Event[]
}
type Tokenizer = (this: Context, effects: unknown, ok: State, nok: State) => State
interface Construct {
  tokenize: Tokenizer
  [patched]?: boolean
}
interface Initializer {
  resolveAll?: Resolver | undefined
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

/** Drop the `listItemIndent` events (see above), in place, in one pass. */
export function dropListItemIndents(events: Event[]): Event[] {
  let write = 0
  for (let index = 0; index < events.length; index++) {
    if (events[index][1].type !== 'listItemIndent') events[write++] = events[index]
  }
  events.length = write
  return events
}

let done = false
const patch = patchSwitch()

/** Run `fn` with micromark unpatched (its own algorithms only): for tests that compare, and for a
 * benchmark's stock parse. When `fn` returns a promise (a processor's `process`), the patches
 * stay off until it settles. */
export function unpatched<T>(fn: () => T): T {
  return patch.unpatched(fn)
}

/** Whether the patches are on now (off inside `unpatched`). */
export function patchEnabled(): boolean {
  return patch.on()
}

/** The copies of the packages the patches change, as package folders. */
export interface MicromarkCopies {
  /** micromark (its `text` and `document` initializers). */
  micromark: string[]
  /** micromark-core-commonmark (its `blankLine` construct). */
  coreCommonmark: string[]
  /** micromark-util-edit-map (its `EditMap` class). */
  editMap: string[]
  /** micromark-extension-gfm-autolink-literal (its three constructs). */
  autolinkLiteral: string[]
}

/** The copies of micromark and its parts that this package can resolve, as remark-parse and
 * remark-gfm load them: remark-parse's mdast-util-from-markdown's micromark, the
 * micromark-core-commonmark and micromark-util-edit-map that micromark loads (and that
 * micromark-core-commonmark loads), and remark-gfm's autolink literals. */
export function findMicromarkCopies(from: string = import.meta.url): MicromarkCopies {
  const copies = {
    micromark: new Set<string>(),
    coreCommonmark: new Set<string>(),
    editMap: new Set<string>(),
    autolinkLiteral: new Set<string>()
  }
  const add = (set: Set<string>, file: string | undefined, name: string): void => {
    const root = packageRoot(file, name)
    if (root) set.add(root)
  }
  add(copies.micromark, resolveChain(from, 'remark-parse', 'mdast-util-from-markdown', 'micromark'), 'micromark')
  for (const root of copies.micromark) {
    const manifest = path.join(root, 'package.json')
    add(copies.coreCommonmark, resolveFrom(manifest, 'micromark-core-commonmark'), 'micromark-core-commonmark')
    add(copies.editMap, resolveFrom(manifest, 'micromark-util-edit-map'), 'micromark-util-edit-map')
  }
  for (const root of copies.coreCommonmark)
    add(
      copies.editMap,
      resolveFrom(path.join(root, 'package.json'), 'micromark-util-edit-map'),
      'micromark-util-edit-map'
    )
  add(
    copies.autolinkLiteral,
    resolveChain(from, 'remark-gfm', 'micromark-extension-gfm', 'micromark-extension-gfm-autolink-literal'),
    'micromark-extension-gfm-autolink-literal'
  )
  return {
    micromark: [...copies.micromark],
    coreCommonmark: [...copies.coreCommonmark],
    editMap: [...copies.editMap],
    autolinkLiteral: [...copies.autolinkLiteral]
  }
}

/** Patch the given copies, in their `lib` and `dev` builds. A file that is absent, fails to load
 * or holds something of another shape is left as it is: it runs unpatched (same results). Never
 * throws. */
export async function patchCopies(copies: MicromarkCopies): Promise<void> {
  const builds = ['lib', path.join('dev', 'lib')]
  for (const root of copies.micromark)
    for (const build of builds) {
      const dir = path.join(root, build, 'initialize')
      await attempt(async () =>
        patchInitializer((await importIfPresent<{text: Initializer}>(path.join(dir, 'text.js'))).text)
      )
      await attempt(async () =>
        patchDocument((await importIfPresent<{document: Initializer}>(path.join(dir, 'document.js'))).document)
      )
    }
  for (const root of copies.coreCommonmark)
    for (const build of builds)
      await attempt(async () =>
        patchBlankLine(
          (await importIfPresent<{blankLine: Construct}>(path.join(root, build, 'blank-line.js'))).blankLine
        )
      )
  for (const root of copies.editMap)
    for (const file of [path.join(root, 'index.js'), path.join(root, 'dev', 'index.js')])
      await attempt(async () => patchEditMap((await importIfPresent<{EditMap: EditMapClass}>(file)).EditMap))
  for (const root of copies.autolinkLiteral)
    for (const build of builds)
      await attempt(async () => {
        const {gfmAutolinkLiteral} = await importIfPresent<{
          gfmAutolinkLiteral: () => {text?: Record<string, Construct | Construct[]>}
        }>(path.join(root, build, 'syntax.js'))
        if (typeof gfmAutolinkLiteral !== 'function') return
        const text = gfmAutolinkLiteral().text ?? {}
        for (const value of Object.values(text))
          for (const construct of Array.isArray(value) ? value : [value]) await attempt(() => patchAutolink(construct))
      })
}

/** Patch every copy of micromark that remark-parse (and remark-gfm) here load (once). Loading
 * this module does it: the preset (`src/index.ts`), the processor and everything built on them
 * import it. */
export async function patchMicromark(): Promise<void> {
  if (done) return
  done = true
  await attempt(() => patchCopies(findMicromarkCopies()))
}

/** The functions the patches put in micromark's objects (for tests that check they are there). */
const installed = new WeakSet<object>()

/** Whether `fn` is one of the functions these patches put in place of micromark's own. */
export function isMicromarkPatch(fn: unknown): boolean {
  return typeof fn === 'function' && installed.has(fn)
}

function patchDocument(document: Initializer | undefined): void {
  // micromark 4.0.3's document initializer has no resolver of its own; if a later one has, it
  // runs first, as before.
  if (!isObject(document) || document[patched]) return
  const original = document.resolveAll
  if (original !== undefined && typeof original !== 'function') return
  const resolveAll: Resolver = function (this: unknown, events, context) {
    const resolved = original ? original.call(this, events, context) : events
    return patch.on() ? dropListItemIndents(resolved) : resolved
  }
  installed.add(resolveAll)
  document[patched] = true
  document.resolveAll = resolveAll
}

function patchInitializer(text: Initializer | undefined): void {
  if (!isObject(text) || text[patched]) return
  const original = text.resolveAll
  if (typeof original !== 'function') return
  const resolveAll: Resolver = function (this: unknown, events, context) {
    return original.call(this, patch.on() ? mergeDataEvents(events) : events, context)
  }
  installed.add(resolveAll)
  text[patched] = true
  text.resolveAll = resolveAll
}

const isObject = <T>(value: T): value is NonNullable<T> =>
  (typeof value === 'object' || typeof value === 'function') && value !== null

/** A place in a tokenizer's stream: the chunk, and the character in it (-1 for a chunk that is
 * one code: a line ending, a tab, a virtual space). */
interface StreamPoint {
  _index: number
  _bufferIndex: number
}

const isStreamPoint = (point: Partial<StreamPoint>): point is StreamPoint =>
  typeof point._index === 'number' && typeof point._bufferIndex === 'number'

const before = (a: StreamPoint, b: StreamPoint): boolean =>
  a._index < b._index || (a._index === b._index && a._bufferIndex <= b._bufferIndex)

/** Per tokenizer (each has its own `now`), the last failed blank-line scan: from `from`, white
 * space only, to a character that is neither white space nor a line ending at `to`, both places
 * in that tokenizer's stream. */
const failedScans = new WeakMap<object, {from: StreamPoint; to: StreamPoint}>()

function patchBlankLine(blankLine: Construct | undefined): void {
  if (!isObject(blankLine) || blankLine[patched] || typeof blankLine.tokenize !== 'function') return
  const original = blankLine.tokenize
  const tokenize: Tokenizer = function (effects, ok, nok) {
    const now = this.now
    const from = now() as Partial<StreamPoint>
    if (!patch.on() || !isStreamPoint(from)) return original.call(this, effects, ok, nok)
    const failed = failedScans.get(now)
    if (failed && before(failed.from, from) && before(from, failed.to)) return (code) => nok(code)
    return original.call(this, effects, ok, (code) => {
      const to = now() as Partial<StreamPoint>
      if (isStreamPoint(to)) failedScans.set(now, {from, to})
      return nok(code)
    })
  }
  installed.add(tokenize)
  blankLine[patched] = true
  blankLine.tokenize = tokenize
}

/** Per tokenizer, its last look back for an open label: it stopped at `stop` (`-1`: at the
 * start), having read every event after it up to `last`, and none of them stops a look. */
interface Look {
  stop: number
  stopEvent: Event | undefined
  last: number
  lastEvent: Event
}

const looks = new WeakMap<object, Look>()

/** An open label (a look stops there and answers yes). */
const unbalanced = (token: Event[1]): boolean =>
  (token.type === 'labelLink' || token.type === 'labelImage') && !token._balanced

/** Walk back over `events` from `from - 1` down to `floor + 1`: where an open label (result
 * yes) or a token marked clean (no) stops the walk, or -1. */
function walkBack(events: Event[], from: number, floor: number): {stop: number; result: boolean} {
  for (let index = from - 1; index > floor; index--) {
    const token = events[index][1]
    if (unbalanced(token)) return {stop: index, result: true}
    if (token._gfmAutolinkLiteralWalkedInto) return {stop: index, result: false}
  }
  return {stop: -1, result: false}
}

/** Whether a look back over `events` meets an open label before a token marked clean, as
 * micromark-extension-gfm-autolink-literal's `previousUnbalanced` answers, marking the last
 * token as it does when the answer is no. */
export function lookBack(events: Event[], key: object): boolean {
  const length = events.length
  const look = looks.get(key)
  const valid =
    look !== undefined &&
    look.last < length &&
    events[look.last] === look.lastEvent &&
    (look.stop < 0 || events[look.stop] === look.stopEvent)
  let {stop, result} = walkBack(events, length, valid ? look.last : -1)
  if (stop < 0 && valid && look.stop >= 0) {
    // Nothing new stops it: it stops where the last look stopped, if that token still stops a
    // look (a label can only have become balanced since); if not, it reads on as the original.
    ;({stop, result} = walkBack(events, look.stop + 1, -1))
  }
  if (length === 0) {
    looks.delete(key)
    return false
  }
  if (!result) {
    events[length - 1][1]._gfmAutolinkLiteralWalkedInto = true
    stop = length - 1
  }
  looks.set(key, {
    stop,
    stopEvent: stop < 0 ? undefined : events[stop],
    last: length - 1,
    lastEvent: events[length - 1]
  })
  return result
}

/** The events an autolink construct's own look reads: one open label (it answers yes) or none
 * (no). */
const openLabel: Event[] = [['exit', {type: 'labelLink', end: undefined}, undefined]]
const noEvents: Event[] = []
const views = new WeakMap<object, Context>()

function patchAutolink(construct: Construct | undefined): void {
  if (!isObject(construct) || construct[patched] || typeof construct.tokenize !== 'function') return
  const original = construct.tokenize
  const tokenize: Tokenizer = function (effects, ok, nok) {
    if (!patch.on()) return original.call(this, effects, ok, nok)
    // The construct reads `events` only for its look back, and only for some candidates: it is
    // given a view of its context (made once per context) whose `events` answers the look.
    let view = views.get(this)
    if (!view) {
      const self = this
      const key = this.now
      view = Object.create(this, {
        events: {
          get: () => (lookBack(self.events, key) ? openLabel : noEvents)
        }
      }) as Context
      views.set(this, view)
    }
    return original.call(view, effects, ok, nok)
  }
  installed.add(tokenize)
  construct[patched] = true
  construct.tokenize = tokenize
}

/** An array of footnote identifiers whose `includes` (from the start) is a look-up in a set
 * kept with it; `push` keeps both. The extension uses nothing else of the array. */
export class FootnoteIds extends Array<string> {
  private readonly ids = new Set<string>()

  override push(...items: string[]): number {
    for (const item of items) this.ids.add(item)
    return super.push(...items)
  }

  override includes(item: string, fromIndex?: number): boolean {
    if (fromIndex === undefined || fromIndex === 0) return this.ids.has(item)
    return super.includes(item, fromIndex)
  }
}

interface FootnoteParser {
  gfmFootnotes?: string[] | undefined
}

/** The footnote constructs of micromark-extension-gfm-footnote, by name. */
const footnoteConstructs: ReadonlySet<string> = new Set([
  'gfmFootnoteDefinition',
  'gfmFootnoteCall',
  'gfmPotentialFootnoteCall'
])

/** Patch the GFM footnote constructs among micromark `extensions` (a processor's
 * `micromarkExtensions` data, as remark-gfm leaves it): each makes the parser's list of
 * definitions as a `FootnoteIds` (see above). */
export function patchFootnotes(extensions: unknown): void {
  const visit = (value: unknown, depth: number): void => {
    if (!value || typeof value !== 'object' || depth > 4) return
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1)
      return
    }
    const construct = value as Construct & {name?: unknown}
    if (typeof construct.name === 'string' && footnoteConstructs.has(construct.name)) {
      patchFootnoteConstruct(construct)
      return
    }
    for (const item of Object.values(value)) visit(item, depth + 1)
  }
  visit(extensions, 0)
}

function patchFootnoteConstruct(construct: Construct): void {
  if (construct[patched] || typeof construct.tokenize !== 'function') return
  const original = construct.tokenize
  const tokenize: Tokenizer = function (effects, ok, nok) {
    const parser = (this as Context & {parser?: FootnoteParser}).parser
    // Only where no list is made yet: a construct at work may hold the list it found.
    if (patch.on() && parser && parser.gfmFootnotes === undefined) parser.gfmFootnotes = new FootnoteIds()
    return original.call(this, effects, ok, nok)
  }
  try {
    installed.add(tokenize)
    construct[patched] = true
    construct.tokenize = tokenize
  } catch {
    // A frozen construct: it runs unpatched (same results).
  }
}

type Change = [number, number, Event[]]
interface EditMapClass {
  prototype: {
    map: Change[]
    index: Map<number, Change>
    consume(events: Event[]): void
    [patched]?: boolean
  }
}

/** Apply the edits of an edit map to `events`, as `EditMap#consume` does (edits sorted by
 * index; at each, `remove` events taken out and `add` put in), touching only the events from the
 * first edit on. */
export function consumeEdits(map: Change[], events: Event[]): void {
  map.sort((a, b) => a[0] - b[0])
  if (map.length === 0) return
  const first = map[0][0]
  const end = events.length
  const tail = events.slice(first)
  events.length = first
  let read = first
  for (const [at, remove, add] of map) {
    for (let index = read; index < at && index < end; index++) events.push(tail[index - first])
    for (const event of add) events.push(event)
    read = at + remove
  }
  for (let index = read; index < end; index++) events.push(tail[index - first])
}

function patchEditMap(EditMap: EditMapClass | undefined): void {
  const prototype = isObject(EditMap) ? EditMap.prototype : undefined
  if (!isObject(prototype) || prototype[patched] || typeof prototype.consume !== 'function') return
  const original = prototype.consume
  const consume: EditMapClass['prototype']['consume'] = function (this: EditMapClass['prototype'], events) {
    if (!patch.on()) return original.call(this, events)
    consumeEdits(this.map, events)
    this.map.length = 0
    this.index.clear()
  }
  installed.add(consume)
  prototype[patched] = true
  prototype.consume = consume
}

await patchMicromark()
