/**
 * Which parser a file goes through, by its extension.
 */
import path from 'node:path'

/** The source formats the processor understands. */
export type Format = 'markdown' | 'html' | 'text'

const markdown = new Set(['.md', '.markdown', '.mdx'])
const html = new Set(['.html', '.htm'])

/** Extensions the CLI looks for in folders (without dots), Markdown first. */
export const defaultExtensions: readonly string[] = ['md', 'markdown', 'mdx', 'html', 'htm', 'txt']

/**
 * The format of a file from its path: `.md`, `.markdown`, `.mdx` are Markdown; `.html`,
 * `.htm` are HTML; anything else (and no path at all, such as standard input) is text.
 */
export function formatOf(filePath: string | undefined | null): Format {
  if (!filePath) return 'text'
  const extension = path.extname(filePath).toLowerCase()
  if (markdown.has(extension)) return 'markdown'
  if (html.has(extension)) return 'html'
  return 'text'
}

/** Whether a path is MDX (Markdown with JSX, ESM and `{/* comments *\/}`). */
export function isMdx(filePath: string | undefined | null): boolean {
  return Boolean(filePath) && path.extname(filePath as string).toLowerCase() === '.mdx'
}
