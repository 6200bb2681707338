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

/**
 * Phrasing elements: HTML's inline elements (the standard's phrasing content), which stand
 * inside a sentence. One list for every place that reads them, which had three that had
 * drifted: the tables reader (src/readers/tables.ts) turns a cell's markup into text and
 * must know which tags are no word boundary (it took `<cite>`, `<abbr>`, `<q>`, `<data>`,
 * `<code>`... for one: `48<abbr title="percent">%</abbr>` read as `48 %`); the processor
 * (src/processor/huge.ts) opens a huge inline container whose children convert as its own
 * content would, and src/text/realign.ts knows which elements the converter places tokens for;
 * the reader of a reference entry's HTML (src/text/markup.ts) reads a title in italics.
 *
 * How each converts is what hast-util-to-nlcst (the processor's converter) makes of it, which
 * is also what a reader of the page sees, except that an image renders between the words
 * around it.
 *
 * Not here: `del` (the converter leaves its content out: deleted text is no longer the
 * page's) and `map`; `button`, `select` and the other form controls are page chrome (above).
 */
export interface PhrasingElement {
  /** Tag name, lower case. */
  name: string
  /**
   * What its tags and content are to the words of a sentence:
   * - `words`: its content's words, as if its tags were not there (`b`, `span`, `cite`...);
   * - `unravelled`: the same, but where it stands directly in a block the converter lifts its
   *   children into the paragraph around it (the standard's paragraphs: `a`, `ins`), children
   *   that may be blocks: an opened container must not hold one;
   * - `source`: its text is one token of source code (`code`), not words;
   * - `break`: no content, white space between words (`br` a line break, `wbr` a space);
   * - `embedded`: content that is no text (`img`): the converter reads none, a reader of the
   *   page sees the image between the words around it.
   */
  text: 'words' | 'unravelled' | 'source' | 'break' | 'embedded'
  /** Marks the title of a work: citation styles set a journal's or a book's title in italics,
   * and `cite` is HTML's element for the title of a work; a reference entry reads its title
   * there. (`dfn` and `var` are italic in a browser too, but name a term and a variable.) */
  title?: true | undefined
}

export const phrasingElementList: readonly PhrasingElement[] = [
  // Text-level semantics and formatting: content that reads as the words around it.
  {name: 'b', text: 'words'},
  {name: 'i', text: 'words', title: true},
  {name: 'em', text: 'words', title: true},
  {name: 'strong', text: 'words'},
  {name: 'span', text: 'words'},
  {name: 'u', text: 'words'},
  {name: 's', text: 'words'},
  {name: 'small', text: 'words'},
  {name: 'mark', text: 'words'},
  {name: 'abbr', text: 'words'},
  {name: 'cite', text: 'words', title: true},
  {name: 'q', text: 'words'},
  {name: 'dfn', text: 'words'},
  {name: 'bdi', text: 'words'},
  {name: 'bdo', text: 'words'},
  {name: 'time', text: 'words'},
  {name: 'data', text: 'words'},
  {name: 'sup', text: 'words'},
  {name: 'sub', text: 'words'},
  {name: 'kbd', text: 'words'},
  {name: 'samp', text: 'words'},
  {name: 'var', text: 'words'},
  // Obsolete, but still written (old CMS output) and rendered inline by every browser.
  {name: 'big', text: 'words'},
  {name: 'font', text: 'words'},
  {name: 'strike', text: 'words'},
  {name: 'tt', text: 'words'},
  {name: 'a', text: 'unravelled'},
  {name: 'ins', text: 'unravelled'},
  {name: 'code', text: 'source'},
  {name: 'br', text: 'break'},
  {name: 'wbr', text: 'break'},
  {name: 'img', text: 'embedded'}
]

/** The same, by tag name. */
export const phrasingElements: ReadonlyMap<string, PhrasingElement> = new Map(
  phrasingElementList.map((element) => [element.name, element])
)
