/**
 * Huge nodes, converted to nlcst without overflowing the call stack.
 *
 * mdast-util-to-nlcst and hast-util-to-nlcst gather the tokens of a node's children with
 * `results.push(...result)`, which passes every token as an argument: a node holding more than
 * about 100,000 tokens (a text node of 1 MB of `[1]`, a list of 25,000 items, a `<b>` around a
 * whole book) throws `RangeError: Maximum call stack size exceeded`. The helpers here give the
 * converters the same content in nodes that stay small, so the nlcst tree is the one a whole
 * conversion would give (where a whole conversion does not throw):
 *
 * - `splitLongTexts`: a text node longer than `maxPieceLength` is cut into several text nodes at
 *   token edges (the tokenizer decides each edge from the two characters around it, so the
 *   pieces give the same tokens), each piece placed where the converter would place its first
 *   token;
 * - `flattenHugeInline`: an inline container far larger than a run of text (`**...**` in
 *   Markdown, `<b>` or `<span>` in HTML) is replaced by its children, which the converters read
 *   in the same order (both convert such a container as the list of its children's tokens);
 * - Markdown's block containers (lists, items, block quotes, footnote definitions) are opened by
 *   the processor's run conversion (`src/processor/markdown.ts`).
 */
import type {Point, Position} from 'unist'
import type {Location} from 'vfile-location'
import {toString as nlcstToString} from 'nlcst-to-string'
import {phrasingElementList} from '../data/html-elements.js'

/** Text nodes longer than this are cut. */
export const maxPieceLength = 4096

interface AnyNode {
  type: string
  value?: unknown | undefined
  tagName?: string | undefined
  children?: AnyNode[] | undefined
  position?: Position | undefined
}

type Tokenize = (value: string) => Array<Parameters<typeof nlcstToString>[0]>

/**
 * A copy of `tree` in which every text node longer than `maxLength` characters is cut into text
 * nodes of about `maxLength` characters, at the token edges `tokenize` finds. Subtrees without a
 * long text node are shared, not copied; `tree` is not changed.
 */
export function splitLongTexts<T>(tree: T, place: Location, tokenize: Tokenize, maxLength = maxPieceLength): T {
  const visit = (node: AnyNode): AnyNode => {
    if (!node.children) return node
    let children: AnyNode[] | undefined
    node.children.forEach((child, index) => {
      const replaced =
        child.type === 'text' && typeof child.value === 'string' && child.value.length > maxLength
          ? split(child, child.value)
          : [visit(child)]
      if (children === undefined && (replaced.length !== 1 || replaced[0] !== child))
        children = node.children!.slice(0, index)
      if (children !== undefined) for (const item of replaced) children.push(item)
    })
    return children === undefined ? node : {...node, children}
  }
  const split = (node: AnyNode, value: string): AnyNode[] => {
    const start = node.position?.start
    const end = node.position?.end
    if (!start || !end || typeof start.offset !== 'number') return [node]
    const pieces: AnyNode[] = []
    let from = 0
    let length = 0
    const tokens = tokenize(value)
    for (let index = 0; index < tokens.length; index++) {
      length += nlcstToString(tokens[index]).length
      if (length - from < maxLength && index < tokens.length - 1) continue
      const pieceStart: Point | undefined = from === 0 ? start : place.toPoint(start.offset + from)
      const pieceEnd: Point | undefined = length >= value.length ? end : place.toPoint(start.offset + length)
      const piece: AnyNode = {...node, value: value.slice(from, length)}
      if (pieceStart && pieceEnd) piece.position = {start: pieceStart, end: pieceEnd}
      else return [node]
      pieces.push(piece)
      from = length
    }
    return pieces.length > 0 ? pieces : [node]
  }
  return visit(tree as AnyNode) as T
}

/** HTML elements that convert as the list of their children's tokens and may be opened: the
 * phrasing elements whose content reads as the words around it (src/data/html-elements.ts),
 * `sup`, `kbd` and the like as much as `span`; not `code`, whose text is one source token. */
const transparentElements: ReadonlySet<string> = new Set(
  phrasingElementList.filter((element) => element.text === 'words').map((element) => element.name)
)

/** Markdown nodes that convert as the list of their children's tokens. */
const transparentMarkdown: ReadonlySet<string> = new Set(['emphasis', 'strong', 'link', 'linkReference'])

/** HTML elements that may stand in an inline container that is opened: the phrasing elements
 * but `a` and `ins`, whose children the converter lifts into the paragraph's parent when they
 * stand directly in it (children that may be blocks). */
const phrasingChildren: ReadonlySet<string> = new Set(
  phrasingElementList.filter((element) => element.text !== 'unravelled').map((element) => element.name)
)

/**
 * A copy of `tree` in which each inline container spanning more than `size` characters
 * (`emphasis`, `strong`, links in Markdown; `b`, `em`, `span` and the like in HTML, without
 * a `data-nlcst` attribute, with phrasing children only and some text among them) is replaced
 * by its children. Subtrees without one are shared; `tree` is not changed.
 */
export function flattenHugeInline<T>(tree: T, size: number): T {
  const opens = (node: AnyNode): boolean => {
    if (!node.children || spanOf(node) <= size) return false
    if (transparentMarkdown.has(node.type)) return true
    if (node.type !== 'element' || !node.tagName || !transparentElements.has(node.tagName)) return false
    const properties = (node as AnyNode & {properties?: Record<string, unknown>}).properties ?? {}
    if (properties.dataNlcst !== undefined) return false
    // Phrasing children only, and some text: an element of white space alone makes a paragraph
    // of its own where its children would not.
    return (
      node.children.every(
        (child) => child.type === 'text' || (child.type === 'element' && phrasingChildren.has(child.tagName ?? ''))
      ) &&
      node.children.some((child) => child.type === 'text' && typeof child.value === 'string' && /\S/.test(child.value))
    )
  }
  const visit = (node: AnyNode): AnyNode[] => {
    if (!node.children) return [node]
    const children: AnyNode[] = []
    let changed = false
    for (const child of node.children) {
      const replaced = visit(child)
      if (replaced.length !== 1 || replaced[0] !== child) changed = true
      for (const item of replaced) children.push(item)
    }
    const copy = changed ? {...node, children} : node
    return opens(copy) ? copy.children! : [copy]
  }
  const [result] = visit(tree as AnyNode)
  return (result ?? tree) as T
}

function spanOf(node: AnyNode): number {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return typeof start === 'number' && typeof end === 'number' ? end - start : 0
}
