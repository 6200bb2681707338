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
 * Page chrome (below) is another concept: its elements hold text, even prose, but not the
 * article's.
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

/**
 * Page chrome: elements around the article that hold text, but not the article's. A sentence
 * in them is not checked, whichever way the HTML comes in: the package's own HTML processor
 * (src/processor/html.ts, for the CLI, `lint()`, the hook and the language server) leaves them
 * out of the sentences, and the document model (src/model/source-text.ts, for the preset in a
 * user's rehype-retext pipeline, where the tree comes from the user) marks their extent as a
 * chrome block, whose sentences are navigation. One list, so that both ways leave out the same
 * text (they had two: the processor did not know `menu`, `button` or `select`, the model read
 * only `role="navigation"`).
 *
 * Not here: `form`. A comment or subscription form is chrome, but a form may also hold the
 * whole page (ASP.NET Web Forms puts every page in one); the text a form holds besides its
 * controls (a `label`, a note) is short and rarely a claim, while the article would be lost
 * whole. Its controls are here (`button`, `select`; a `textarea` is no prose at all, above).
 * `noscript` is no prose (above): the processor drops it as well, the model reads it as code.
 */
export const pageChromeElements: ReadonlySet<string> = new Set([
  // Sectioning elements the HTML standard gives to what is around the content: navigation,
  // a page's or a section's banner, its footer, and content aside from it (sidebars).
  'nav',
  'header',
  'footer',
  'aside',
  // A toolbar of commands (HTML's `menu`).
  'menu',
  // Form controls: their text is a label (`Subscribe`, `Claim yours!`) or a choice.
  'button',
  'select'
])

/** ARIA roles that make an element page chrome (the landmark roles of the elements above, and
 * menus and search forms), read from a `role` attribute's space-separated tokens in any case. */
export const pageChromeRoles: ReadonlySet<string> = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'menu',
  'menubar',
  'search'
])
