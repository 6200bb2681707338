/**
 * Long Markdown lists of one-line items, read item by item (issue 14).
 *
 * Like a table's rows (`./table-rows.js`), a list costs micromark far more per byte than prose:
 * every item opens a container, its paragraph is a piece of content and then of text of its own,
 * so micromark makes new content and text tokenizers for each item, splices their events into
 * the document's, and mdast-util-from-markdown walks them all. All of it is linear, but 100,000
 * items (2.4 MB) took 44 s through the CLI, 1.6 times as long per byte as the corpus's articles.
 *
 * So before micromark, long runs of *plain* items are cut out of the text and built here. A plain
 * item is a line that starts with `- ` and a letter, ends with no space, and whose characters are
 * printable ASCII other than those that can start or end inline syntax (as for plain table rows:
 * `\` `` ` `` `*` `_` `~` `[` `]` `!` `<` `>` `&` `@`, no `www` or `http` in any case), and no `|`.
 * Once a line is an item of a list at the top level whose paragraph is that line alone, micromark
 * reads the next plain item line the same way: the open item does not continue (the line is not
 * indented), and `- ` followed by a letter starts a new item of the same list (same marker), whose
 * content is one paragraph of one `data` token (no character of it starts a construct), so one
 * text node.
 *
 * Of each run of at least `minRun` plain lines, the first three and the last stay in the text
 * and the others are cut. The cut is kept only if, in the parse of what is left, the third line
 * is an item of a list that is a child of the root, built exactly as `plainItem` builds it (so
 * an item of one line), and the last line starts the next item of that list: then every cut line
 * is an item of one line of the same list in the whole text (each is followed by another plain
 * item line), and the text from the last line on reads the same. Otherwise
 * the whole text is parsed as before. The positions are moved back past the cut lines and the cut
 * items put back where they were: the same tree as a parse of the whole text (tested against it).
 *
 * Runs of *empty ordered items* are read the same way (issue 14m: 256 KB of `1.` lines, 87,000
 * empty items, took 24 s per MB through the CLI, four times as long as prose): a line of one to
 * nine digits and a `.`, nothing else. Once such a line is an empty item of an ordered list at
 * the top level, the next such line is not content of it (not indented), cannot be a lazy line
 * (an empty item holds no paragraph), and starts the next item of the same list (same
 * delimiter): an item with no children, on its line. The cut is checked as above, with
 * `emptyItem` for `plainItem` and an ordered list for an unordered one.
 */
import type {List, ListItem, Root} from 'mdast'
import type {Point} from 'unist'
import {cutRuns, defaultMinRun, moveBack, plainCharacter, startsLine, type TableCuts} from './table-rows.js'

/** Whether `line` (without its line ending) is a plain list item (see above). */
export function isPlainItem(line: string): boolean {
  const length = line.length
  if (length < 3 || line.charCodeAt(0) !== 45 || line.charCodeAt(1) !== 32) return false
  const letter = line.charCodeAt(2) | 0x20
  if (letter < 0x61 || letter > 0x7a || line.charCodeAt(length - 1) === 32) return false
  for (let index = 3; index < length; index++) {
    const code = line.charCodeAt(index)
    if (code >= 128 || plainCharacter[code] === 0 || code === 124) return false
  }
  const lower = line.toLowerCase()
  return !lower.includes('www') && !lower.includes('http')
}

/** Whether `line` (without its line ending) is an empty ordered item with a `.` (see above). */
export function isEmptyOrderedItem(line: string): boolean {
  const length = line.length
  if (length < 2 || length > 10 || line.charCodeAt(length - 1) !== 46) return false
  for (let index = 0; index < length - 1; index++) {
    const code = line.charCodeAt(index)
    if (code < 48 || code > 57) return false
  }
  return true
}

/** The mdast list item of the empty ordered item `text` (its line, without the line ending),
 * which starts at `offset`, on line `line`. */
export function emptyItem(text: string, offset: number, line: number): ListItem {
  const at = (column: number): Point => ({line, column: column + 1, offset: offset + column})
  return {type: 'listItem', spread: false, checked: null, children: [], position: {start: at(0), end: at(text.length)}}
}

/** A kind of item line read before micromark: whether its list is ordered, the codes its line
 * starts with, which lines are of it, and the item a line is built as. */
export interface ItemKind {
  ordered: boolean
  first: number | readonly [number, number]
  isPlain: (line: string) => boolean
  build: (text: string, offset: number, line: number) => ListItem
}

/** Plain items (`- text`) and empty ordered items (`1.`), see above. */
export const plainItems: ItemKind = {ordered: false, first: 45, isPlain: isPlainItem, build: plainItem}
export const emptyOrderedItems: ItemKind = {
  ordered: true,
  first: [48, 57],
  isPlain: isEmptyOrderedItem,
  build: emptyItem
}

/** The text with the middle of each long run of items of `kind` cut out, or undefined when there
 * is none (or the text starts with a byte order mark, which micromark drops). */
export function cutListItems(
  value: string,
  minRun: number = defaultMinRun,
  kind: ItemKind = plainItems
): TableCuts | undefined {
  return cutRuns(value, kind.first, kind.isPlain, minRun)
}

/** The mdast list item micromark and mdast-util-from-markdown make of the plain item `text`
 * (its line, without the line ending), which starts at `offset`, on line `line`, in a list with
 * no blank line around it. */
export function plainItem(text: string, offset: number, line: number): ListItem {
  const at = (column: number): Point => ({line, column: column + 1, offset: offset + column})
  return {
    type: 'listItem',
    spread: false,
    checked: null,
    children: [
      {
        type: 'paragraph',
        children: [{type: 'text', value: text.slice(2), position: {start: at(2), end: at(text.length)}}],
        position: {start: at(2), end: at(text.length)}
      }
    ],
    position: {start: at(0), end: at(text.length)}
  }
}

/** The tree of the whole text from the tree of the reduced one: the cut items put back, every
 * position moved back to the whole text. Undefined when a cut does not hold (see above): then
 * the whole text must be parsed. `tree` is changed in place. */
export function restoreListItems(
  tree: Root,
  value: string,
  {reduced, cuts}: TableCuts,
  kind: ItemKind = plainItems
): Root | undefined {
  const places: Array<{list: List; after: number}> = []
  let child = 0
  for (const cut of cuts) {
    const before = cut.reducedLine - 1
    while (child < tree.children.length && (tree.children[child].position?.end.line ?? 0) < before) child++
    const list = tree.children[child]
    if (!list || list.type !== 'list' || Boolean(list.ordered) !== kind.ordered) return undefined
    const items = list.children
    let after = places.length > 0 && places[places.length - 1].list === list ? places[places.length - 1].after : 0
    while (after < items.length && (items[after].position?.start.line ?? 0) < before) after++
    const item = items[after]
    const next = items[after + 1]
    if (
      !item ||
      !next ||
      !startsLine(item.position, before, cut.reducedOffset) ||
      !startsLine(next.position, cut.reducedLine, cut.reducedOffset) ||
      !builtAs(kind, item, reduced)
    )
      return undefined
    places.push({list, after})
  }

  moveBack(tree, cuts)

  // Put the cut items back, each list rebuilt once.
  const byList = new Map<List, Array<{after: number; items: ListItem[]}>>()
  cuts.forEach((cut, index) => {
    const {list, after} = places[index]
    const items: ListItem[] = []
    let start = cut.originalStart
    for (let line = 0; line < cut.lines; line++) {
      const end = value.indexOf('\n', start)
      items.push(kind.build(value.slice(start, end), start, cut.originalLine + line))
      start = end + 1
    }
    const inserts = byList.get(list) ?? []
    inserts.push({after, items})
    byList.set(list, inserts)
  })
  for (const [list, inserts] of byList) {
    const children: ListItem[] = []
    let next = 0
    list.children.forEach((item, index) => {
      children.push(item)
      while (next < inserts.length && inserts[next].after === index)
        for (const cutItem of inserts[next++].items) children.push(cutItem)
    })
    list.children = children
  }
  return tree
}

/** Whether the parser built `item` (in the reduced text) as `kind` builds its line. */
function builtAs(kind: ItemKind, item: ListItem, reduced: string): boolean {
  const start = item.position?.start
  if (!start || typeof start.offset !== 'number') return false
  let end = reduced.indexOf('\n', start.offset)
  if (end < 0) end = reduced.length
  const text = reduced.slice(start.offset, end)
  return kind.isPlain(text) && JSON.stringify(item) === JSON.stringify(kind.build(text, start.offset, start.line))
}
