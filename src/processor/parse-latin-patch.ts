/**
 * A patch of parse-latin (7.0.0, the latest release; carried until a fix is released upstream,
 * see `bench/SPEED.md`, issue 14j).
 *
 * mdast-util-to-nlcst (remark-retext) and hast-util-to-nlcst (rehype-retext) gather the words of
 * a whole document in one sentence and run parse-latin's sentence plugins over it, before the
 * document is split into paragraphs and sentences; parse-latin itself does the same for each
 * paragraph of plain text. Its `mergeInnerWordSymbol` plugin (`lib/plugin/merge-inner-word-
 * symbol.js`) joins a word, the inner-word symbols after it and the next word (`don't`, `well-
 * known`, `1.5`, `e.g`) with an `Array#splice` on that sentence's children, which moves every
 * child after the place: on 1 MiB of Markdown (about 400,000 children in the one sentence, a few
 * thousand such joins) that splice is most of its time, and the time grows with the square of the
 * document's length (15 % of the bare parse's self time on the bench's file, without inlining).
 *
 * Here the same plugin makes the same joins in one pass: the children are compacted in place (a
 * write index behind the read index) instead of spliced out one join at a time. Every decision
 * reads the same nodes as the original (the word before, which is the last child kept; the
 * children from the place on, which no join has touched yet), and the nodes, their children and
 * their positions (the same objects, shared as the original shares them) are those it makes
 * (tested against it on hand-written shapes, seeded random text and the repository's Markdown:
 * `test/parse-latin-patch.test.ts`). The fix to propose upstream is the same compaction in
 * `merge-inner-word-symbol.js` (or a `modifyChildren` that compacts).
 *
 * The patch replaces the plugin, by identity, in the lists of plugins of every copy of
 * parse-latin (and of parse-english, which copies parse-latin's list) that remark-retext,
 * rehype-retext, retext-english and this package load (found and loaded by `patch-loader.ts`, as
 * micromark's copies are; one not found or of another shape runs unpatched, never an error);
 * parsers made after it take the lists from the prototypes, so each new parser has it. Loading
 * this module patches them (the preset, `src/index.ts`, imports it through `patches.ts`).
 * `unpatched(fn)` runs `fn` with the original plugin (for tests that compare, and for a
 * benchmark's stock parse).
 */
import path from 'node:path'
import type {Sentence, SentenceContent, WordContent} from 'nlcst'
import {attempt, importIfPresent, packageRoot, resolveChain, resolveFrom} from './patch-loader.js'
import {patchSwitch} from './patch-switch.js'

type Plugin = (node: Sentence) => undefined | void
interface ParserClass {
  prototype: {tokenizeSentencePlugins?: Plugin[]}
}

const patch = patchSwitch()

/** Run `fn` with parse-latin's own plugin (its own algorithm only): for tests that compare, and
 * for a benchmark's stock parse. When `fn` returns a promise (a processor's `process`), the
 * patch stays off until it settles (the parses in between are unpatched too). */
export function unpatched<T>(fn: () => T): T {
  return patch.unpatched(fn)
}

/** Whether the patch is on now (off inside `unpatched`). */
export function patchEnabled(): boolean {
  return patch.on()
}

/** The text of a symbol or punctuation node, as nlcst-to-string reads it. */
function textOf(node: SentenceContent): string {
  if ('value' in node) return node.value
  let text = ''
  for (const child of (node as {children?: SentenceContent[]}).children ?? []) text += textOf(child)
  return text
}

const isSymbol = (node: SentenceContent): boolean => node.type === 'SymbolNode' || node.type === 'PunctuationNode'

/**
 * parse-latin's `mergeInnerWordSymbol` in one pass: a word, then inner-word symbols (`inner`
 * tells them) and words, become the first word, its children followed by the symbols' nodes and
 * the other words' children, up to the last word (symbols after it stay siblings), in place.
 */
export function mergeInnerWordSymbols(parent: Sentence, inner: RegExp): void {
  const siblings = parent.children
  let write = 0
  let read = 0
  while (read < siblings.length) {
    const child = siblings[read]
    const previous = write > 0 ? siblings[write - 1] : undefined
    if (previous && previous.type === 'WordNode' && isSymbol(child)) {
      let position = read - 1
      const tokens: WordContent[] = []
      let queue: WordContent[] = []
      while (siblings[++position]) {
        const sibling = siblings[position]
        if (sibling.type === 'WordNode') {
          for (const node of queue) tokens.push(node)
          for (const node of sibling.children) tokens.push(node)
          queue = []
        } else if (isSymbol(sibling) && inner.test(textOf(sibling))) {
          queue.push(sibling as WordContent)
        } else break
      }
      if (tokens.length > 0) {
        position -= queue.length
        for (const node of tokens) previous.children.push(node)
        const last = tokens[tokens.length - 1]
        if (previous.position && last.position) previous.position.end = last.position.end
        // The children from `read` to `position` are gone; the node now at the place is read next.
        read = position
        continue
      }
    }
    siblings[write++] = child
    read++
  }
  siblings.length = write
}

let done = false

/** Patch every copy of parse-latin (and parse-english) this package and its bridges load (once). */
export async function patchParseLatin(): Promise<void> {
  if (done) return
  done = true
  const latinRoots = new Set<string>()
  const englishRoots = new Set<string>()
  const add = (set: Set<string>, file: string | undefined, name: string): void => {
    const root = packageRoot(file, name)
    if (root) set.add(root)
  }
  for (const bridge of ['remark-retext', 'rehype-retext', 'mdast-util-to-nlcst', 'hast-util-to-nlcst'])
    add(latinRoots, resolveChain(import.meta.url, bridge, 'parse-latin'), 'parse-latin')
  add(englishRoots, resolveFrom(import.meta.url, 'parse-english'), 'parse-english')
  add(englishRoots, resolveChain(import.meta.url, 'retext-english', 'parse-english'), 'parse-english')
  for (const root of englishRoots)
    add(latinRoots, resolveFrom(path.join(root, 'package.json'), 'parse-latin'), 'parse-latin')
  const replacements = new Map<Plugin, Plugin>()
  for (const root of latinRoots) {
    await attempt(async () => {
      const load = <T>(...parts: string[]): Promise<Partial<T>> => importIfPresent<T>(path.join(root, 'lib', ...parts))
      const {mergeInnerWordSymbol: inner} = await load<{mergeInnerWordSymbol: Plugin}>(
        'plugin',
        'merge-inner-word-symbol.js'
      )
      const {wordSymbolInner} = await load<{wordSymbolInner: RegExp}>('expressions.js')
      const {ParseLatin} = await load<{ParseLatin: ParserClass}>('index.js')
      if (!ParseLatin) return
      if (typeof inner === 'function' && wordSymbolInner instanceof RegExp)
        replacements.set(inner, (node) =>
          patch.on() && Array.isArray(node?.children) ? mergeInnerWordSymbols(node, wordSymbolInner) : inner(node)
        )
      replace(ParseLatin, replacements)
    })
  }
  for (const root of englishRoots) {
    await attempt(async () => {
      const {ParseEnglish} = await importIfPresent<{ParseEnglish: ParserClass}>(path.join(root, 'lib', 'index.js'))
      if (ParseEnglish) replace(ParseEnglish, replacements)
    })
  }
}

/** Put each replacement in place of its original in a parser class's lists of plugins. */
function replace(parser: ParserClass, replacements: Map<Plugin, Plugin>): void {
  for (const plugins of [parser.prototype.tokenizeSentencePlugins]) {
    if (!Array.isArray(plugins)) continue
    for (let index = 0; index < plugins.length; index++)
      plugins[index] = replacements.get(plugins[index]) ?? plugins[index]
  }
}

await patchParseLatin()
