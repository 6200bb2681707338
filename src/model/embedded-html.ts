/**
 * HTML blocks inside Markdown. remark keeps a block of raw HTML (`<p>...</p>`, `<ul>...`) as
 * an `html` node, and indented HTML as code, so the Markdown bridge drops their text from
 * the prose tree — yet readers see that text rendered. The model parses those blocks itself:
 * every line outside them is blanked (new lines kept), so one HTML parse of the padded text
 * gives nlcst positions that are exact offsets into the original document.
 */
import type {Root as NlcstRoot} from 'nlcst'
import {fromHtml} from 'hast-util-from-html'
import {toNlcst} from 'hast-util-to-nlcst'
import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'
import type {SourceText} from './source-text.js'
import {realignPositions, repairPoints, textRuns} from '../text/realign.js'

const htmlLine = /^[ \t]*<(?:[a-zA-Z][a-zA-Z0-9-]{0,30}[\s>/]|\/[a-zA-Z]|!--)/

/** The nlcst tree of the HTML blocks of a Markdown document, or undefined if it has none. */
export function embeddedHtml(source: SourceText): NlcstRoot | undefined {
  const value = source.value
  if (!value.includes('<')) return undefined
  const parts: string[] = []
  let inBlock = false
  let found = false
  let offset = 0
  while (offset <= value.length) {
    let end = value.indexOf('\n', offset)
    if (end === -1) end = value.length
    const line = value.slice(offset, end)
    const block = source.blocks.at(offset)
    const excluded = block?.data === 'front-matter' || (block?.data === 'code' && !/^[ \t]{4,}</.test(line))
    if (!line.trim()) inBlock = false
    else if (!inBlock && !excluded && htmlLine.test(line)) inBlock = true
    if (inBlock && !excluded) {
      parts.push(line)
      found = true
    } else {
      parts.push(' '.repeat(line.length))
    }
    if (end < value.length) parts.push('\n')
    offset = end + 1
  }
  if (!found) return undefined
  const padded = parts.join('')
  const file = new VFile(padded)
  const hast = fromHtml(padded, {fragment: true})
  // No node with a position (`<nearly 50%`, a lone unclosed tag): nothing to read, and
  // hast-util-to-nlcst would throw.
  if (!hast.position) return undefined
  repairPoints(hast, padded)
  const tree = toNlcst(hast, file, ParseEnglish) as NlcstRoot
  // Words after a character reference (`&amp;`) are placed on the source.
  realignPositions(tree, textRuns(hast, padded), padded, 'html')
  return tree
}
