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

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze()

/** Options for `mdast-util-to-nlcst`: what is left out, and what is a source. */
export const toNlcstOptions = {
  ignore: ['delete', 'yaml', 'toml', 'code', 'html'],
  source: ['inlineCode', 'footnoteReference']
}

/** Parse Markdown to mdast (with positions), GFM and front matter understood. */
export function parseMarkdown(file: VFile): MdastRoot {
  return markdownParser.parse(file)
}

/** Turn an mdast tree into nlcst with the English parser. `file.value` must be the Markdown the
 * tree came from. A large document is converted in runs of top-level blocks (see
 * `convertInRuns`); below `chunkThreshold` characters (default 256 KiB) it is converted whole,
 * exactly as remark-retext would with an English parser. */
export function markdownToNlcst(
  tree: MdastRoot,
  file: VFile,
  makeParser: () => ParseEnglish,
  mdx: boolean,
  chunkThreshold: number = 256 * 1024
): NlcstRoot {
  const prose: MdastRoot = mdx ? {...tree, children: tree.children.filter((node) => !isMdxSyntax(node))} : tree
  const value = String(file.value)
  const root =
    value.length <= chunkThreshold || prose.children.length < 2
      ? toNlcst(prose, file, makeParser(), toNlcstOptions)
      : convertInRuns(prose, value, makeParser)
  const cells = tableCells(tree, file, makeParser)
  return cells.length > 0 ? insertByOffset(root, cells) : root
}

/**
 * mdast-util-to-nlcst treats the whole document as one sentence before splitting it, so its
 * cost grows with the square of the document's length. Converting runs of top-level blocks
 * (about 64 KiB each) against their own slice of the text, then moving positions back and
 * joining the runs with the line-ending white space the converter puts between blocks, gives
 * the same tree in linear time.
 */
function convertInRuns(tree: MdastRoot, value: string, makeParser: () => ParseEnglish, size = 64 * 1024): NlcstRoot {
  const place = location(value)
  const parser = makeParser()
  const children: NlcstContent[] = []
  const blocks = tree.children.filter((node) => node.position && typeof node.position.start.offset === 'number')
  let index = 0
  let previousEnd: {line: number; offset: number} | undefined
  while (index < blocks.length) {
    const first = blocks[index]
    const start = first.position!.start
    let last = index
    while (last + 1 < blocks.length && (blocks[last + 1].position!.end.offset as number) - (start.offset as number) <= size) last++
    const group = blocks.slice(index, last + 1)
    const end = group[group.length - 1].position!.end
    if (previousEnd && start.line !== previousEnd.line) {
      const lineEnding: NlcstContent = {type: 'WhiteSpaceNode', value: '\n'.repeat(start.line - previousEnd.line)}
      const from = place.toPoint(previousEnd.offset)
      const to = place.toPoint(previousEnd.offset + lineEnding.value.length)
      if (from && to) lineEnding.position = {start: from, end: to}
      if (lineEnding.value.length < 2) lineEnding.value = '\n\n'
      children.push(lineEnding)
    }
    const offset = start.offset as number
    const slice = new VFile(value.slice(offset, end.offset))
    const local: MdastRoot = {
      type: 'root',
      children: group.map((node) => shiftNode(node, offset, start.line, start.column) as MdastContent)
    }
    local.position = {start: local.children[0].position!.start, end: local.children[local.children.length - 1].position!.end}
    const converted = toNlcst(local, slice, parser, toNlcstOptions)
    shiftPositions(converted, offset, place)
    children.push(...converted.children)
    previousEnd = {line: end.line, offset: end.offset as number}
    index = last + 1
  }
  const root: NlcstRoot = {type: 'RootNode', children}
  const first = children[0]?.position
  const lastPosition = children[children.length - 1]?.position
  if (first && lastPosition) root.position = {start: first.start, end: lastPosition.end}
  return root
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
        const paragraph = {type: 'paragraph' as const, children: local.children, position: local.position}
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
  const point = (p: {line: number; column: number; offset?: number}) => ({
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
