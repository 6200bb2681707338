/**
 * HTML: rehype-parse, then hast-util-to-nlcst with the English parser.
 *
 * hast-util-to-nlcst already leaves out `script`, `style`, `svg`, `math`, `del` and elements
 * with `data-nlcst="ignore"`, and turns `<code>` into a `SourceNode`. Page chrome is not the
 * article's prose, so it is left out too: the elements and roles of src/data/html-elements.ts
 * (`pageChromeElements`, `pageChromeRoles`; the document model marks the same ones when the
 * preset runs in a user's rehype pipeline), `noscript` (whose content rehype-parse keeps as raw
 * text, markup that would be read as words) and elements with the `hidden` attribute.
 *
 * Link text stays (the URL does not); the model finds `<a href>` under a sentence's offsets in
 * `file.value`.
 */
import type {Element, ElementContent, Root as HastRoot, RootContent as HastContent} from 'hast'
import type {Root as NlcstRoot} from 'nlcst'
import type {ParseEnglish} from 'parse-english'
import {toNlcst} from 'hast-util-to-nlcst'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {pageChromeElements, pageChromeRoles} from '../data/html-elements.js'
import {realignPositions, repairPoints, textRuns} from '../text/realign.js'
import {flattenHugeInline, splitLongTexts} from './huge.js'

const htmlParser = unified().use(rehypeParse).freeze()

/** Parse HTML to hast (with positions). */
export function parseHtml(file: VFile): HastRoot {
  const tree = htmlParser.parse(file)
  repairPoints(tree, String(file.value ?? ''))
  return tree
}

/** Whether an element is chrome that the rules should not read. */
export function isChrome(node: Element): boolean {
  if (pageChromeElements.has(node.tagName) || node.tagName === 'noscript') return true
  const properties = node.properties ?? {}
  if (properties.hidden !== undefined && properties.hidden !== false && properties.hidden !== null) return true
  const role = properties.role
  const roles = Array.isArray(role) ? role.map(String) : typeof role === 'string' ? role.split(/\s+/) : []
  return roles.some((value) => pageChromeRoles.has(value.toLowerCase()))
}

/** Turn a hast tree into nlcst with the English parser, chrome left out. The source tree is not
 * changed: the conversion reads a copy that shares the kept nodes. */
export function htmlToNlcst(tree: HastRoot, file: VFile, makeParser: () => ParseEnglish): NlcstRoot {
  const copy = withoutChrome(tree)
  // rehype-parse gives the root no position when no node of the input has one (`<p`, a lone
  // unclosed tag): hast-util-to-nlcst would throw. The root spans the whole file.
  const value = String(file.value ?? '')
  if (!copy.position) {
    const end = location(value).toPoint(value.length)
    copy.position = {start: {line: 1, column: 1, offset: 0}, end: end ?? {line: 1, column: 1, offset: 0}}
  }
  const parser = makeParser()
  // Long text nodes cut and huge inline elements opened, so that no node holds more tokens than
  // the converter can gather (`./huge.js`); the same tree otherwise.
  const cut = flattenHugeInline(
    splitLongTexts(copy, location(value), (piece) => parser.tokenize(piece)),
    32 * 1024
  )
  const nlcst = toNlcst(cut, file, parser)
  // Words after a character reference (`&amp;`) in a text node are placed on the source.
  realignPositions(nlcst, textRuns(copy, value), value, 'html')
  return nlcst
}

function withoutChrome(tree: HastRoot): HastRoot {
  const keep = <T extends HastContent | ElementContent>(children: T[]): T[] => {
    const result: T[] = []
    for (const child of children) {
      if (child.type !== 'element') result.push(child)
      else if (!isChrome(child)) {
        const copy: Element = {...child, children: keep(child.children)}
        if (child.content) copy.content = {...child.content, children: keep(child.content.children)}
        result.push(copy as T)
      }
    }
    return result
  }
  return {...tree, children: keep(tree.children)}
}
