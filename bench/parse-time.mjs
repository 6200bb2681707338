#!/usr/bin/env node
// The bare parse alone, in CPU time: remark-parse + remark-retext(retext-english) on the bench's 1 MiB Markdown, as
// a user builds it ("stock"), against the same pipeline with this package's patch of parse-latin (issue 14j,
// `src/processor/parse-latin-patch.ts`), the two in turn in one process; also the conversion to nlcst alone
// (mdast-util-to-nlcst over the mdast tree, made once). The trees of the two are compared once, positions included.
//
// usage: node bench/parse-time.mjs [--rounds N] [--micromark]
//   --rounds N    rounds of each variant after a warm-up (11)
//   --micromark   also load micromark's patches (`src/processor/micromark-patch.ts`, which the preset loads): "stock"
//                 then runs with both switched off, "patched" with both on, and a third variant with micromark's only
// Needs ../shared/corpus (skips without it) and a current dist/ (npm run build).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {benchMarkdown, corpusDirOf, ensureGc, noCompiler, option} from './markdown-input.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')

ensureGc(import.meta.url)

const rounds = Number(option('--rounds', 11))
const corpusDir = corpusDirOf(root)
if (!fs.existsSync(corpusDir)) {
  console.log(`parse-time: skipped: ${corpusDir} is absent. Nothing was measured.`)
  process.exit(0)
}

const dist = (file) => import(pathToFileURL(path.join(root, 'dist', file)).href)
const latin = await dist('src/processor/parse-latin-patch.js')
const micromark = process.argv.includes('--micromark') ? await dist('src/processor/micromark-patch.js') : undefined
if (micromark) await micromark.patchMicromark()
const {unified} = await import('unified')
const {default: remarkParse} = await import('remark-parse')
const {default: remarkRetext} = await import('remark-retext')
const {default: retextEnglish} = await import('retext-english')
const {toNlcst} = await import('mdast-util-to-nlcst')
const {ParseLatin} = await import('parse-latin')
const {VFile} = await import('vfile')

// The bench's input: whole Markdown articles of the corpus, in order, up to 1 MiB, cut at a line end.
const value = benchMarkdown(corpusDir)

let tree
const keep = () => (node) => {
  tree = node
}
const parse = async () => {
  await unified()
    .use(remarkParse)
    .use(remarkRetext, unified().use(retextEnglish).use(keep))
    .use(noCompiler)
    .process(new VFile({path: 'bench.md', value}))
  return tree
}
const mdast = unified().use(remarkParse).parse(value)
const convert = () => toNlcst(mdast, new VFile({path: 'bench.md', value}), new ParseLatin())

const stock = (fn) => () => latin.unpatched(() => (micromark ? micromark.unpatched(fn) : fn()))
const variants = {stock: stock(parse), patched: parse}
if (micromark) variants['micromark only'] = () => latin.unpatched(parse)
const conversions = {stock: () => latin.unpatched(convert), patched: convert}

const same = JSON.stringify(await variants.stock()) === JSON.stringify(await variants.patched())
console.log(`the same nlcst tree, positions included: ${same ? 'yes' : 'NO'}`)
if (!same) process.exitCode = 1

const cpu = async (fn) => {
  globalThis.gc()
  const start = process.cpuUsage()
  await fn()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}
for (const fn of [...Object.values(variants), ...Object.values(conversions)]) await fn()
const times = Object.fromEntries(
  [...Object.keys(variants), ...Object.keys(conversions).map((k) => `to nlcst, ${k}`)].map((k) => [k, []])
)
const loadBefore = os.loadavg()[0]
for (let round = 0; round < rounds; round++) {
  // The order alternates by round: the variant run first loses a few per cent.
  const order = Object.entries(variants)
  if (round % 2) order.reverse()
  for (const [key, fn] of order) times[key].push(await cpu(fn))
  const conversionOrder = Object.entries(conversions)
  if (round % 2) conversionOrder.reverse()
  for (const [key, fn] of conversionOrder) times[`to nlcst, ${key}`].push(await cpu(fn))
}
const loadAfter = os.loadavg()[0]
const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1]
console.log(
  `load average (1 min) ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}; CPU ms, medians of ${rounds} rounds:`
)
for (const [key, list] of Object.entries(times))
  console.log(
    `  ${key.padEnd(18)} ${median(list).toFixed(0).padStart(6)}  (${list.map((ms) => ms.toFixed(0)).join(', ')})`
  )
console.log(
  `  patched / stock: ${(median(times.patched) / median(times.stock)).toFixed(3)} (whole parse), ` +
    `${(median(times['to nlcst, patched']) / median(times['to nlcst, stock'])).toFixed(3)} (to nlcst)`
)
