#!/usr/bin/env node
// With `resolve` off, does mismatched-attribution cost what it did before linked records?
// Lints the ../shared/corpus articles (Markdown and HTML, each a file of its own) with the
// package's processor built from this checkout and from another build (`--base DIR`, a built
// checkout of the commit before), the two in turn (A B, A B, ...) after a warm-up, and prints
// the median CPU time of each and their ratio. Only mismatched-attribution runs (the other rules
// off), and then the whole preset.
//
// usage: node bench/resolve-off.mjs --base /path/to/built/base [--ours DIR] [--runs N]
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')
const {values} = parseArgs({
  options: {base: {type: 'string'}, ours: {type: 'string'}, runs: {type: 'string', default: '7'}}
})
if (!values.base) {
  console.error('usage: node bench/resolve-off.mjs --base DIR [--runs N]')
  process.exit(1)
}
const corpus = path.resolve(root, '..', 'shared', 'corpus')
const files = fs
  .readdirSync(corpus)
  .filter((f) => /\.(md|html)$/.test(f))
  .map((f) => ({path: f, value: fs.readFileSync(path.join(corpus, f), 'utf8')}))
const {VFile} = await import(pathToFileURL(path.join(root, 'node_modules', 'vfile', 'index.js')).href)
// `--ours DIR` compares another build instead of this one (`--ours B --base B`: the noise floor).
const ours = await import(
  pathToFileURL(path.join(values.ours ? path.resolve(values.ours) : root, 'dist', 'src', 'processor.js')).href +
    (values.ours ? '?ours' : '')
)
const theirs = await import(pathToFileURL(path.join(path.resolve(values.base), 'dist', 'src', 'processor.js')).href)

async function time(createProcessor, options) {
  const processor = createProcessor(options)
  // CPU time of this process (user + system): the machine is shared, wall time is not comparable.
  const start = process.cpuUsage()
  let messages = 0
  for (const f of files) {
    const file = new VFile({path: f.path, value: f.value})
    await processor.process(file)
    messages += file.messages.length
  }
  const used = process.cpuUsage(start)
  return {ms: (used.user + used.system) / 1000, messages}
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
const runs = Number(values.runs)
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.value), 0)
console.log(`${files.length} files, ${(bytes / 1024).toFixed(0)} KiB; ${runs} runs each after a warm-up, in turn`)
for (const [label, options] of [
  ['mismatched-attribution only', {'unhedged-claim': false, 'unsourced-statistic': false}],
  ['whole preset', undefined]
]) {
  await time(ours.createProcessor, options)
  await time(theirs.createProcessor, options)
  const a = []
  const b = []
  let same = true
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so a warmer JIT or a quieter moment favours neither.
    const first = i % 2 === 0
    const x = first ? await time(ours.createProcessor, options) : undefined
    const y = await time(theirs.createProcessor, options)
    const z = x ?? (await time(ours.createProcessor, options))
    void z
    a.push(z.ms)
    b.push(y.ms)
    if (z.messages !== y.messages) same = false
  }
  console.log(
    `${label}: this build ${median(a).toFixed(0)} ms CPU, base ${median(b).toFixed(0)} ms CPU, ratio ${(median(a) / median(b)).toFixed(3)}; same number of messages: ${same}`
  )
}
