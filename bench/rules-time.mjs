#!/usr/bin/env node
// The rules alone, in CPU time: the preset run on the nlcst tree of the bench's 1 MiB Markdown (the bare parse done
// once), against the bare parse's own CPU time in the same rounds (stock, and with the patches of micromark and
// parse-latin that the preset loads: "patched"; before issue 14q the preset loaded parse-latin's only, and "patched"
// meant that). CPU time (user + system of this process, the
// garbage collector included) is steadier than elapsed time on a machine other work shares; rounds run in turn.
//
// usage: node bench/rules-time.mjs [--rounds N] [--base DIR] [--profile]
//   --base DIR   also time the preset built in DIR (another checkout's root, with its dist/), in turn with this one
//   --profile    profile this checkout's rounds (node:inspector) and print the shares of their time: where the code
//                lives (this package, node_modules, the collector) and this package's functions, inclusive and self
//   --top N      how many functions the profile lists (30)
// Needs ../shared/corpus (skips without it) and a current dist/ (npm run build).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {benchMarkdown, corpusDirOf, ensureGc, noCompiler, option} from './markdown-input.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')
// Where this package's code lives, as the profiler names it.
const ours = pathToFileURL(path.join(root, 'dist')).href + '/'

ensureGc(import.meta.url)

const rounds = Number(option('--rounds', 5))
const top = Number(option('--top', 30))
const baseDir = option('--base', undefined)
const corpusDir = corpusDirOf(root)
if (!fs.existsSync(corpusDir)) {
  console.log(`rules-time: skipped: ${corpusDir} is absent. Nothing was measured.`)
  process.exit(0)
}

const {unified} = await import('unified')
const {default: remarkParse} = await import('remark-parse')
const {default: remarkRetext} = await import('remark-retext')
const {default: retextEnglish} = await import('retext-english')
const {VFile} = await import('vfile')
const presetOf = async (dir) => (await import(pathToFileURL(path.join(dir, 'dist', 'src', 'index.js')).href)).default

// The bench's input: whole Markdown articles of the corpus, in order, up to 1 MiB, cut at a line end.
const value = benchMarkdown(corpusDir)

let tree
const keep = () => (node) => {
  tree = node
}
const bare = () =>
  unified()
    .use(remarkParse)
    .use(remarkRetext, unified().use(retextEnglish).use(keep))
    .use(noCompiler)
    .process(new VFile({path: 'bench.md', value}))
// The preset loads this package's patches of parse-latin (issue 14j) and micromark (issue 14q): "bare" is the stock
// parse a user builds (both patches off), "bare, patched" the parse the preset runs (both on). The tree the rules
// read is the same either way.
const patchModule = async (name) =>
  await import(pathToFileURL(path.join(root, 'dist', 'src', 'processor', `${name}-patch.js`)).href)
const latin = await patchModule('parse-latin')
const micromark = await patchModule('micromark')
const stockBare = () => micromark.unpatched(() => latin.unpatched(bare))
await stockBare()

const variants = {
  this: unified()
    .use(retextEnglish)
    .use(await presetOf(root))
}
if (baseDir)
  variants.base = unified()
    .use(retextEnglish)
    .use(await presetOf(path.resolve(baseDir)))
const rules = async (processor) => {
  const file = new VFile({path: 'bench.md', value})
  await processor.run(tree, file)
  return file.messages.length
}
const cpu = async (fn) => {
  globalThis.gc()
  const start = process.cpuUsage()
  const result = await fn()
  const used = process.cpuUsage(start)
  return {ms: (used.user + used.system) / 1000, result}
}

// Warm up twice, then the rounds, the variants and the bare parse in turn.
for (let warm = 0; warm < 2; warm++) for (const processor of Object.values(variants)) await rules(processor)
const times = {bare: [], 'bare, patched': [], ...Object.fromEntries(Object.keys(variants).map((key) => [key, []]))}
const loadBefore = os.loadavg()[0]
for (let round = 0; round < rounds; round++) {
  for (const [key, processor] of Object.entries(variants)) {
    const {ms, result} = await cpu(() => rules(processor))
    times[key].push(ms)
    if (round === 0) console.log(`${key}: ${result} messages`)
  }
  // The two bare parses in turn, the order alternating by round (the one run first after the rules loses).
  if (round % 2) times['bare, patched'].push((await cpu(bare)).ms)
  times.bare.push((await cpu(stockBare)).ms)
  if (round % 2 === 0) times['bare, patched'].push((await cpu(bare)).ms)
}
const loadAfter = os.loadavg()[0]

// Profiled rounds apart: the profiler slows what it samples.
const profiles = []
if (process.argv.includes('--profile')) {
  const {Session} = await import('node:inspector/promises')
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', {interval: 200})
  for (let round = 0; round < rounds; round++) {
    globalThis.gc()
    await session.post('Profiler.start')
    await rules(variants.this)
    profiles.push((await session.post('Profiler.stop')).profile)
  }
  session.disconnect()
}

const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1]
const list = (values) => values.map((ms) => ms.toFixed(0)).join(', ')
console.log(`load average (1 min) ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}; CPU ms per round:`)
for (const [key, values] of Object.entries(times))
  console.log(`  ${key.padEnd(13)} median ${median(values).toFixed(0).padStart(5)}  (${list(values)})`)
for (const key of Object.keys(variants))
  console.log(
    `  rules of ${key} / bare parse: ${(median(times[key]) / median(times.bare)).toFixed(3)} (stock), ` +
      `${(median(times[key]) / median(times['bare, patched'])).toFixed(3)} (patched)`
  )
if (baseDir) console.log(`  this / base: ${(median(times.this) / median(times.base)).toFixed(3)}`)
if (profiles.length > 0) shares(profiles)

/** Shares of the profiled rounds' samples: by where the code lives (self time) and, for this package's functions,
 * inclusive of what they call. */
function shares(all) {
  const self = new Map()
  const inclusive = new Map()
  const ownSelf = new Map()
  let total = 0
  const add = (map, key) => map.set(key, (map.get(key) ?? 0) + 1)
  for (const profile of all) {
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
    const parents = new Map()
    for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)
    for (const id of profile.samples) {
      total++
      const frame = nodes.get(id).callFrame
      const where = frame.url.startsWith(ours)
        ? 'this package'
        : frame.url.includes('/node_modules/')
          ? 'node_modules'
          : ''
      add(self, frame.functionName === '(garbage collector)' ? 'garbage collector' : where || 'other')
      if (where === 'this package')
        add(
          ownSelf,
          `${frame.functionName || '(anonymous)'} dist/${frame.url.slice(ours.length)}:${frame.lineNumber + 1}`
        )
      const seen = new Set()
      for (let at = id; at !== undefined; at = parents.get(at)) {
        const {functionName, url, lineNumber} = nodes.get(at).callFrame
        if (!url.startsWith(ours)) continue
        const key = `${functionName || '(anonymous)'} dist/${url.slice(ours.length)}:${lineNumber + 1}`
        if (seen.has(key)) continue
        seen.add(key)
        add(inclusive, key)
      }
    }
  }
  const share = (count) => `${((100 * count) / total).toFixed(1).padStart(5)} %`
  console.log('self time by where the code lives:')
  for (const [key, count] of [...self].sort((a, b) => b[1] - a[1])) console.log(`  ${share(count)} ${key}`)
  console.log("this package's functions, inclusive:")
  for (const [key, count] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${share(count)} ${key}`)
  console.log("this package's functions, self:")
  for (const [key, count] of [...ownSelf].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${share(count)} ${key}`)
}
