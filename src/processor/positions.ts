/**
 * Position helpers shared by the parsers: every nlcst node must point into `file.value`.
 */
import type {Node, Point, Position} from 'unist'
import type {Location} from 'vfile-location'

/** Move every position in `tree` by `base` UTF-16 units, recomputing lines and columns. The
 * parsers share point objects between parents and children, so new objects are made and the
 * old ones are never changed. */
export function shiftPositions(tree: Node, base: number, place: Location): void {
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Node
    if (node.position) node.position = shifted(node.position, base, place)
    const children = (node as Node & {children?: Node[]}).children
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
  }
}

function shifted(position: Position, base: number, place: Location): Position | undefined {
  const start = point(position.start, base, place)
  const end = point(position.end, base, place)
  return start && end ? {start, end} : undefined
}

function point(value: Point, base: number, place: Location): Point | undefined {
  if (typeof value.offset !== 'number') return undefined
  // vfile-location makes a new point ({line, column, offset}) at each call: kept as it is, not
  // copied (a tree of a megabyte has millions of points).
  return place.toPoint(value.offset + base)
}

/** The start and end offsets of a node, when it has them. */
export function offsetsOf(node: Node): [number, number] | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return typeof start === 'number' && typeof end === 'number' ? [start, end] : undefined
}

/** Give every position in `tree` the points `move` makes of its start and end (a tree whose text was parsed with
 * parts cut out, put back: src/processor/table-rows.ts, label-runs.ts). */
export function movePoints(tree: Node, move: (point: Point) => Point): void {
  const visit = (node: Node): void => {
    if (node.position) node.position = {start: move(node.position.start), end: move(node.position.end)}
    const children = (node as Node & {children?: Node[]}).children
    if (children) for (const child of children) visit(child)
  }
  visit(tree)
}

/** How many of `cuts` (in order of `reducedOffset`) start before `offset`, or at it too when `inclusive`: a
 * binary search. */
export function cutsBefore(cuts: ReadonlyArray<{reducedOffset: number}>, offset: number, inclusive: boolean): number {
  let low = 0
  let high = cuts.length
  while (low < high) {
    const middle = (low + high) >> 1
    const at = cuts[middle].reducedOffset
    if (at < offset || (inclusive && at === offset)) low = middle + 1
    else high = middle
  }
  return low
}
