/**
 * HTML elements whose content is no prose of the page, for the three scanners that read raw
 * HTML by hand: the document model's (src/model/source-text.ts: links, headings, blocks), the
 * references reader's (src/readers/references/blocks.ts) and the tables reader's
 * (src/readers/tables.ts). Each reads such an element as one piece, from its start tag to its
 * end tag, without looking for tags inside: a `<` in a script or a style is no markup, and a
 * table, a reference list or a link written inside one is nothing a reader of the page sees.
 *
 * The HTML parser agrees: `script` and `style` hold raw text, `textarea` and `title` text
 * that is not parsed for elements, `noscript` raw text too when scripting is on (as in a
 * browser and in rehype-parse), and `template` content that is not rendered; `svg` is
 * graphics, whose text hast-util-to-nlcst leaves out of the sentences. `head` is not here:
 * its end tag may be left out, so skipping to `</head>` could skip the whole page, and what it
 * holds besides metadata tags (`title`, `script`, `style`) is here already.
 *
 * Page chrome is another concept: navigation, banners, footers and asides hold prose, but not
 * the article's (src/processor/html.ts leaves them out of the sentences; the model marks them
 * as chrome blocks).
 */

/** An element read as one piece; `block`: what the document model makes of its extent. */
export interface NonProseElement {
  /** Tag name, lower case. */
  name: string
  /** `code`: a block whose sentences are not checked; `heading`: the page's title, a heading
   * block and a heading among those that open reference sections. */
  block: 'code' | 'heading'
}

export const nonProseElementList: readonly NonProseElement[] = [
  {name: 'script', block: 'code'},
  {name: 'style', block: 'code'},
  {name: 'textarea', block: 'code'},
  {name: 'title', block: 'heading'},
  {name: 'noscript', block: 'code'},
  {name: 'template', block: 'code'},
  {name: 'svg', block: 'code'}
]

/** The same, by tag name. */
export const nonProseElements: ReadonlyMap<string, NonProseElement> = new Map(
  nonProseElementList.map((element) => [element.name, element])
)
