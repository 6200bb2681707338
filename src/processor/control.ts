/**
 * Ignore comments, through unified-message-control, read from the source tree:
 *
 *     <!--evidence ignore unhedged-claim-->              the next node only
 *     <!--evidence disable unsourced-statistic-->  ...  <!--evidence enable-->
 *     <!--evidence ignore unhedged-claim unsourced-statistic-->
 *
 * Markdown and MDX keep comments as mdast `html` nodes (MDX also takes
 * `{/* evidence ignore unhedged-claim *\/}`); HTML keeps them as hast `comment` nodes. A
 * comment naming a rule that does not exist gets a warning (`unified-message-control:known`);
 * an unknown keyword (`<!--evidence skip-->`) gets one too, instead of a crash.
 *
 * It must run after the rules: it removes messages from `file.messages`, and only those whose
 * `source` is `retext-evidence`.
 */
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {messageControl, type Marker} from 'unified-message-control'

/** The name in comments (`<!--evidence ...-->`) and the messages' `source` it controls. */
export const markerName = 'evidence'
export const controlledSource = 'retext-evidence'

const htmlComment = /^\s*<!--([\s\S]*?)-->\s*$/
const mdxComment = /^\s*\{\s*\/\*([\s\S]*?)\*\/\s*\}\s*$/
const keywords = new Set(['enable', 'disable', 'ignore'])

type AnyNode = Node & {value?: unknown; children?: AnyNode[]}

/** Read `evidence ...` from a comment's text, or nothing. */
export function parseComment(text: string): Marker | undefined {
  // The first word, then the rest: split by hand (`\s+([\s\S]*?)\s*$` backtracks over every
  // run of white space, quadratic on a long one).
  const trimmed = text.trim()
  const space = trimmed.search(/\s/)
  const name = space === -1 ? trimmed : trimmed.slice(0, space)
  if (name !== markerName) return undefined
  return {name, attributes: space === -1 ? '' : trimmed.slice(space).trimStart()}
}

/** The comment text of a node of the source tree, if it is a comment. */
export function commentText(node: AnyNode): string | undefined {
  if (node.type === 'comment' && typeof node.value === 'string') return node.value
  if (node.type === 'html' && typeof node.value === 'string') return htmlComment.exec(node.value)?.[1]
  if (node.type === 'paragraph' && node.children) {
    const text = textOf(node)
    return mdxComment.exec(text)?.[1]
  }
  return undefined
}

function textOf(node: AnyNode): string {
  if (typeof node.value === 'string') return node.value
  return node.children ? node.children.map(textOf).join('') : ''
}

/**
 * A light copy of the source tree for unified-message-control: nodes without a position (the
 * `html`, `head`, `body` that an HTML parser implies) are replaced by their children, and text
 * that is only white space is dropped, so that "the next node" after a comment is the next
 * element or paragraph, not a line break, and no message falls in a "gap".
 */
export function controlTree(tree: Node): Node {
  const copy = (node: AnyNode): AnyNode[] => {
    if (node.type === 'text' && typeof node.value === 'string' && node.value.trim() === '') return []
    const children = node.children ? node.children.flatMap(copy) : undefined
    if (!node.position && node.type !== 'root') return children ?? []
    const result: AnyNode = {...node}
    if (children) result.children = children
    return [result]
  }
  const [root] = copy(tree as AnyNode)
  return root ?? {type: 'root', children: []}
}

/** Apply the ignore comments of `sourceTree` to the messages of `file`. */
export function applyControl(sourceTree: Node, file: VFile, known: readonly string[]): void {
  messageControl(controlTree(sourceTree), {
    file,
    name: markerName,
    source: controlledSource,
    known: [...known],
    marker(node: Node) {
      const text = commentText(node as AnyNode)
      if (text === undefined) return undefined
      const marker = parseComment(text)
      if (!marker) return undefined
      const keyword = marker.attributes.split(/\s+/)[0] ?? ''
      if (!keywords.has(keyword)) {
        file.message(
          'Unknown keyword `' +
            (keyword || '(none)') +
            '` in `<!--' +
            text.trim() +
            '-->`: expected `ignore`, `disable` or `enable`',
          {place: node.position, ruleId: 'keyword', source: 'unified-message-control'}
        )
        return undefined
      }
      return marker
    }
  })
}
