#!/usr/bin/env node
// npm run bench:hostile: does the cost of hostile inputs grow linearly? Written to
// bench/HOSTILE.md.
//
// Each input of bench/hostile-inputs.mjs (1 MB of digits, of `%`, of `(`, of `[1]`, a 1 MB word,
// 100,000 list items, 10,000 nested brackets, a reference list of 10,000 entries, 100,000 `<b>`
// tags, 1 MB of `et al. (`, 50,000 footnote definitions) is linted at 1/8, 1/4, 1/2 and 1 of its
// full size through:
//   - preset: `unified().use(retextEnglish).use(preset)` on the text, its parse (retext-english,
//     third-party) and its rules timed apart;
//   - md, html, txt: `retext-evidence/processor` (createProcessor) on a file of that extension;
//   - lint(): `retext-evidence/lint` with `format: 'markdown'`.
// Figure: time per MB at each size divided by time per MB at the smallest size (1.00 means
// linear); a ratio above 1.5 at full size is flagged as super-linear. Times are CPU time of the
// process (user + system, which other load on the machine disturbs less than wall time), the
// median of the runs, each after a full garbage collection, in one Node process.
//
// usage: node bench/hostile.mjs [--runs N] [--quick] [--only digits,list] [--pipelines md,txt] [--no-write]
//   --runs N    runs per size (default 3; 1 at full size unless --thorough)
//   --quick     sizes 1/64 to 1/8 and one run: a smoke test, not written to HOSTILE.md
//   --budget S  skip a size whose run is expected to take over S seconds (default 120)
//   --scales 1/8,1  the sizes to run (fractions of the full size; not written to HOSTILE.md)
import {spawnSync, execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')

// Re-run with a collectable heap and room for deep trees.
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
const thorough = args.includes('--thorough')
const runs = Number(option('--runs', quick ? 1 : 3))
const fullRuns = thorough ? runs : 1
const write =
  !args.includes('--no-write') &&
  !quick &&
  !args.includes('--only') &&
  !args.includes('--pipelines') &&
  !args.includes('--scales')
const scalesGiven = option('--scales', undefined)
const scales = scalesGiven
  ? scalesGiven
      .split(',')
      .map((text) => (text.includes('/') ? Number(text.split('/')[0]) / Number(text.split('/')[1]) : Number(text)))
  : quick
    ? [1 / 64, 1 / 32, 1 / 16, 1 / 8]
    : [1 / 8, 1 / 4, 1 / 2, 1]
const superLinear = 1.5
// Seconds one run of a size may be expected to take before that size is skipped.
const budget = Number(option('--budget', 120))
const scaleLabel = (scale) => (scale === 1 ? '1' : '1/' + Math.round(1 / scale))

buildIfStale()

const {unified} = await import('unified')
const {default: retextEnglish} = await import('retext-english')
const {VFile} = await import('vfile')
const dist = (file) => import(pathToFileURL(path.join(root, 'dist', file)).href)
const {default: preset} = await dist('src/index.js')
const {createProcessor} = await dist('src/processor.js')
const {lint} = await dist('src/lint.js')
const {inputs, frame} = await import(pathToFileURL(path.join(here, 'hostile-inputs.mjs')).href)

const onlyInputs = option('--only', Object.keys(inputs).join(',')).split(',')
const pipelineNames = option('--pipelines', 'preset,md,html,txt,lint').split(',')
const MB = 1024 * 1024
const log = (...parts) => console.error('bench:hostile:', ...parts)
const startedAt = Date.now()
const loadBefore = os.loadavg()

// ---------------------------------------------------------------------------------------------
// Pipelines: each returns the CPU times (ms) of its parts for one lint of `value`.

const processors = {}
// No time budget (maxLintMs): the bench measures how long the work takes, not where it is cut.
const processorFor = (extension) =>
  (processors[extension] ??= createProcessor(null, {maxSize: 64 * MB, maxLintMs: false}))

const pipelines = {
  async preset(value) {
    const processor = unified().use(retextEnglish).use(preset)
    const parse = cpu()
    const tree = processor.parse(value)
    const parsed = parse()
    const file = new VFile({value})
    const rules = cpu()
    await processor.run(tree, file)
    return {parse: parsed, rules: rules(), messages: file.messages}
  },
  md: (value) => viaProcessor('md', value),
  html: (value) => viaProcessor('html', value),
  txt: (value) => viaProcessor('txt', value),
  async lint(value) {
    const total = cpu()
    const result = await lint({content: value, format: 'markdown'}, {config: false, maxSize: 64 * MB, maxLintMs: false})
    return {total: total(), messages: result.messages}
  }
}

async function viaProcessor(extension, value) {
  const total = cpu()
  const file = await processorFor(extension).process(new VFile({path: 'hostile.' + extension, value}))
  return {total: total(), messages: file.messages}
}

/** A stopwatch of the process's CPU time (user + system), in ms. */
function cpu() {
  const start = process.cpuUsage()
  return () => {
    const used = process.cpuUsage(start)
    return (used.user + used.system) / 1000
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

// ---------------------------------------------------------------------------------------------
// Measure.

const rows = []
for (const name of onlyInputs) {
  const input = inputs[name]
  if (!input) throw new Error('bench:hostile: no input named ' + name)
  const documents = scales.map((scale) => frame(input.make(scale)))
  for (const pipeline of pipelineNames) {
    const parts = pipeline === 'preset' ? ['parse', 'rules'] : ['total']
    const perMb = Object.fromEntries(parts.map((part) => [part, []]))
    const seconds = Object.fromEntries(parts.map((part) => [part, 0]))
    let failure
    // Warm-up: the smallest size once, not timed (the first runs of the code are slower). Its
    // time sets how many lints a measurement takes: a fast one is repeated up to about 0.2 s, so
    // that small inputs are not timed at the clock's grain.
    let warmUp = 0
    try {
      await pipelines[pipeline](documents[0])
      const again = cpu()
      await pipelines[pipeline](documents[0])
      warmUp = again()
    } catch {}
    const repeats = (index) =>
      Math.max(
        1,
        Math.min(50, Math.ceil(200 / Math.max(0.1, warmUp * (documents[index].length / documents[0].length))))
      )
    let stopped
    for (const [index, value] of documents.entries()) {
      // A size whose runs would take longer than the budget (from the last size's time per MB and
      // growth) is not run: the row stops there, flagged by the growth measured so far.
      if (index >= 2) {
        const last = parts.reduce((sum, part) => sum + perMb[part][index - 1], 0)
        const before = parts.reduce((sum, part) => sum + perMb[part][index - 2], 0)
        const expected = (last * Math.max(1, last / before) * (value.length / MB)) / 1000
        if (expected > budget) {
          stopped = `not run at ${scaleLabel(scales[index])} and above: about ${Math.round(expected)} s a run expected`
          break
        }
      }
      const count = index === documents.length - 1 ? Math.min(runs, fullRuns) : runs
      const times = Object.fromEntries(parts.map((part) => [part, []]))
      try {
        const reps = repeats(index)
        for (let run = 0; run < count; run++) {
          globalThis.gc()
          const sums = Object.fromEntries(parts.map((part) => [part, 0]))
          for (let rep = 0; rep < reps; rep++) {
            const result = await pipelines[pipeline](value)
            // An input problem (too large, binary, too complex) means nothing was linted.
            const problem = result.messages.find((message) => message.source === 'evidence-lint')
            if (problem) throw new Error(problem.reason)
            for (const part of parts) sums[part] += result[part]
          }
          for (const part of parts) times[part].push(sums[part] / reps)
        }
      } catch (error) {
        failure = `${(error && error.message) || error}`.split('\n')[0].slice(0, 120)
        break
      }
      const megabytes = value.length / MB
      for (const part of parts) {
        perMb[part].push(median(times[part]) / megabytes)
        if (index === documents.length - 1) seconds[part] = median(times[part]) / 1000
      }
      log(
        `${name} ${pipeline} ${(value.length / 1024).toFixed(0)} KiB: ${parts.map((part) => part + ' ' + (median(times[part]) / 1000).toFixed(2) + ' s').join(', ')}`
      )
    }
    for (const part of parts) {
      const label =
        pipeline === 'preset'
          ? `preset: ${part === 'parse' ? 'parse (retext-english)' : 'rules'}`
          : pipeline === 'lint'
            ? 'lint()'
            : 'processor, .' + pipeline
      const ratios = perMb[part].map((value) => value / perMb[part][0])
      rows.push({
        input: name,
        what: input.what,
        label,
        ratios,
        seconds: seconds[part],
        bytes: documents[documents.length - 1].length,
        failure,
        stopped
      })
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Report.

const header = `| input | pipeline | ${scales.map(scaleLabel).join(' | ')} | full size, s | |`
const rule = `|---|---|${scales.map(() => '---:').join('|')}|---:|---|`
const lines = rows.map((row) => {
  const cells = scales.map((_, index) => (row.ratios[index] === undefined ? '–' : row.ratios[index].toFixed(2)))
  const last = row.ratios[row.ratios.length - 1]
  const verdict = row.failure
    ? '**failed**: ' + row.failure
    : last > superLinear
      ? '**super-linear**' + (row.stopped ? ' (' + row.stopped + ')' : '')
      : (row.stopped ?? '')
  return `| ${row.what} | ${row.label} | ${cells.join(' | ')} | ${row.ratios.length === scales.length ? row.seconds.toFixed(2) : '–'} | ${verdict} |`
})
const flagged = rows.filter((row) => row.failure || row.ratios[row.ratios.length - 1] > superLinear || row.stopped)
const cpuModel = os.cpus()[0]?.model?.trim() ?? 'CPU'
const report = [
  '# Hostile inputs',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on commit \`${git(['rev-parse', '--short=12', 'HEAD']) || 'unknown'}\` by \`npm run bench:hostile\` (\`bench/hostile.mjs\`), in ${Math.round((Date.now() - startedAt) / 1000)} s.`,
  `Machine: ${os.cpus().length} cores (${cpuModel}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, ${os.platform()} ${os.arch()}, Node ${process.version}. Load average (1 min) ${loadBefore[0].toFixed(1)} at the start and ${os.loadavg()[0].toFixed(1)} at the end (other work on the machine makes the figures noisier).`,
  '',
  `Each input (made by \`bench/hostile-inputs.mjs\`, between two probe claims) is linted at ${scales.map(scaleLabel).join(', ')} of its full size. A figure is the time per MB at that size divided by the time per MB at the smallest size: 1.00 is linear growth; a cost that grows with the square of the size reaches 8.00 at full size (8 times the smallest). Above ${superLinear} at full size the row is flagged **super-linear**. Times are CPU time of the process (user + system) per lint, the median of ${runs} run${runs === 1 ? '' : 's'} (${fullRuns} at full size), each after a full garbage collection (a run of a fast input lints it several times, up to about 0.2 s); "full size, s" is that time at full size.`,
  '',
  'Pipelines: "preset" is `unified().use(retextEnglish).use(retextEvidence)` on the text, its parse (retext-english, a third-party parser) and its rules timed apart; "processor" is `retext-evidence/processor` on a file of that extension (Markdown, HTML or text); `lint()` is `retext-evidence/lint` with `format: "markdown"`.',
  '',
  header,
  rule,
  ...lines,
  '',
  flagged.length === 0
    ? `No row grows faster than ${superLinear} times linear.`
    : `${flagged.length} row${flagged.length === 1 ? '' : 's'} flagged: see the notes below.`,
  ''
]

const notesFile = path.join(here, 'HOSTILE-notes.md')
if (fs.existsSync(notesFile)) report.push(fs.readFileSync(notesFile, 'utf8').trim(), '')

if (write) {
  fs.writeFileSync(path.join(here, 'HOSTILE.md'), report.join('\n'))
  log('wrote bench/HOSTILE.md')
} else {
  process.stdout.write(report.join('\n'))
}

// ---------------------------------------------------------------------------------------------

function buildIfStale() {
  const entry = path.join(root, 'dist', 'src', 'index.js')
  const built = fs.existsSync(entry) ? fs.statSync(entry).mtimeMs : 0
  const sources = ['src', 'rules'].flatMap((dir) => tsFiles(path.join(root, dir)))
  if (sources.every((file) => fs.statSync(file).mtimeMs <= built)) return
  console.error('bench:hostile: dist/ is older than the sources; building (npm run build)')
  const result = spawnSync('npm', ['run', 'build'], {cwd: root, stdio: ['ignore', 2, 2]})
  if (result.status !== 0) throw new Error('bench:hostile: the build failed')
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
