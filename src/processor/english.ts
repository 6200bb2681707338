/**
 * The English parser, with the nlcst extensions that plugins on the processor registered
 * (`retext-syntax-urls` and friends push to `nlcstSentenceExtensions` and so on), exactly as
 * `retext-english` builds it. The remark/rehype bridges would build a Latin parser instead.
 */
import {ParseEnglish} from 'parse-english'
import type {Paragraph, Root, Sentence} from 'nlcst'

type Extension<T> = (node: T) => undefined | void

/** Where plugins keep their parser extensions (`processor.data(key)`). */
export interface ExtensionData {
  nlcstRootExtensions?: Array<Extension<Root>>
  nlcstParagraphExtensions?: Array<Extension<Paragraph>>
  nlcstSentenceExtensions?: Array<Extension<Sentence>>
}

export const extensionKeys = ['nlcstRootExtensions', 'nlcstParagraphExtensions', 'nlcstSentenceExtensions'] as const

/**
 * parse-latin reads a whole document as one paragraph, merges a sentence that opens with a
 * lower-case word into the sentence before it, and only then breaks sentences at blank lines.
 * Across a blank line that merge is wrong, and it has effects: the full stop that ended the
 * first paragraph is no longer last in its sentence and is glued to the word before it
 * (`one-third.`), so the last words of a paragraph depend on how the next one begins. Breaking
 * sentences at blank lines right after that merge keeps paragraphs apart.
 */
const latinParagraphPlugins = (Object.getPrototypeOf(ParseEnglish.prototype) as ParseEnglish).tokenizeParagraphPlugins
const mergeInitialLowerCaseLetterSentences = latinParagraphPlugins[2]

/** Split sentences at white space holding a blank line (as parse-latin's
 * `breakImplicitSentences` does later). */
function breakAtBlankLines(paragraph: Paragraph): undefined {
  const children: Paragraph['children'] = []
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') {
      children.push(child)
      continue
    }
    let start = 0
    for (let index = 1; index < child.children.length - 1; index++) {
      const node = child.children[index]
      if (node.type !== 'WhiteSpaceNode' || node.value.split(/\r\n|\r|\n/).length < 3) continue
      const head = child.children.slice(start, index)
      children.push(sentence(head), node)
      start = index + 1
    }
    children.push(start === 0 ? child : sentence(child.children.slice(start)))
  }
  paragraph.children = children
  return undefined
}

function sentence(children: Sentence['children']): Sentence {
  const first = children[0]?.position
  const last = children[children.length - 1]?.position
  return first && last ? {type: 'SentenceNode', children, position: {start: first.start, end: last.end}} : {type: 'SentenceNode', children}
}

/** A fresh English parser with the given extensions in front of its own plugins. */
export function englishParser(data: ExtensionData = {}): ParseEnglish {
  const parser = new ParseEnglish()
  const merge = parser.tokenizeParagraphPlugins.indexOf(mergeInitialLowerCaseLetterSentences)
  if (merge !== -1) parser.tokenizeParagraphPlugins.splice(merge + 1, 0, breakAtBlankLines)
  if (data.nlcstParagraphExtensions) parser.tokenizeParagraphPlugins.unshift(...data.nlcstParagraphExtensions)
  if (data.nlcstRootExtensions) parser.tokenizeRootPlugins.unshift(...data.nlcstRootExtensions)
  if (data.nlcstSentenceExtensions) parser.tokenizeSentencePlugins.unshift(...data.nlcstSentenceExtensions)
  return parser
}
