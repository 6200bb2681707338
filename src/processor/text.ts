/**
 * Plain text: parsed by the English parser as `retext-english` would. A large text is parsed
 * in runs of paragraphs (cut only at blank lines, positions shifted back), because the parser
 * treats a whole document as one sentence first and its cost grows with the square of the
 * document's length.
 */
import type {Root, RootContent} from 'nlcst'
import {location} from 'vfile-location'
import type {ParseEnglish} from 'parse-english'
import {shiftPositions} from './positions.js'

export interface TextOptions {
  /** Above this many characters the text is parsed in runs of paragraphs (default 256 KiB). */
  chunkThreshold?: number
  /** Aim for runs of about this many characters (default 64 KiB). */
  chunkSize?: number
}

export function parseText(value: string, makeParser: () => ParseEnglish, options: TextOptions = {}): Root {
  const threshold = options.chunkThreshold ?? 256 * 1024
  if (value.length <= threshold) return makeParser().parse(value)

  const place = location(value)
  const children: RootContent[] = []
  for (const [start, end] of paragraphRuns(value, options.chunkSize ?? 64 * 1024)) {
    const part = makeParser().parse(value.slice(start, end))
    if (start > 0) shiftPositions(part, start, place)
    children.push(...part.children)
  }
  const first = place.toPoint(0)
  const last = place.toPoint(value.length)
  const root: Root = {type: 'RootNode', children}
  if (first && last) root.position = {start: first, end: last}
  return root
}

/** Cut `value` into runs of at least `size` characters, each ending after a run of white space
 * that holds two or more line breaks (where the parser would start a new paragraph anyway). */
export function paragraphRuns(value: string, size: number): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  let start = 0
  let index = size
  while (index < value.length) {
    const cut = nextBlankLineEnd(value, index)
    if (cut === -1) break
    runs.push([start, cut])
    start = cut
    index = cut + size
  }
  if (start < value.length) runs.push([start, value.length])
  return runs
}

/** The end of the first white-space run with two or more line breaks at or after `from`. */
function nextBlankLineEnd(value: string, from: number): number {
  const pattern = /[ \t]*(?:\r\n|\r|\n)[ \t]*(?:(?:\r\n|\r|\n)[ \t]*)+/g
  pattern.lastIndex = from
  const match = pattern.exec(value)
  if (!match) return -1
  // Take the whole white-space run, so the next run starts on a non-space character.
  let end = match.index + match[0].length
  while (end < value.length && /\s/.test(value.charAt(end))) end++
  return end
}
