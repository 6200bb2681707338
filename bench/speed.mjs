#!/usr/bin/env node
// npm run bench: how fast the preset is, written to bench/SPEED.md. Every figure is a ratio of
// times measured in this run (files per second for the CLI), each time the median of several
// runs after a warm-up, the variants of a comparison run in turn (A B C, A B C, ...) so that
// other load on the machine falls on all of them alike.
//
// 1. The preset against the bare parse on a ~1 MiB Markdown file assembled at run time from the
//    ../shared/corpus Markdown articles: remark-parse + remark-retext(retext-english) with and
//    without the preset (the pipeline ../shared/eval/pipeline.mjs uses), and the package's own
//    processor (`retext-evidence/processor`: GFM, front matter, English parser, ignore comments).
//    Above 1.25, the preset is profiled (node:inspector) and its hot spots are listed.
// 2. Peers on the same file: retext-intensify (same bridge), alex (`markdown()`), write-good (on
//    the raw text): our time / theirs.
// 3. Scaling at 0.5, 1, 2, 4 and 8 MiB: plain text through `retextEnglishChunked` + the preset,
//    Markdown through the package's processor; time per MiB relative to 0.5 MiB. Also plain text
//    without blank lines, parse only: chunked against a whole-document parse.
// 4. The CLI (bin/evidence-lint.js) on a temporary folder of 1,000 corpus articles (Markdown and
//    HTML): files per second with one process, and with one process per core on a share each.
//
// 5. Bulk mode (`evidence-lint --ndjson`) on 1,000 corpus articles as JSON records: records per
//    second with --jobs 1 and --jobs 2 (`--only ndjson`); and its peak memory (/usr/bin/time's
//    maximum resident set) on 1,000 and 10,000 short records (each article's opening, up to 400
//    characters; also alone: `--only ndjson-memory`).
//
// usage: node bench/speed.mjs [--runs N] [--thorough] [--quick] [--only md,peers,scale,cli,ndjson] [--no-write]
//   --runs N     runs per figure after the warm-up (default 3); to keep the whole benchmark near
//                ten minutes on two cores, 4 and 8 MiB get 1 run and the CLI 2, unless --thorough
//   --quick      smaller and fewer (0.5 and 1 MiB, 100 files, 1 run): a smoke test, not for SPEED.md
// Needs ../shared/corpus (skips with a message and exit 0 without it); builds dist/ when stale.
import {spawn, spawnSync, execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {PerformanceObserver} from 'node:perf_hooks'
import {fileURLToPath, pathToFileURL} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')

// Re-run with a collectable heap: the runs are separated by full collections.
if (typeof globalThis.gc !== 'function') {
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=8192', fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {stdio: 'inherit'}
  )
  process.exit(result.status ?? 1)
}

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(name)
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback
}
const quick = args.includes('--quick')
const runs = Number(option('--runs', quick ? 1 : 3))
const thorough = args.includes('--thorough')
const bigRuns = thorough ? runs : 1
const cliRuns = thorough ? runs : Math.min(runs, 2)
const only = new Set(option('--only', 'md,peers,scale,cli,ndjson').split(','))
const write = !args.includes('--no-write') && !quick
const corpusDir = path.resolve(root, process.env.EVIDENCE_SHARED ?? path.join('..', 'shared'), 'corpus')
const MiB = 1024 * 1024

if (!fs.existsSync(corpusDir)) {
  console.log(
    `bench: skipped: ${corpusDir} is absent (the benchmark assembles its input from the corpus articles). Nothing was measured.`
  )
  process.exit(0)
}

buildIfStale()

const {unified} = await import('unified')
const {default: remarkParse} = await import('remark-parse')
const {default: remarkRetext} = await import('remark-retext')
const {default: retextEnglish} = await import('retext-english')
const {VFile} = await import('vfile')
const {ParseEnglish} = await import('parse-english')
const dist = (file) => import(pathToFileURL(path.join(root, 'dist', file)).href)
const {default: preset} = await dist('src/index.js')
const {createProcessor} = await dist('src/processor.js')
const {retextEnglishChunked, parseChunked} = await dist('src/processor/parse-chunked.js')
// Runtime patches of third-party parsers: parse-latin's and micromark's, both loaded by the preset (micromark's since
// issue 14q) and so by the processor. Each is switched off around a run that must not have it.
const latinPatch = await dist('src/processor/parse-latin-patch.js')
const micromarkPatch = await dist('src/processor/micromark-patch.js')
/** `fn` run with the patches of `patches` only (`latin`, `micromark`), the others off until it settles. */
const withPatches = (patches, fn) => () => {
  const latin = patches.includes('latin') ? fn : () => latinPatch.unpatched(fn)
  return patches.includes('micromark') ? latin() : micromarkPatch.unpatched(latin)
}

const startedAt = Date.now()
const loadBefore = os.loadavg()
const sections = []
const log = (...parts) => console.error('bench:', ...parts)

// ---------------------------------------------------------------------------------------------
// Input, assembled from the corpus at run time (no corpus text is kept in the repository).

const articles = fs
  .readdirSync(corpusDir)
  .filter((name) => /\.(md|html)$/.test(name))
  .sort()
  .map((name) => ({name, value: fs.readFileSync(path.join(corpusDir, name), 'utf8')}))
const markdownArticles = articles.filter((article) => article.name.endsWith('.md'))

/** Whole Markdown articles, one after another, until `size` characters, cut at a line end. */
function assemble(size, list = markdownArticles) {
  const parts = []
  let length = 0
  for (let index = 0; length < size; index++) {
    const value = list[index % list.length].value.trimEnd() + '\n\n'
    parts.push(value)
    length += value.length
  }
  const text = parts.join('')
  const end = text.lastIndexOf('\n', size)
  return text.slice(0, end > 0 ? end + 1 : size)
}

// ---------------------------------------------------------------------------------------------
// Pipelines.

const noCompiler = function () {
  this.compiler = () => ''
}
const bridge = (retext) => unified().use(remarkParse).use(remarkRetext, retext).use(noCompiler)
const pipelines = {
  bare: () => bridge(unified().use(retextEnglish)),
  preset: () => bridge(unified().use(retextEnglish).use(preset)),
  // The processor refuses files above its size limit (5 MiB by default) and stops a file past
  // its time budget (maxLintMs, 10 s + 10 s per MiB by default): the benchmark lifts both, since
  // it measures how time grows, not whether a file fits the budget.
  processor: () => createProcessor(null, {maxSize: 64 * MiB, maxLintMs: false}),
  text: () => unified().use(retextEnglishChunked).use(preset).use(noCompiler)
}

async function lintWith(pipeline, value, name) {
  const file = await pipeline().process(new VFile({path: name, value}))
  const fatal = file.messages.find((message) => message.fatal)
  if (fatal) throw new Error(`bench: ${name} was not linted: ${fatal.reason}`)
  return file.messages.length
}

const peers = {
  'retext-intensify': async () => {
    const {default: intensify} = await import('retext-intensify')
    return (value) =>
      bridge(unified().use(retextEnglish).use(intensify))
        .process(value)
        .then((file) => file.messages.length)
  },
  alex: async () => {
    const {markdown} = await import('alex')
    return async (value) => (await markdown(value)).messages.length
  },
  'write-good': async () => {
    const {default: writeGood} = await import('write-good')
    return async (value) => writeGood(value).length
  }
}

// ---------------------------------------------------------------------------------------------
// Timing.

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

// Garbage-collection pauses, summed: the share of a run spent collecting.
let gcPauses = 0
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses += entry.duration
}).observe({entryTypes: ['gc']})

async function time(fn) {
  globalThis.gc()
  await new Promise((resolve) => setTimeout(resolve, 10))
  gcPauses = 0
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  const result = await fn()
  const ms = performance.now() - start
  // CPU time of this process (user + system, every thread: the collector's too): less swayed than
  // the elapsed time by other work on a shared machine.
  const used = process.cpuUsage(cpuStart)
  const cpu = (used.user + used.system) / 1000
  await new Promise((resolve) => setTimeout(resolve, 10))
  return {ms, cpu, gc: gcPauses, result}
}

/** Warm up (each function of `warmups` once: the same code on a smaller input), then `count`
 * rounds of every variant in turn; medians in ms. */
async function compare(variants, count = runs, warmups = undefined) {
  const times = Object.fromEntries(Object.keys(variants).map((key) => [key, []]))
  const cpus = Object.fromEntries(Object.keys(variants).map((key) => [key, []]))
  const pauses = Object.fromEntries(Object.keys(variants).map((key) => [key, []]))
  const results = {}
  for (const fn of Object.values(warmups ?? {})) await fn()
  for (let round = 0; round < count; round++) {
    for (const [key, fn] of Object.entries(variants)) {
      const {ms, cpu, gc, result} = await time(fn)
      times[key].push(ms)
      cpus[key].push(cpu)
      pauses[key].push(gc / ms)
      results[key] = result
      log(`${key}: ${(ms / 1000).toFixed(2)} s (CPU ${(cpu / 1000).toFixed(2)} s)`)
    }
  }
  return Object.fromEntries(
    Object.entries(times).map(([key, list]) => [
      key,
      {
        ms: median(list),
        all: list,
        cpu: median(cpus[key]),
        cpuAll: cpus[key],
        gcShare: median(pauses[key]),
        result: results[key]
      }
    ])
  )
}

const ratio = (a, b) => (a / b).toFixed(2)
const percent = (share) => Math.round(100 * share) + ' %'

// ---------------------------------------------------------------------------------------------
// 1 and 2: one ~1 MiB Markdown file.

const markdown = assemble(MiB)
// Warm-up input for the peers: the same code on a smaller input (~256 KiB).
const sample = assemble(256 * 1024)
const markdownNote = `${(markdown.length / MiB).toFixed(2)} MiB of Markdown (${markdownArticles.length} corpus articles, repeated in order)`

if (only.has('md') || only.has('peers')) {
  log('1 MiB Markdown: bare (three ways), preset (two ways), processor' + (only.has('peers') ? ', peers' : ''))
  const lintMarkdown = (pipeline) => () => lintWith(pipeline, markdown, 'bench.md')
  // A user's pipeline (remark-parse + remark-retext + retext-english) runs stock micromark and parse-latin. Importing
  // the preset patches both in place (parse-latin since issue 14j, micromark since 14q), so a user's pipeline with
  // the preset runs both patches. "bare" is the stock parse (both patches off: item 3's denominator); "bare,
  // patched" the parse the preset runs (both on); "preset" the user's pipeline with the preset, as it runs. The two
  // "before 14q" rows are the preset as it ran from issue 14j to 14p (micromark stock, parse-latin patched) and the
  // bare parse with the same patches (the rules' share in SPEED.md's tables of 14j to 14p).
  const variants = {
    bare: withPatches([], lintMarkdown(pipelines.bare)),
    'bare, patched': withPatches(['micromark', 'latin'], lintMarkdown(pipelines.bare)),
    preset: withPatches(['micromark', 'latin'], lintMarkdown(pipelines.preset)),
    'bare, parse-latin patched': withPatches(['latin'], lintMarkdown(pipelines.bare)),
    'preset before 14q': withPatches(['latin'], lintMarkdown(pipelines.preset)),
    processor: withPatches(['micromark', 'latin'], lintMarkdown(pipelines.processor))
  }
  // Which parse each row runs: micromark's patches, parse-latin's (`src/processor/*-patch.ts`).
  const parseOf = {
    bare: 'stock',
    'bare, patched': 'both patched',
    preset: 'both patched',
    'bare, parse-latin patched': 'micromark stock, parse-latin patched',
    'preset before 14q': 'micromark stock, parse-latin patched',
    processor: 'both patched'
  }
  // Our pipelines warm up on the file itself (the preset's code takes a while to optimise); the
  // slower peers on a quarter of it.
  const warmups = {...variants}
  if (only.has('peers'))
    for (const [name, load] of Object.entries(peers)) {
      const lint = await load()
      // Peers run stock, as their users run them.
      variants[name] = withPatches([], () => lint(markdown))
      warmups[name] = withPatches([], () => lint(sample))
    }
  const result = await compare(variants, runs, warmups)
  const ours = result.preset.ms
  const lines = [
    '## The preset against the bare parse',
    '',
    `On ${markdownNote}. The bare parse is remark-parse + remark-retext with retext-english and no rules, stock (micromark and parse-latin as released), as a user builds it; "bare, patched" is the same with this package's patches of micromark and parse-latin (\`src/processor/micromark-patch.ts\`, \`src/processor/parse-latin-patch.ts\`: the same trees), the parse the preset runs; "preset" adds this package's three rules to the pipeline (as \`../shared/eval/pipeline.mjs\` runs it), whose import loads both patches (micromark's since issue 14q); "processor" is \`retext-evidence/processor\` (GFM, front matter, English parsing of Markdown, tables read cell by cell, ignore comments, all rules). "preset before 14q" is the preset with micromark's patches off, as it ran from issue 14j to 14p, and "bare, parse-latin patched" the bare parse with the same patches. The parse column says which parse each row runs (each patch is switched off with its \`unpatched\` where the row says stock).`,
    '',
    '| pipeline | parse | time / bare parse | CPU time / bare parse | findings |',
    '|---|---|---:|---:|---:|',
    ...Object.keys(variants).map(
      (key) =>
        `| ${key === 'preset' ? '**preset**' : key} | ${parseOf[key] ?? 'stock (its own parser)'} | ${key === 'preset' ? '**' + ratio(result[key].ms, result.bare.ms) + '**' : ratio(result[key].ms, result.bare.ms)} | ${ratio(result[key].cpu, result.bare.cpu)} | ${result[key].result} |`
    ),
    '',
    'Target: at most 1.5, aim 1.25 (issue 14, item 3: the preset against the stock parse a user builds). Elapsed, ' +
      'CPU time in brackets: preset / bare (stock) ' +
      `${ratio(result.preset.ms, result.bare.ms)} (${ratio(result.preset.cpu, result.bare.cpu)}); preset / bare, ` +
      `patched (the rules' own cost, on the same parse: micromark's patches do not change it) ` +
      `${ratio(result.preset.ms, result['bare, patched'].ms)} (${ratio(result.preset.cpu, result['bare, patched'].cpu)}); ` +
      `the preset before 14q / bare (stock) ${ratio(result['preset before 14q'].ms, result.bare.ms)} ` +
      `(${ratio(result['preset before 14q'].cpu, result.bare.cpu)}); the preset before 14q / bare, parse-latin ` +
      `patched ${ratio(result['preset before 14q'].ms, result['bare, parse-latin patched'].ms)} ` +
      `(${ratio(result['preset before 14q'].cpu, result['bare, parse-latin patched'].cpu)}). Paired by round, ` +
      'CPU time: preset / bare ' +
      result.preset.cpuAll.map((cpu, index) => ratio(cpu, result.bare.cpuAll[index])).join(', ') +
      '; preset / bare, patched ' +
      result.preset.cpuAll.map((cpu, index) => ratio(cpu, result['bare, patched'].cpuAll[index])).join(', ') +
      '; before 14q, preset / bare ' +
      result['preset before 14q'].cpuAll.map((cpu, index) => ratio(cpu, result.bare.cpuAll[index])).join(', ') +
      `. Load average (1 min) ${os.loadavg()[0].toFixed(1)} after the rounds.`,
    ''
  ]
  if (only.has('peers')) {
    lines.push(
      '## Against peers on the same file',
      '',
      'Each peer with its default settings: retext-intensify through the same remark-retext bridge, alex through its `markdown()` API (remark with GFM and front matter, its full rule set), write-good on the raw text (as its CLI reads a file). They look for other things (weasel words, insensitive wording, passive voice), so this compares cost, not findings.',
      '',
      "| tool | our preset's time / theirs | their time / bare parse | findings |",
      '|---|---:|---:|---:|',
      ...Object.keys(peers).map(
        (name) =>
          `| ${name} | ${ratio(ours, result[name].ms)} | ${ratio(result[name].ms, result.bare.ms)} | ${result[name].result} |`
      ),
      ''
    )
  }
  sections.push(lines.join('\n'))

  if (only.has('md') && result.preset.ms / result.bare.ms > 1.25) sections.push(await profileSection())
}

// ---------------------------------------------------------------------------------------------
// 3: scaling.

if (only.has('scale')) {
  const sizes = quick ? [0.5, 1] : [0.5, 1, 2, 4, 8]
  log('scaling at', sizes.join(', '), 'MiB')
  const rows = []
  for (const size of sizes) {
    const value = assemble(size * MiB)
    const result = await compare(
      {
        text: () => lintWith(pipelines.text, value, 'bench.txt'),
        markdown: () => lintWith(pipelines.processor, value, 'bench.md')
      },
      size >= 4 ? bigRuns : runs,
      // Warm up twice on the first size: the preset's code takes a while to optimise.
      size === sizes[0]
        ? {
            text: () => lintWith(pipelines.text, value, 'bench.txt'),
            markdown: () => lintWith(pipelines.processor, value, 'bench.md'),
            text2: () => lintWith(pipelines.text, value, 'bench.txt'),
            markdown2: () => lintWith(pipelines.processor, value, 'bench.md')
          }
        : undefined
    )
    rows.push({
      size,
      runs: result.text.all.length,
      text: result.text.ms / size,
      markdown: result.markdown.ms / size,
      textGc: result.text.gcShare,
      markdownGc: result.markdown.gcShare
    })
    log(
      `${size} MiB: text ${(result.text.ms / 1000).toFixed(2)} s, markdown ${(result.markdown.ms / 1000).toFixed(2)} s`
    )
  }

  // Plain text without blank lines, parse only: where retext-english is quadratic.
  const flat = (size) => assemble(size * MiB).replace(/\n[ \t]*(?:\n[ \t]*)+/g, '\n')
  const flatSizes = quick ? [0.25, 0.5] : [0.25, 0.5, 1, 2, 4, 8]
  const flatRows = []
  for (const size of flatSizes) {
    const value = flat(size)
    const variants = {chunked: () => parseChunked(value).children.length}
    // A whole-document parse is quadratic: time it only while it stays short.
    if (size <= 0.5) variants.whole = () => new ParseEnglish().parse(value).children.length
    const result = await compare(
      variants,
      runs,
      size === flatSizes[0] ? {chunked: () => parseChunked(flat(0.125))} : undefined
    )
    flatRows.push({size, chunked: result.chunked.ms / size, whole: result.whole ? result.whole.ms / size : undefined})
  }

  const base = rows[0]
  const flatBase = flatRows.find((row) => row.size === 0.5) ?? flatRows[0]
  sections.push(
    [
      '## Scaling with document size',
      '',
      'Time per MiB at each size relative to time per MiB at 0.5 MiB (1.00 = linear). Plain text: the corpus Markdown articles read as text, through `retextEnglishChunked` (`src/processor/parse-chunked.ts`) and the preset. Markdown: the same articles through `retext-evidence/processor` with every rule. Each size is assembled from whole articles.',
      '',
      '| size | plain text + preset | Markdown (processor) | runs | share of garbage collection: text, Markdown |',
      '|---:|---:|---:|---:|---:|',
      ...rows.map(
        (row) =>
          `| ${row.size} MiB | ${ratio(row.text, base.text)} | ${ratio(row.markdown, base.markdown)} | ${row.runs} | ${percent(row.textGc)}, ${percent(row.markdownGc)} |`
      ),
      '',
      `At 0.5 MiB, plain text takes ${ratio(base.text, base.markdown)} times as long per MiB as Markdown.`,
      '',
      'Plain text without blank lines (the same text with every blank line removed), parse only: the chunked parser (cut at line breaks that end sentences) against `parse-english` parsing the whole document, which grows with the square of the size.',
      '',
      '| size | chunked: time per MiB / at 0.5 MiB | whole-document parse / chunked |',
      '|---:|---:|---:|',
      ...flatRows.map(
        (row) =>
          `| ${row.size} MiB | ${ratio(row.chunked, flatBase.chunked)} | ${row.whole === undefined ? '(not run: quadratic)' : ratio(row.whole, row.chunked)} |`
      ),
      ''
    ].join('\n')
  )
}

// ---------------------------------------------------------------------------------------------
// 4: the CLI on a folder of articles.

if (only.has('cli')) {
  const cli = path.join(root, 'bin', 'evidence-lint.js')
  const count = quick ? 100 : 1000
  const cores = os.availableParallelism?.() ?? os.cpus().length
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-bench-'))
  try {
    const shares = Array.from({length: cores}, (_, index) => path.join(temp, 'all', `share-${index}`))
    for (const share of shares) fs.mkdirSync(share, {recursive: true})
    let bytes = 0
    for (let index = 0; index < count; index++) {
      const article = articles[index % articles.length]
      fs.writeFileSync(
        path.join(shares[index % cores], `${String(index).padStart(4, '0')}-${article.name}`),
        article.value
      )
      bytes += Buffer.byteLength(article.value)
    }
    const all = path.join(temp, 'all')
    const cliArgs = ['--no-config', '--no-ignore', '--quiet']
    const runCli = (folders) =>
      Promise.all(
        folders.map(
          (folder) =>
            new Promise((resolve, reject) => {
              const child = spawn(process.execPath, [cli, ...cliArgs, folder], {
                cwd: temp,
                stdio: ['ignore', 'ignore', 'ignore']
              })
              child.on('error', reject)
              child.on('exit', (code) =>
                code === 0 || code === 1 ? resolve(code) : reject(new Error(`evidence-lint exited with ${code}`))
              )
            })
        )
      )
    log(`CLI on ${count} files (${(bytes / MiB).toFixed(1)} MiB), 1 process and ${cores}`)
    const variants = {single: () => runCli([all])}
    if (cores > 1) variants.parallel = () => runCli(shares)
    // Warm-up (disk cache, a first start of Node and the package): the CLI on a folder of 50 files.
    const warm = path.join(temp, 'warm')
    fs.mkdirSync(warm)
    for (const article of articles) fs.writeFileSync(path.join(warm, article.name), article.value)
    const result = await compare(variants, cliRuns, {single: () => runCli([warm])})
    const perSecond = (ms) => (count / (ms / 1000)).toFixed(1)
    sections.push(
      [
        '## The CLI on a folder of articles',
        '',
        `\`evidence-lint --no-config --no-ignore --quiet <folder>\` (bin/evidence-lint.js) on ${count} files in a temporary folder: the ${articles.length} corpus articles (Markdown and HTML) repeated, ${(bytes / MiB).toFixed(1)} MiB in all. Wall time of the whole command, Node start-up included; median of ${result.single.all.length} runs after a warm-up run on a folder of the ${articles.length} articles.`,
        '',
        '| how | files per second | speed-up |',
        '|---|---:|---:|',
        `| one process | ${perSecond(result.single.ms)} | 1.00 |`,
        ...(result.parallel
          ? [
              `| ${cores} processes, one per core, each on ${count / cores} files | ${perSecond(result.parallel.ms)} | ${ratio(result.single.ms, result.parallel.ms)} |`
            ]
          : []),
        '',
        'The CLI lints one file after another on one thread (unified-engine). Running one process per core on a share of the files (what `xargs -P` or a worker pool gives) is the upper bound for worker threads inside the CLI, less their start-up.',
        ''
      ].join('\n')
    )
  } finally {
    fs.rmSync(temp, {recursive: true, force: true})
  }
}

// ---------------------------------------------------------------------------------------------
// 5: bulk mode, records on standard input.

if (only.has('ndjson') || only.has('ndjson-memory')) {
  const cli = path.join(root, 'bin', 'evidence-lint.js')
  const count = quick ? 100 : 1000
  const corpusArticles = articles.filter((article) => /^\d{3}-/.test(article.name))
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-bench-'))
  const record = (article, index, cut) => {
    const content = cut
      ? article.value.slice(0, article.value.lastIndexOf(' ', cut) > 0 ? article.value.lastIndexOf(' ', cut) : cut)
      : article.value
    return JSON.stringify({id: index, format: article.name.endsWith('.html') ? 'html' : 'markdown', content}) + '\n'
  }
  const writeRecords = (file, total, cut) => {
    const stream = fs.openSync(file, 'w')
    let bytes = 0
    for (let index = 0; index < total; index++) {
      const line = record(corpusArticles[index % corpusArticles.length], index, cut)
      fs.writeSync(stream, line)
      bytes += Buffer.byteLength(line)
    }
    fs.closeSync(stream)
    return bytes
  }
  // One run: wall time, the peak resident set of the whole process (its worker threads
  // included) from /usr/bin/time when it is there, and the number of result lines.
  const runBulk = (file, jobs) =>
    new Promise((resolve, reject) => {
      const haveTime = fs.existsSync('/usr/bin/time')
      const command = haveTime ? ['/usr/bin/time', '-f', 'maxrss %M cpu %U %S', process.execPath] : [process.execPath]
      const child = spawn(command[0], [...command.slice(1), cli, '--ndjson', '--no-config', '--jobs', String(jobs)], {
        cwd: temp,
        stdio: [fs.openSync(file, 'r'), 'pipe', 'pipe']
      })
      let lines = 0
      let stderr = ''
      child.stdout.on('data', (chunk) => {
        for (const byte of chunk) if (byte === 10) lines++
      })
      child.stderr.on('data', (chunk) => (stderr += chunk))
      child.on('error', reject)
      child.on('exit', (code) => {
        if (code !== 0 && code !== 1) return reject(new Error(`evidence-lint --ndjson exited with ${code}: ${stderr}`))
        const rss = /maxrss (\d+) cpu ([\d.]+) ([\d.]+)/.exec(stderr)
        resolve({lines, rssKiB: rss ? Number(rss[1]) : NaN, cpu: rss ? Number(rss[2]) + Number(rss[3]) : NaN})
      })
    })
  try {
    const full = path.join(temp, 'records.ndjson')
    const bytes = writeRecords(full, count)
    const warm = path.join(temp, 'warm.ndjson')
    writeRecords(warm, corpusArticles.length)
    const perSecond = (ms) => (count / (ms / 1000)).toFixed(1)
    if (only.has('ndjson')) {
      log(`bulk mode on ${count} records (${(bytes / MiB).toFixed(1)} MiB), --jobs 1 and 2`)
      const result = await compare({one: () => runBulk(full, 1), two: () => runBulk(full, 2)}, cliRuns, {
        one: () => runBulk(warm, 2)
      })
      for (const key of ['one', 'two'])
        if (result[key].result.lines !== count)
          throw new Error(`bench: --jobs ${key}: ${result[key].result.lines} result lines for ${count} records`)
      sections.push(
        [
          '## Bulk mode: records per second',
          '',
          `\`evidence-lint --ndjson --no-config --jobs N < records.ndjson\` on ${count} records, the ${corpusArticles.length} corpus articles (Markdown and HTML, whole) repeated, ${(bytes / MiB).toFixed(1)} MiB of NDJSON. Wall time of the whole command, Node start-up and worker start-up included; median of ${result.one.all.length} runs after a warm-up run on ${corpusArticles.length} records. CPU: user + system seconds of the whole process (/usr/bin/time), and the share of one core it had.`,
          '',
          '| jobs | records per second | speed-up | CPU seconds | CPU share |',
          '|---|---:|---:|---:|---:|',
          `| 1 | ${perSecond(result.one.ms)} | 1.00 | ${result.one.result.cpu.toFixed(1)} | ${Math.round((100 * result.one.result.cpu) / (result.one.ms / 1000))} % |`,
          `| 2 | ${perSecond(result.two.ms)} | ${ratio(result.one.ms, result.two.ms)} | ${result.two.result.cpu.toFixed(1)} | ${Math.round((100 * result.two.result.cpu) / (result.two.ms / 1000))} % |`,
          ''
        ].join('\n')
      )
    }
    if (only.has('ndjson-memory') || only.has('ndjson')) {
      const small = quick ? [100, 1000] : [1000, 10000]
      const memory = []
      for (const total of small) {
        const file = path.join(temp, `short-${total}.ndjson`)
        writeRecords(file, total, 400)
        log(`bulk mode memory: ${total} short records, --jobs 2`)
        const {ms, result: run} = await time(() => runBulk(file, 2))
        if (run.lines !== total) throw new Error(`bench: ${run.lines} result lines for ${total} records`)
        memory.push({total, ms, rss: run.rssKiB / 1024})
      }
      sections.push(
        [
          '## Bulk mode: memory',
          '',
          `Peak resident set of the whole process (worker threads included; /usr/bin/time's maximum), \`--jobs 2\`, on short records (each article's opening, up to 400 characters), so that ${small[1]} records run in minutes: memory must not grow with the number of records.`,
          '',
          '| records | seconds | peak MiB | ratio to the first |',
          '|---:|---:|---:|---:|',
          ...memory.map(
            (row) =>
              `| ${row.total} | ${(row.ms / 1000).toFixed(1)} | ${row.rss.toFixed(0)} | ${(row.rss / memory[0].rss).toFixed(2)} |`
          ),
          ''
        ].join('\n')
      )
    }
  } finally {
    fs.rmSync(temp, {recursive: true, force: true})
  }
}

// ---------------------------------------------------------------------------------------------
// The report.

const seconds = ((Date.now() - startedAt) / 1000).toFixed(0)
const cpu = os.cpus()[0]?.model?.trim() ?? 'CPU'
const commit = git(['rev-parse', 'HEAD']).slice(0, 12) || 'unknown'
const dirty = git(['status', '--porcelain', '--', 'src', 'rules'])
const report = [
  '# Speed',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on commit \`${commit}\`${dirty ? ' (with uncommitted changes under `src/` or `rules/`)' : ''} by \`npm run bench\` (\`bench/speed.mjs\`), in ${seconds} s.`,
  `Machine: ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, ${os.platform()} ${os.arch()}, Node ${process.version}. Load average (1 min) ${loadBefore[0].toFixed(1)} at the start and ${os.loadavg()[0].toFixed(1)} at the end: other work on the machine slows every variant alike, since each comparison runs its variants in turn, but it makes ratios noisier.`,
  `Every figure is a ratio of times measured in this run (files per second for the CLI): the median of ${runs} run${runs === 1 ? '' : 's'} (${bigRuns} at 4 and 8 MiB, ${cliRuns} for the CLI${thorough ? '' : ', to keep the benchmark near ten minutes; `--thorough` gives every figure the same number'}) after a warm-up on a smaller input, each run after a full garbage collection, in one Node process (\`--expose-gc --max-old-space-size=8192\`), the variants of each comparison run in turn.`,
  '',
  ...sections,
  ''
].join('\n')

if (write) {
  fs.writeFileSync(path.join(here, 'SPEED.md'), report)
  log(`wrote bench/SPEED.md (${seconds} s)`)
}
console.log(report)

// ---------------------------------------------------------------------------------------------

/** Profile the preset on the Markdown file; its hot spots by function and by file, as shares of
 * the time of a whole lint. */
async function profileSection() {
  log('profiling the preset')
  const {Session} = await import('node:inspector/promises')
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', {interval: 200})
  await session.post('Profiler.start')
  await withPatches(['micromark', 'latin'], () => lintWith(pipelines.preset, markdown, 'bench.md'))()
  const {profile} = await session.post('Profiler.stop')
  session.disconnect()

  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parents = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)
  const hits = new Map()
  let total = 0
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0
    hits.set(id, (hits.get(id) ?? 0) + delta)
    total += delta
  })
  const short = (url) => url.replace(pathToFileURL(root).href + '/', '').replace(/^.*node_modules\//, '')
  const name = (frame) => `\`${frame.functionName || '(anonymous)'}\` ${short(frame.url)}:${frame.lineNumber + 1}`
  // The patches of micromark and parse-latin are the parse's code, not the rules' (and their switches are on the
  // stack of every parse they switch off).
  const own = (url) =>
    (url.includes('/dist/src/') || url.includes('/dist/rules/')) &&
    !/\/dist\/src\/processor\/[a-z-]+-patch\.js$/.test(url)
  const inclusive = new Map()
  const selfByFile = new Map()
  let presetTotal = 0
  for (const [id, delta] of hits) {
    const frame = nodes.get(id).callFrame
    const file = frame.url ? short(frame.url) : frame.functionName
    selfByFile.set(file, (selfByFile.get(file) ?? 0) + delta)
    const seen = new Set()
    let inPreset = false
    for (let current = id; current !== undefined; current = parents.get(current)) {
      const callFrame = nodes.get(current).callFrame
      if (!own(callFrame.url)) continue
      inPreset = true
      const key = name(callFrame)
      if (seen.has(key)) continue
      seen.add(key)
      inclusive.set(key, (inclusive.get(key) ?? 0) + delta)
    }
    if (inPreset) presetTotal += delta
  }
  const share = (value) => ((100 * value) / total).toFixed(1) + ' %'
  const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count)
  return [
    '## Where the preset spends its time',
    '',
    `The preset is above 1.25 times the bare parse, so one lint of the Markdown file with the preset was profiled (V8 sampling profiler through \`node:inspector\`). Shares of that lint's time; the code of this package (\`dist/src\`, \`dist/rules\`, but not its patches of micromark and parse-latin: the parse's code) is on the stack for ${share(presetTotal)} of it (the garbage collector's share is apart). The preset ran as in the table above: micromark and parse-latin patched.`,
    '',
    '| function (inclusive: itself and what it calls) | share |',
    '|---|---:|',
    ...top(inclusive, 25).map(([key, value]) => `| ${key} | ${share(value)} |`),
    '',
    '| file (self time) | share |',
    '|---|---:|',
    ...top(selfByFile, 20).map(([key, value]) => `| ${key} | ${share(value)} |`),
    ''
  ].join('\n')
}

function buildIfStale() {
  const entry = path.join(root, 'dist', 'src', 'index.js')
  const built = fs.existsSync(entry) ? fs.statSync(entry).mtimeMs : 0
  const sources = ['src', 'rules'].flatMap((dir) => tsFiles(path.join(root, dir)))
  if (
    sources.every((file) => fs.statSync(file).mtimeMs <= built) &&
    fs.existsSync(path.join(root, 'dist', 'src', 'processor', 'parse-chunked.js'))
  )
    return
  console.error('bench: dist/ is older than the sources; building (npm run build)')
  const result = spawnSync('npm', ['run', 'build'], {cwd: root, stdio: ['ignore', 2, 2]})
  if (result.status !== 0) throw new Error('bench: the build failed')
}

function tsFiles(dir) {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? tsFiles(full) : entry.name.endsWith('.ts') ? [full] : []
  })
}

function git(gitArgs) {
  try {
    return execFileSync('git', gitArgs, {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim()
  } catch {
    return ''
  }
}
