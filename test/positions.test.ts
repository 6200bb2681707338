/**
 * `shiftPositions` (src/processor/positions.ts): every position of a tree parsed from a slice of
 * the text moved into the whole text, lines and columns recomputed there; new point objects for
 * every node (the parsers share points between parents and children, and the old ones are left
 * as they were).
 */
import type {Root} from 'nlcst'
import type {Node, Point} from 'unist'
import {ParseEnglish} from 'parse-english'
import {location} from 'vfile-location'
import {describe, expect, test} from 'vitest'
import {shiftPositions} from '../src/processor/positions.js'

function points(tree: Node): Point[] {
  const out: Point[] = []
  const visit = (node: Node) => {
    if (node.position) out.push(node.position.start, node.position.end)
    for (const child of (node as {children?: Node[]}).children ?? []) visit(child)
  }
  visit(tree)
  return out
}

describe('shiftPositions', () => {
  test('moves a slice’s tree into the whole text, with lines and columns of the whole text', () => {
    const before = 'Intro line.\r\nSecond line\n\n'
    const slice = 'Zinc cures colds.\nMagnesium,\r\nat 45%, calms.'
    const whole = before + slice + '\n\nAfter.'
    const tree = new ParseEnglish().parse(slice) as Root
    const original = points(tree)
    const copies = original.map((point) => ({...point}))
    shiftPositions(tree, before.length, location(whole))
    const place = location(whole)
    const moved = points(tree)
    expect(moved.length).toBe(original.length)
    expect(moved.length).toBeGreaterThan(30)
    moved.forEach((point, index) => {
      expect(point).toEqual(place.toPoint(copies[index].offset! + before.length))
      // The old points are left as they were, and no point is shared with them.
      expect(original[index]).toEqual(copies[index])
      expect(point).not.toBe(original[index])
    })
    // No two nodes share a point object after the move.
    expect(new Set(moved).size).toBe(moved.length)
    // The first word of the slice, in the whole text: line 4, column 1; the last: line 6.
    const words = moved.filter((_, index) => index % 2 === 0)
    expect(words[0]).toEqual({line: 4, column: 1, offset: before.length})
    expect(moved[moved.length - 1]).toEqual({line: 6, column: 15, offset: before.length + slice.length})
  })

  test('a node whose point lies outside the text loses its position', () => {
    const tree = new ParseEnglish().parse('Zinc cures colds.') as Root
    shiftPositions(tree, 1000, location('short'))
    expect(tree.position).toBeUndefined()
  })
})
