/**
 * parse-latin's plugins, in linear time on a huge sentence or paragraph.
 *
 * The English parser (parse-latin, parse-english) and the converters that use it
 * (mdast-util-to-nlcst, hast-util-to-nlcst) run a list of plugins over the tokens of a whole
 * paragraph gathered in one sentence, then over its sentences. Most of them merge neighbours
 * with an `Array#splice` on that list (`merge-inner-word-symbol`, `merge-prefix-exceptions`...):
 * on one paragraph of a megabyte without a line break or a full stop (a run of numbers, a
 * reference list, `et al. (` again and again) the time grows with the square of its length.
 *
 * Here the plugins of a node with more than `minChildren` children run on pieces of its children
 * instead, one piece after the other, and the pieces are put back together. A piece of a
 * sentence ends after a white-space node, a piece of a paragraph after a sentence, and only
 * where a check shows that the plugins do the same work whether or
 * not the list is cut there: they are run on a window of `context` children on each side of the
 * place, whole and in two halves, and the halves side by side (or with the node before the cut
 * and the node after it merged into one, when the plugins merge across it: a sentence that goes
 * on after an abbreviation) must equal the whole node for node, offsets included. Where no place
 * passes the check the plugins run on the whole list, as before.
 *
 * `EVIDENCE_NO_PIECES=1` in the environment turns this off (the tests compare both ways).
 */
import {sameNode, type AnyNode} from './parse-chunked.js'

type Parent = {type: string; children: AnyNode[]; position?: AnyNode['position']}
type Plugin<T> = (node: T) => undefined | void

/** Nodes with more children than this have their plugins run in pieces. */
export const minChildren = 4096
/** Aim for pieces of about this many children. */
const pieceChildren = 1024
/** Children on each side of a place in its check. */
const context = 64
/** Failed checks in a row after which the search skips `skipAfterFailures` children. */
const maxFailedChecks = 8
const skipAfterFailures = 256

/** One plugin that runs `plugins` on the node, in pieces when it has many children. */
export function inPieces<T>(plugins: Array<Plugin<T>>): Plugin<T> {
  const run = (node: Parent): void => {
    for (const plugin of plugins) plugin(node as T)
  }
  return (node: T): undefined => {
    const parent = node as unknown as Parent
    const children = parent.children
    if (!Array.isArray(children) || children.length <= minChildren || process.env.EVIDENCE_NO_PIECES) {
      run(parent)
      return undefined
    }
    const cuts = findCuts(parent, run)
    if (cuts.length === 0) {
      run(parent)
      return undefined
    }
    const result: AnyNode[] = []
    let start = 0
    let merge = false
    for (const cut of [...cuts, {at: children.length, merge: false}]) {
      const piece: Parent = {type: parent.type, children: children.slice(start, cut.at)}
      run(piece)
      if (!(merge && mergeInto(result, piece.children))) for (const child of piece.children) result.push(child)
      start = cut.at
      merge = cut.merge
    }
    parent.children = result
    return undefined
  }
}

interface Cut {
  at: number
  /** The node before the cut and the node after it are one in a whole run. */
  merge: boolean
}

function findCuts(parent: Parent, run: (node: Parent) => void): Cut[] {
  const children = parent.children
  const cuts: Cut[] = []
  const sentence = parent.type !== 'ParagraphNode'
  let start = 0
  while (start + pieceChildren < children.length - context) {
    let index = start + pieceChildren
    let failed = 0
    let found: Cut | undefined
    for (; index < children.length - context; index++) {
      // In a sentence, after white space (between words); in a paragraph, between any two
      // sentences (the white space after a sentence is still inside it when the plugins run).
      if (sentence && (children[index - 1].type !== 'WhiteSpaceNode' || children[index].type === 'WhiteSpaceNode'))
        continue
      const merge = check(parent, index, run)
      if (merge !== undefined) {
        found = {at: index, merge}
        break
      }
      if (++failed % maxFailedChecks === 0) index += skipAfterFailures
    }
    if (!found) break
    cuts.push(found)
    start = found.at
  }
  return cuts
}

/** Whether the plugins do the same on the window around `index` whole and cut there: `false`
 * when the halves go side by side, `true` when the nodes on either side are merged, `undefined`
 * when neither gives the whole run. */
function check(parent: Parent, index: number, run: (node: Parent) => void): boolean | undefined {
  const children = parent.children
  const from = Math.max(0, index - context)
  const to = Math.min(children.length, index + context)
  const whole: Parent = {type: parent.type, children: structuredClone(children.slice(from, to))}
  const left: Parent = {type: parent.type, children: structuredClone(children.slice(from, index))}
  const right: Parent = {type: parent.type, children: structuredClone(children.slice(index, to))}
  run(whole)
  run(left)
  run(right)
  if (
    whole.children.length === left.children.length + right.children.length &&
    same(whole.children, [...left.children, ...right.children])
  )
    return false
  if (mergeInto(left.children, right.children) && same(whole.children, left.children)) return true
  return undefined
}

function same(a: AnyNode[], b: AnyNode[]): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (!sameNode(a[index], b[index], 0)) return false
  return true
}

/** Put `right` after `acc` with the first node of `right` that is not white space merged into
 * the last such node of `acc` (the white space between them moved into it), in place; `false` (nothing changed)
 * when they are not two nodes of the same type with children. */
function mergeInto(acc: AnyNode[], right: AnyNode[]): boolean {
  let end = acc.length
  while (end > 0 && acc[end - 1].type === 'WhiteSpaceNode') end--
  let begin = 0
  while (begin < right.length && right[begin].type === 'WhiteSpaceNode') begin++
  const last = acc[end - 1]
  const first = right[begin]
  if (!last || !first || last.type !== first.type || !last.children || !first.children) return false
  for (const space of acc.splice(end)) last.children.push(space)
  for (let index = 0; index < begin; index++) last.children.push(right[index])
  for (const child of first.children) last.children.push(child)
  if (last.position && first.position) last.position = {start: last.position.start, end: first.position.end}
  for (let index = begin + 1; index < right.length; index++) acc.push(right[index])
  return true
}
