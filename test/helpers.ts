/** Shared test helpers: lint text, Markdown or HTML the way users run the preset. */
import fs from 'node:fs'
import {expect} from 'vitest'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {unified, type Processor} from 'unified'
import retextEnglish from 'retext-english'
import retextStringify from 'retext-stringify'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import type {VFileMessage} from 'vfile-message'
import retextEvidence, {type Options} from '../src/index.js'

export type Format = 'text' | 'markdown' | 'html'

/** Bridges end in a compiler; none is needed to lint. */
export function noCompiler(this: Processor): undefined {
  this.compiler = () => ''
}

/** Lint `value` through a plain retext pipeline (text) or the remark/rehype bridges. */
export async function lint(value: string, format: Format = 'text', options?: Options): Promise<VFileMessage[]> {
  const retext = unified().use(retextEnglish).use(retextEvidence, options)
  let processor: Pick<Processor, 'process'>
  if (format === 'markdown')
    processor = unified()
      .use(remarkParse)
      .use(remarkRetext, retext as never)
      .use(noCompiler)
  else if (format === 'html')
    processor = unified()
      .use(rehypeParse)
      .use(rehypeRetext, retext as never)
      .use(noCompiler)
  else processor = retext.use(retextStringify)
  const file = await processor.process(value)
  return file.messages
}

/** Only the messages of one rule. */
export async function lintRule(
  value: string,
  rule: string,
  format: Format = 'text',
  options?: Options
): Promise<VFileMessage[]> {
  return (await lint(value, format, options)).filter((message) => message.ruleId === rule)
}

/** Options that turn unhedged-claim's learned scorer off: the rules alone. */
export const claimRulesAlone = {'unhedged-claim': [1, {scorer: false}]} as never

/** The words (`actual`) of unhedged-claim's findings on a text, with the rules alone (or with default options). */
export async function claimWords(text: string, defaults = false): Promise<Array<string | null | undefined>> {
  return (await lintRule(text, 'unhedged-claim', 'text', defaults ? undefined : claimRulesAlone)).map((m) => m.actual)
}

/** Each text gets no unhedged-claim finding, with the rules alone and with default options. */
export async function expectNoClaim(texts: readonly string[]): Promise<void> {
  for (const text of texts) {
    expect(await claimWords(text), text).toEqual([])
    expect(await claimWords(text, true), `${text} (default options)`).toEqual([])
  }
}

/** A compact view of a message: `actual | expected`. */
export function brief(message: VFileMessage): string {
  return `${message.actual} | ${(message.expected ?? []).join(' / ')}`
}

/** The repository's own Markdown (README.md and every page under docs/), name and text: real
 * prose for tests that compare a shortcut with the code it stands in front of. */
export function repositoryDocuments(): Array<{name: string; value: string}> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  return [
    path.join(root, 'README.md'),
    ...fs
      .readdirSync(path.join(root, 'docs'), {recursive: true})
      .map((name) => path.join(root, 'docs', String(name)))
      .filter((name) => name.endsWith('.md'))
  ].map((file) => ({name: path.relative(root, file), value: fs.readFileSync(file, 'utf8')}))
}

/** Every Markdown file of the repository (README.md, and .md, .markdown and .mdx files under
 * docs/, bench/ and test/fixtures/): real Markdown for tests that compare a cut parse with a
 * whole one. */
export function repositoryMarkdownFiles(): string[] {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const files: string[] = []
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, {withFileTypes: true})) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(?:md|markdown|mdx)$/.test(entry.name)) files.push(full)
    }
  }
  for (const folder of ['docs', 'bench', path.join('test', 'fixtures')]) walk(path.join(root, folder))
  files.push(path.join(root, 'README.md'))
  return files
}
