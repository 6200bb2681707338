#!/usr/bin/env node
// Every message of the rules on the texts a speed change must not move, as JSON on stdout: the corpus's articles
// through `lint()` (the processor) as their own format and as text, and through the preset in a user's pipeline
// (remark-retext, rehype-retext, retext-english); the eval's documents the same ways; the bench's 1 MiB Markdown
// through the preset; every line of bench/own-text/ as `bench/own-text.mjs` lints it. Compare two dumps byte for byte.
//
// usage: npm run build && node bench/findings-dump.mjs > before.json
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {benchMarkdown, corpusDirOf, noCompiler} from './markdown-input.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')
const {lint} = await import('../dist/src/lint.js')
const {default: preset} = await import('../dist/src/index.js')
const {unified} = await import('unified')
const {default: remarkParse} = await import('remark-parse')
const {default: remarkRetext} = await import('remark-retext')
const {default: rehypeParse} = await import('rehype-parse')
const {default: rehypeRetext} = await import('rehype-retext')
const {default: retextEnglish} = await import('retext-english')
const {default: retextStringify} = await import('retext-stringify')
const {VFile} = await import('vfile')

const fields = (m) => {
  const place = m.place && 'start' in m.place ? m.place : {start: m.place ?? m, end: m.place ?? m}
  return [
    m.ruleId,
    m.line ?? place.start?.line,
    m.column ?? place.start?.column,
    m.offset ?? place.start?.offset,
    m.endLine ?? place.end?.line,
    m.endColumn ?? place.end?.column,
    m.endOffset ?? place.end?.offset,
    m.reason,
    m.actual,
    m.expected,
    m.note ?? null,
    m.severity ?? m.fatal ?? null
  ]
}
const viaLint = async (content, format) => (await lint({content, format})).messages.map(fields)
const viaPreset = async (value, format) => {
  const retext = unified().use(retextEnglish).use(preset)
  const processor =
    format === 'markdown'
      ? unified().use(remarkParse).use(remarkRetext, retext).use(noCompiler)
      : format === 'html'
        ? unified().use(rehypeParse).use(rehypeRetext, retext).use(noCompiler)
        : retext.use(retextStringify)
  return (await processor.process(new VFile({path: 'doc', value}))).messages.map(fields)
}
const formatOf = (name) => (name.endsWith('.md') ? 'markdown' : name.endsWith('.html') ? 'html' : 'text')

const out = {}
const corpusDir = corpusDirOf(root)
const evalDocs = path.join(corpusDir, '..', 'eval', 'docs')
for (const dir of [corpusDir, evalDocs]) {
  for (const name of fs.readdirSync(dir).sort()) {
    const text = fs.readFileSync(path.join(dir, name), 'utf8')
    const format = formatOf(name)
    out[`${name} lint ${format}`] = await viaLint(text, format)
    out[`${name} preset ${format}`] = await viaPreset(text, format)
    if (format !== 'text') {
      out[`${name} lint text`] = await viaLint(text, 'text')
      out[`${name} preset text`] = await viaPreset(text, 'text')
    }
  }
}
out['bench 1 MiB preset markdown'] = await viaPreset(benchMarkdown(corpusDir), 'markdown')
const own = path.join(here, 'own-text')
for (const name of fs.readdirSync(own).sort()) {
  const text = fs.readFileSync(path.join(own, name), 'utf8')
  if (name.endsWith('.md.txt')) {
    const rows = text.split('\n').filter((l) => /^[CN]( |$)/.test(l))
    out[`own ${name}`] = await viaLint(rows.map((l) => l.slice(2)).join('\n'), 'markdown')
    continue
  }
  out[`own ${name}`] = []
  for (const line of text.split('\n').filter(Boolean)) {
    const cut = line.lastIndexOf(' | ')
    out[`own ${name}`].push(await viaLint(cut >= 0 ? line.slice(0, cut) : line, 'text'))
  }
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n')
console.error(`findings-dump: ${Object.keys(out).length} entries`)
