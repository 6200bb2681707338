/**
 * The English parser, with the nlcst extensions that plugins on the processor registered
 * (`retext-syntax-urls` and friends push to `nlcstSentenceExtensions` and so on), exactly as
 * `retext-english` builds it. The remark/rehype bridges would build a Latin parser instead.
 */
import {ParseEnglish} from 'parse-english'
import {inPieces} from './plugins-in-pieces.js'
import type {Paragraph, Root, Sentence} from 'nlcst'

type Extension<T> = (node: T) => undefined | void

/** Where plugins keep their parser extensions (`processor.data(key)`). */
export interface ExtensionData {
  nlcstRootExtensions?: Array<Extension<Root>> | undefined
  nlcstParagraphExtensions?: Array<Extension<Paragraph>> | undefined
  nlcstSentenceExtensions?: Array<Extension<Sentence>> | undefined
}

export const extensionKeys = ['nlcstRootExtensions', 'nlcstParagraphExtensions', 'nlcstSentenceExtensions'] as const

/**
 * parse-latin reads a whole document as one paragraph, merges sentences (one that opens with a
 * lower-case word into the one before it, one without words into its neighbour), and only then
 * breaks sentences at blank lines. Across a blank line those merges are wrong, and they have
 * effects: the full stop that ended the first paragraph is no longer last in its sentence and
 * is glued to the word before it (`one-third.`), a question gains the `.` that opens the next
 * paragraph; so the last words of a paragraph depend on how the next one begins. Breaking
 * sentences at blank lines before those merges keeps paragraphs apart: the merges only join
 * sentences that are next to each other, and the blank line now stands between them.
 */

/** Split sentences at white space holding a blank line (as parse-latin's
 * `breakImplicitSentences` does, last). */
function breakAtBlankLines(paragraph: Paragraph): undefined {
  const blank = (node: Sentence['children'][number]) =>
    node.type === 'WhiteSpaceNode' && node.value.split(/\r\n|\r|\n/).length >= 3
  const children: Paragraph['children'] = []
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode' || !child.children.some(blank)) {
      children.push(child)
      continue
    }
    // Each blank line becomes a sibling between the sentences on either side of it (one that
    // opens or closes the sentence too).
    let part: Sentence['children'] = []
    for (const node of child.children) {
      if (!blank(node)) {
        part.push(node)
        continue
      }
      if (part.length > 0) children.push(sentence(part))
      children.push(node as Paragraph['children'][number])
      part = []
    }
    if (part.length > 0) children.push(sentence(part))
  }
  paragraph.children = children
  return undefined
}

function sentence(children: Sentence['children']): Sentence {
  const first = children[0]?.position
  const last = children[children.length - 1]?.position
  return first && last
    ? {type: 'SentenceNode', children, position: {start: first.start, end: last.end}}
    : {type: 'SentenceNode', children}
}

/** A fresh English parser with the given extensions in front of its own plugins. */
export function englishParser(data: ExtensionData = {}): ParseEnglish {
  const parser = new ParseEnglish()
  parser.tokenizeParagraphPlugins.unshift(breakAtBlankLines)
  if (data.nlcstParagraphExtensions) parser.tokenizeParagraphPlugins.unshift(...data.nlcstParagraphExtensions)
  if (data.nlcstRootExtensions) parser.tokenizeRootPlugins.unshift(...data.nlcstRootExtensions)
  if (data.nlcstSentenceExtensions) parser.tokenizeSentencePlugins.unshift(...data.nlcstSentenceExtensions)
  // The sentence and paragraph plugins of a huge paragraph, in pieces: linear time, the same
  // nodes (see `./plugins-in-pieces.js`).
  parser.tokenizeSentencePlugins = [inPieces(parser.tokenizeSentencePlugins)]
  parser.tokenizeParagraphPlugins = [inPieces(parser.tokenizeParagraphPlugins)]
  return parser
}
