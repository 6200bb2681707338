/**
 * Markdown (and MDX): remark-parse with GFM (tables, footnotes, autolinks, strikethrough) and
 * front matter (YAML and TOML), then mdast-util-to-nlcst with the English parser.
 *
 * - front matter, code blocks and HTML are not prose and leave no trace in the nlcst tree;
 * - inline code and footnote references become `SourceNode`s (a footnote marker stays a
 *   source of the sentence it ends);
 * - struck-through text (`~~...~~`) is left out, as HTML's `<del>` is;
 * - table cells, which mdast-util-to-nlcst always skips, are converted one by one: each cell
 *   becomes its own paragraph, in document order;
 * - in `.mdx`, ESM lines (`import`, `export`) and expression paragraphs (`{...}`, including
 *   `{/* comments *\/}`) are left out.
 *
 * Every nlcst position points into the original text, so a rule that reads `file.value` under a
 * sentence's offsets sees the link syntax, the footnote marker or the table row around it.
 */
import type {Root as MdastRoot, RootContent as MdastContent, Table, TableCell, Nodes as MdastNodes} from 'mdast'
import type {Paragraph, Root as NlcstRoot, RootContent as NlcstContent} from 'nlcst'
import type {Point} from 'unist'
import type {ParseEnglish} from 'parse-english'
import {toNlcst} from 'mdast-util-to-nlcst'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {shiftPositions} from './positions.js'
import {flattenHugeInline, maxPieceLength, splitLongTexts} from './huge.js'
// Loading it patches micromark (see `./micromark-patch.js`) before any parse.
import {patchFootnotes} from './micromark-patch.js'
import {cutTableRows, restoreTableRows} from './table-rows.js'
import {cutListItems, emptyOrderedItems, plainItems, restoreListItems} from './list-items.js'
import {cutLabelRuns, restoreLabelRuns} from './label-runs.js'
import {realignPositions, textRuns} from '../text/realign.js'

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze()
// GFM footnotes' list of definitions, made linear to search (see `./micromark-patch.js`).
patchFootnotes(markdownParser.data('micromarkExtensions'))

/** Options for `mdast-util-to-nlcst`: what is left out, and what is a source. */
export const toNlcstOptions = {
  ignore: ['delete', 'yaml', 'toml', 'code', 'html'],
  source: ['inlineCode', 'footnoteReference']
}

/** Parse Markdown to mdast (with positions), GFM and front matter understood. Long runs of
 * plain table rows, of plain list items and of bracketed numbers are not given to micromark but
 * built alongside its parse (see `./table-rows.js`, `./list-items.js` and `./label-runs.js`): the
 * same tree. `minTableRun`, `minListRun` and `minLabelRun` are the shortest runs so read. */
export function parseMarkdown(file: VFile, minTableRun?: number, minListRun?: number, minLabelRun?: number): MdastRoot {
  const value = String(file.value)
  const cuts = cutTableRows(value, minTableRun)
  if (cuts) {
    const tree = restoreTableRows(withoutListRuns(file, cuts.reduced, minListRun, minLabelRun), value, cuts)
    if (tree) return tree
  }
  return withoutListRuns(file, value, minListRun, minLabelRun)
}

/** The kinds of list items read before micromark, in turn (see `./list-items.js`). */
const itemKinds = [plainItems, emptyOrderedItems]

/** The mdast tree of `value` (the file's text, or that text with table rows cut), long runs of
 * plain list items, then of empty ordered items (from `itemKinds[kind]` on), built alongside
 * micromark's parse. */
function withoutListRuns(
  file: VFile,
  value: string,
  minListRun: number | undefined,
  minLabelRun: number | undefined,
  kind = 0
): MdastRoot {
  if (kind === itemKinds.length) return withoutLabelRuns(file, value, minLabelRun)
  const cuts = cutListItems(value, minListRun, itemKinds[kind])
  if (cuts) {
    const reduced = withoutListRuns(file, cuts.reduced, minListRun, minLabelRun, kind + 1)
    const tree = restoreListItems(reduced, value, cuts, itemKinds[kind])
    if (tree) return tree
  }
  return withoutListRuns(file, value, minListRun, minLabelRun, kind + 1)
}

/** The mdast tree of `value` (the file's text, or that text with rows or items cut), long runs of
 * bracketed numbers (`[1][2]...`) cut before micromark and put back (see `./label-runs.js`). */
function withoutLabelRuns(file: VFile, value: string, minUnits?: number): MdastRoot {
  const parse = (text: string) =>
    text === String(file.value)
      ? markdownParser.parse(file)
      : markdownParser.parse(new VFile({path: file.path, value: text}))
  const cuts = cutLabelRuns(value, minUnits)
  if (cuts) {
    const tree = restoreLabelRuns(parse(cuts.reduced), value, cuts)
    if (tree) return tree
  }
  return parse(value)
}

/** Turn an mdast tree into nlcst with the English parser. `file.value` must be the Markdown the
 * tree came from. A large document is converted in runs of blocks of at most `runSize`
 * characters (default 64 KiB; see `convertInRuns`); below `chunkThreshold` characters (default
 * 256 KiB), when no top-level block is larger than a run, it is converted whole, exactly as
 * remark-retext would with an English parser. */
export function markdownToNlcst(
  tree: MdastRoot,
  file: VFile,
  makeParser: () => ParseEnglish,
  mdx: boolean,
  chunkThreshold: number = 256 * 1024,
  runSize: number = defaultRunSize
): NlcstRoot {
  const prose: MdastRoot = mdx ? {...tree, children: tree.children.filter((node) => !isMdxSyntax(node))} : tree
  const value = String(file.value)
  // Whole, as remark-retext would, unless the text is long or a block is too large to convert
  // in one piece (see `convertInRuns`).
  const root =
    value.length <= chunkThreshold && prose.children.every((node) => spanOf(node) <= runSize)
      ? toNlcst(prose, file, makeParser(), toNlcstOptions)
      : convertInRuns(prose, value, makeParser, runSize)
  const cells = tableCells(tree, file, makeParser)
  const result = cells.length > 0 ? insertByOffset(root, cells) : root
  // Words after a character reference (`&amp;`) or an escape (`\*`) in a text node are placed
  // on the source.
  realignPositions(result, textRuns(prose, value), value, 'markdown')
  return result
}

/** The largest run of blocks converted in one piece, in characters. */
const defaultRunSize = 64 * 1024

/** Block nodes whose children are blocks: the converter reads them as their children's tokens,
 * with a line ending between children on different lines. */
const blockContainers: ReadonlySet<string> = new Set(['list', 'listItem', 'blockquote', 'footnoteDefinition'])

/**
 * mdast-util-to-nlcst treats the whole document as one sentence before splitting it, so its
 * cost grows with the square of the document's length; and it gathers a node's tokens as
 * arguments of one call, which overflows the stack past about 100,000 tokens. So a large
 * document is converted in runs of sibling blocks (about 64 KiB each), each against its own
 * slice of the text, positions moved back, the runs joined with the line-ending white space the
 * converter puts between blocks on different lines: the same tree in linear time. A block
 * container larger than a run (a list of 25,000 items) is opened and its children converted the
 * same way, with the line endings the converter would put at that level; a larger leaf (one
 * huge paragraph) is converted on its own, its long text nodes cut and huge inline containers
 * opened (`./huge.js`) so that no node holds too many tokens.
 */
function convertInRuns(tree: MdastRoot, value: string, makeParser: () => ParseEnglish, size: number): NlcstRoot {
  const place = location(value)
  const parser = makeParser()
  const children: NlcstContent[] = []
  const ignored = new Set(toNlcstOptions.ignore)

  const lineEnding = (end: Point, start: Point): void => {
    if (start.line === end.line) return
    const node: NlcstContent = {type: 'WhiteSpaceNode', value: '\n'.repeat(start.line - end.line)}
    const from = place.toPoint(end.offset as number)
    const to = place.toPoint((end.offset as number) + node.value.length)
    if (from && to) node.position = {start: from, end: to}
    if (node.value.length < 2) node.value = '\n\n'
    children.push(node)
  }

  // Convert `nodes` (siblings, or one node on its own) against their slice of the text.
  const convert = (nodes: MdastContent[], alone: boolean): void => {
    const start = nodes[0].position!.start
    const end = nodes[nodes.length - 1].position!.end
    const offset = start.offset as number
    const text = value.slice(offset, end.offset)
    const slice = new VFile(text)
    const shifted = nodes.map((node) => shiftNode(node, offset, start.line, start.column) as MdastContent)
    let local: MdastRoot | MdastContent
    if (alone) {
      local = flattenHugeInline(
        splitLongTexts(shifted[0], location(text), (piece) => parser.tokenize(piece), Math.min(maxPieceLength, size)),
        size / 2
      )
    } else {
      local = {type: 'root', children: shifted}
      local.position = {start: shifted[0].position!.start, end: shifted[shifted.length - 1].position!.end}
    }
    const converted = toNlcst(local, slice, parser, toNlcstOptions)
    shiftPositions(converted, offset, place)
    for (const child of converted.children) children.push(child)
  }

  // The children of one parent, as mdast-util-to-nlcst's `all` reads them.
  const level = (nodes: MdastContent[]): void => {
    let previousEnd: Point | undefined
    let index = 0
    while (index < nodes.length) {
      const node = nodes[index]
      if (!hasOffsets(node)) {
        index++
        continue
      }
      if (previousEnd) lineEnding(previousEnd, node.position!.start)
      if (spanOf(node) > size) {
        if (ignored.has(node.type)) {
          // Left out whole.
        } else if (blockContainers.has(node.type) && 'children' in node) level(node.children as MdastContent[])
        else convert([node], true)
        previousEnd = node.position!.end
        index++
        continue
      }
      const last = runEnd(nodes, index, size)
      convert(nodes.slice(index, last + 1), false)
      previousEnd = nodes[last].position!.end
      index = last + 1
    }
  }

  level(tree.children)
  const root: NlcstRoot = {type: 'RootNode', children}
  const first = children[0]?.position
  const lastPosition = children[children.length - 1]?.position
  if (first && lastPosition) root.position = {start: first.start, end: lastPosition.end}
  return root
}

/** The most blocks converted in one piece. The English parser's plugins remove each empty node of a piece with a
 * splice (parse-latin's `removeEmptyNodes`), so a piece of thousands of empty blocks costs the square of their number
 * (256 KB of empty ordered items `1.`: 87,000 empty paragraphs, a quarter of the time in 64 KiB pieces). Any
 * boundary between sibling blocks gives the same tree (see `convertInRuns`). */
const defaultRunNodes = 512

/** The index of the last of the siblings from `nodes[index]` on converted in one piece: as many as fit in `size`
 * characters, at most `defaultRunNodes`. */
function runEnd(nodes: MdastContent[], index: number, size: number): number {
  const start = nodes[index].position!.start.offset as number
  const most = Math.min(nodes.length, index + defaultRunNodes) - 1
  let last = index
  while (last < most && hasOffsets(nodes[last + 1]) && (nodes[last + 1].position!.end.offset as number) - start <= size)
    last++
  return last
}

function hasOffsets(node: MdastNodes): boolean {
  return typeof node.position?.start.offset === 'number' && typeof node.position?.end.offset === 'number'
}

function spanOf(node: MdastNodes): number {
  return hasOffsets(node) ? (node.position!.end.offset as number) - (node.position!.start.offset as number) : 0
}

/** Whether a top-level node is MDX syntax rather than prose: ESM, or an expression paragraph. */
export function isMdxSyntax(node: MdastContent): boolean {
  if (node.type !== 'paragraph') return false
  const text = textOf(node).trim()
  return /^(?:import|export)\s/.test(text) || (text.startsWith('{') && text.endsWith('}'))
}

function textOf(node: MdastNodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  return 'children' in node ? (node.children as MdastNodes[]).map(textOf).join('') : ''
}

/** Each table cell as its own nlcst paragraph, positions in the original text. */
function tableCells(tree: MdastRoot, file: VFile, makeParser: () => ParseEnglish): Paragraph[] {
  const tables: Table[] = []
  visit(tree, 'table', (node) => {
    tables.push(node)
  })
  if (tables.length === 0) return []

  const value = String(file.value)
  const place = location(value)
  const parser = makeParser()
  const result: Paragraph[] = []
  for (const table of tables) {
    for (const row of table.children) {
      for (const cell of row.children) {
        const start = cell.position?.start
        const end = cell.position?.end
        if (!start || !end || typeof start.offset !== 'number' || typeof end.offset !== 'number') continue
        // Convert the cell against its own slice of the text (cheap to index), then move the
        // positions back into the document.
        const slice = new VFile(value.slice(start.offset, end.offset))
        const local = shiftNode(cell, start.offset, start.line, start.column) as TableCell
        // A huge cell is cut as a huge paragraph is (see `convertInRuns`).
        const cut = flattenHugeInline(
          splitLongTexts(local, location(slice), (piece) => parser.tokenize(piece)),
          defaultRunSize / 2
        )
        const paragraph = {type: 'paragraph' as const, children: cut.children, position: cut.position}
        const converted = toNlcst(paragraph, slice, parser, toNlcstOptions)
        shiftPositions(converted, start.offset, place)
        for (const child of converted.children) if (child.type === 'ParagraphNode') result.push(child)
      }
    }
  }
  return result
}

/** A copy of a node whose positions are relative to a slice of the text that starts at
 * `offset` (line `line`, column `column`): lines count from 1 and columns on the first line
 * from the slice's start. */
function shiftNode(node: MdastNodes, offset: number, line: number, column: number): MdastNodes {
  const point = (p: {line: number; column: number; offset?: number | undefined}) => ({
    line: p.line - line + 1,
    column: p.line === line ? p.column - column + 1 : p.column,
    offset: (p.offset ?? offset) - offset
  })
  const copy = (current: MdastNodes): MdastNodes => {
    const result = {...current} as MdastNodes
    if (current.position) result.position = {start: point(current.position.start), end: point(current.position.end)}
    if ('children' in current) (result as {children: MdastNodes[]}).children = current.children.map(copy)
    return result
  }
  return copy(node)
}

/** Insert paragraphs into the root's children, keeping document order by start offset. */
function insertByOffset(root: NlcstRoot, paragraphs: Paragraph[]): NlcstRoot {
  const startOf = (node: NlcstContent): number => node.position?.start.offset ?? 0
  const children: NlcstContent[] = []
  let index = 0
  for (const child of root.children) {
    while (index < paragraphs.length && startOf(paragraphs[index]) < startOf(child)) children.push(paragraphs[index++])
    children.push(child)
  }
  while (index < paragraphs.length) children.push(paragraphs[index++])
  const first = children[0]?.position
  const last = children[children.length - 1]?.position
  const result: NlcstRoot = {...root, children}
  if (first && last) result.position = {start: first.start, end: last.end}
  return result
}
