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

/** A fresh English parser with the given extensions in front of its own plugins. */
export function englishParser(data: ExtensionData = {}): ParseEnglish {
  const parser = new ParseEnglish()
  if (data.nlcstParagraphExtensions) parser.tokenizeParagraphPlugins.unshift(...data.nlcstParagraphExtensions)
  if (data.nlcstRootExtensions) parser.tokenizeRootPlugins.unshift(...data.nlcstRootExtensions)
  if (data.nlcstSentenceExtensions) parser.tokenizeSentencePlugins.unshift(...data.nlcstSentenceExtensions)
  return parser
}
