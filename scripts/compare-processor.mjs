#!/usr/bin/env node
// Lint every document listed in the evaluation labels (../shared/eval/labels/*.gold) two ways
// and print the differences:
//
//   plain      the pipelines of ../shared/eval/pipeline.mjs (what score.mjs measures): text
//              through retext-english, Markdown through remark-parse + remark-retext, HTML
//              through rehype-parse + rehype-retext (bridge mode: the Latin parser);
//   processor  retext-evidence/processor (dist/src/processor.js): English parser, GFM, front
//              matter, table cells, page chrome left out, ignore comments.
//
// usage: npm run build && node scripts/compare-processor.mjs [--eval DIR] [--json] [--all]
//   --eval  the evaluation folder (default: ../shared/eval beside this checkout, or /work/shared/eval)
//   --json  print the differences as JSON
//   --all   also list the findings both ways agree on
//   --every every document of the evaluation's folders (docs/ and ../corpus/), labelled or not
//
// A finding is its rule id and its range in the file (start and end offsets). Each difference is
// printed with the gold label of the sentence it falls in (U/S/A must flag, u/s/a either way,
// '-' must not flag), so a difference can be read as a gain or a loss.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const option = (name) => {
  const index = args.indexOf(name)
  return index === -1 ? undefined : args[index + 1]
}
const candidates = [option('--eval'), path.join(root, '..', 'shared', 'eval'), '/work/shared/eval'].filter(Boolean)
const evalDir = candidates.find((dir) => fs.existsSync(path.join(dir, 'pipeline.mjs')))
if (!evalDir) {
  console.error('compare-processor: no evaluation folder (pipeline.mjs) in ' + candidates.join(', '))
  process.exit(1)
}
const processorPath = path.join(root, 'dist', 'src', 'processor.js')
if (!fs.existsSync(processorPath)) {
  console.error('compare-processor: build first (npm run build)')
  process.exit(1)
}

const {loadProject, formatOf} = await import(pathToFileURL(path.join(evalDir, 'pipeline.mjs')).href)
const {splitSentences} = await import(pathToFileURL(path.join(evalDir, 'sentences.mjs')).href)
const {createProcessor} = await import(pathToFileURL(processorPath).href)
const {VFile} = await import(pathToFileURL(path.join(root, 'node_modules', 'vfile', 'index.js')).href)

const labelDir = path.join(evalDir, 'labels')
const docDirs = [path.join(evalDir, 'docs'), path.join(evalDir, '..', 'corpus')]
const codes = {'unhedged-claim': 'U', 'unsourced-statistic': 'S', 'mismatched-attribution': 'A'}

/** Documents named in the gold files, with their sentence labels. */
function goldDocuments() {
  const docs = []
  for (const name of fs
    .readdirSync(labelDir)
    .filter((f) => f.endsWith('.gold'))
    .sort()) {
    let current
    for (const raw of fs.readFileSync(path.join(labelDir, name), 'utf8').split('\n')) {
      const line = raw.trim()
      if (!line || line.startsWith('#')) continue
      const match = /^(\d+)\s+(.*)$/.exec(line)
      if (!match) docs.push((current = {name: line, labels: new Map()}))
      else current.labels.set(Number(match[1]), match[2].split(/\s+/))
    }
  }
  return docs
}

function findDocument(name) {
  for (const dir of docDirs) {
    if (!fs.existsSync(dir)) continue
    const file = fs.readdirSync(dir).find((f) => f.replace(/\.[^.]+$/, '') === name)
    if (file) return path.join(dir, file)
  }
  throw new Error('no document named ' + name)
}

function offsetsOf(text) {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return (point) => (point && point.line ? starts[point.line - 1] + point.column - 1 : undefined)
}

function key(message, toOffset) {
  const place =
    message.place && 'start' in message.place
      ? message.place
      : {start: message.place ?? message, end: message.place ?? message}
  const start = toOffset(place.start)
  const end = toOffset(place.end) ?? start
  return {rule: message.ruleId ?? message.source ?? '?', start, end, id: `${message.ruleId}@${start}-${end}`}
}

const project = await loadProject(root)
const report = []
const totals = {plain: 0, processor: 0, same: 0, onlyPlain: 0, onlyProcessor: 0}

let documents = goldDocuments()
if (args.includes('--every')) {
  const named = new Set(documents.map((doc) => doc.name))
  for (const dir of docDirs) {
    if (!fs.existsSync(dir)) continue
    for (const file of fs.readdirSync(dir).sort()) {
      const name = file.replace(/\.[^.]+$/, '')
      if (/\.(md|markdown|mdx|html?|txt)$/.test(file) && !named.has(name)) documents.push({name, labels: new Map()})
    }
  }
}

for (const doc of documents) {
  const file = findDocument(doc.name)
  const value = fs.readFileSync(file, 'utf8')
  const toOffset = offsetsOf(value)
  const sentences = splitSentences(value)
  const labelAt = (offset, rule) => {
    const n = sentences.findIndex((s) => s.start <= offset && offset <= s.end) + 1
    const labels = doc.labels.get(n) ?? []
    const code = codes[rule]
    const label = labels.includes(code)
      ? code
      : labels.includes(code?.toLowerCase())
        ? code.toLowerCase()
        : labels.length
          ? '(' + labels.join(' ') + ')'
          : '-'
    return {n, label, text: n > 0 ? sentences[n - 1].text : value.slice(Math.max(0, offset - 40), offset + 80)}
  }

  const plain = (await project.lint(value, formatOf(file))).map((m) => key(m, toOffset))
  const processed = await createProcessor().process(new VFile({path: file, value}))
  const mine = processed.messages.map((m) => key(m, toOffset))

  const plainIds = new Set(plain.map((k) => k.id))
  const mineIds = new Set(mine.map((k) => k.id))
  const onlyPlain = plain.filter((k) => !mineIds.has(k.id))
  const onlyProcessor = mine.filter((k) => !plainIds.has(k.id))
  const same = plain.filter((k) => mineIds.has(k.id))
  totals.plain += plain.length
  totals.processor += mine.length
  totals.same += same.length
  totals.onlyPlain += onlyPlain.length
  totals.onlyProcessor += onlyProcessor.length

  const describe = (k) => ({...k, ...labelAt(k.start, k.rule), words: value.slice(k.start, k.end)})
  report.push({
    document: path.basename(file),
    format: formatOf(file),
    plain: plain.length,
    processor: mine.length,
    onlyPlain: onlyPlain.map(describe),
    onlyProcessor: onlyProcessor.map(describe),
    ...(args.includes('--all') ? {same: same.map(describe)} : {})
  })
}

if (args.includes('--json')) {
  console.log(JSON.stringify({totals, documents: report}, null, 2))
} else {
  for (const doc of report) {
    console.log(`${doc.document} (${doc.format}): plain ${doc.plain}, processor ${doc.processor}`)
    const show = (sign, k) =>
      console.log(`  ${sign} ${k.rule} #${k.n} [${k.label}] “${k.words}” in: ${k.text.slice(0, 110)}`)
    for (const k of doc.onlyPlain) show('- plain only    ', k)
    for (const k of doc.onlyProcessor) show('+ processor only', k)
    if (doc.same) for (const k of doc.same) show('= both          ', k)
  }
  console.log(
    `\ntotal: plain ${totals.plain}, processor ${totals.processor}, same ${totals.same}, plain only ${totals.onlyPlain}, processor only ${totals.onlyProcessor}`
  )
}
