#!/usr/bin/env node
// npm run eval: the accuracy of the preset's rules on the labelled data in ../shared, written to
// bench/ACCURACY.md.
//
// - Documents: ../shared/eval/score.mjs --json (the labelled articles of ../shared/eval/labels,
//   each linted as a unified user would: text through retext-english, Markdown through
//   remark-retext, HTML through rehype-retext, with this package's default export).
// - Sentences: ../shared/eval/score-sentences.mjs --set yu2019|press2021 --split dev
//   (unhedged-claim on public claim-strength sentences, each linted alone, against the
//   project's relabelled dev labels).
//
// Runs offline. Where ../shared (or its scorers) is absent it says so and exits 0. Builds dist/
// first when a source file is newer than it (the scorers load the package's built entry).
//
// usage: node scripts/eval.mjs [--shared DIR] [--out FILE] [--no-write]
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(name)
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback
}
const shared = path.resolve(root, option('--shared', process.env.EVIDENCE_SHARED || path.join('..', 'shared')))
const out = path.resolve(root, option('--out', path.join('bench', 'ACCURACY.md')))
const evalDir = path.join(shared, 'eval')
const scorers = ['score.mjs', 'score-sentences.mjs'].map((name) => path.join(evalDir, name))

if (!scorers.every((file) => fs.existsSync(file))) {
  console.log(`eval: skipped: the labelled data and scorers are not here (${path.relative(root, evalDir) || evalDir} has no score.mjs and score-sentences.mjs). Nothing was measured; ${path.relative(root, out)} is unchanged.`)
  process.exit(0)
}
if (!fs.existsSync(path.join(evalDir, 'node_modules'))) {
  console.log(`eval: skipped: ${evalDir} has no node_modules (run \`npm install\` there once; the scorers need its bridges). Nothing was measured.`)
  process.exit(0)
}

buildIfStale()

const started = Date.now()
const documents = JSON.parse(run(['score.mjs', '--project', root, '--json']).trim().split('\n').pop())
const sentenceSets = ['yu2019', 'press2021'].map((set) => ({set, ...parseSentences(run(['score-sentences.mjs', '--project', root, '--set', set, '--split', 'dev']))}))
const seconds = ((Date.now() - started) / 1000).toFixed(1)

const report = render()
if (!args.includes('--no-write')) {
  fs.mkdirSync(path.dirname(out), {recursive: true})
  fs.writeFileSync(out, report)
  console.log(`eval: wrote ${path.relative(root, out)} (${seconds} s)`)
}
console.log(summary())

/** Run one of the scorers; its stdout. */
function run(scorerArgs) {
  const result = spawnSync(process.execPath, scorerArgs, {cwd: evalDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr)
    throw new Error(`eval: ${scorerArgs[0]} failed (exit ${result.status})`)
  }
  return result.stdout
}

/** `yu2019 dev relabelled (claims-dev.tsv): n 150  P 0.846 R 0.344 F1 0.489  (tp 11 fp 2 fn 21 tn 116)  0.1 s` */
function parseSentences(text) {
  const line = text.trim().split('\n').pop()
  const match = /^(\S+) (\S+) (.*?): n (\d+)\s+P ([\d.]+) R ([\d.]+) F1 ([\d.]+)\s+\(tp (\d+) fp (\d+) fn (\d+) tn (\d+)\)/.exec(line)
  if (!match) throw new Error(`eval: cannot read the sentence scorer's output: ${line}`)
  const [, , split, labels, n, precision, recall, f1, tp, fp, fn, tn] = match
  return {split, labels, n: +n, precision: +precision, recall: +recall, f1: +f1, tp: +tp, fp: +fp, fn: +fn, tn: +tn}
}

/** Rebuild dist/ when a TypeScript source under src/ or rules/ is newer than the built entry. */
function buildIfStale() {
  const entry = path.join(root, 'dist', 'src', 'index.js')
  const built = fs.existsSync(entry) ? fs.statSync(entry).mtimeMs : 0
  const newest = Math.max(...['src', 'rules'].flatMap((dir) => files(path.join(root, dir))).map((file) => fs.statSync(file).mtimeMs))
  if (newest <= built) return
  console.log('eval: dist/ is older than the sources; building (npm run build)')
  const result = spawnSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit', shell: process.platform === 'win32'})
  if (result.status !== 0) throw new Error('eval: the build failed')
}

function files(dir) {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? files(full) : entry.name.endsWith('.ts') ? [full] : []
  })
}

function git(gitArgs) {
  try {
    return execFileSync('git', gitArgs, {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim()
  } catch {
    return ''
  }
}

function goldFiles() {
  const dir = path.join(evalDir, 'labels')
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.gold')).sort() : []
}

function fixed(value) {
  return Number(value).toFixed(3)
}

function render() {
  const commit = git(['rev-parse', 'HEAD']) || 'unknown'
  const dirty = git(['status', '--porcelain', '--', 'src', 'rules'])
  const date = new Date().toISOString().slice(0, 10)
  const lines = [
    '# Accuracy',
    '',
    `Measured ${date} on commit \`${commit.slice(0, 12)}\`${dirty ? ' (with uncommitted changes under `src/` or `rules/` in the working tree)' : ''}, Node ${process.version}, by \`npm run eval\` (\`scripts/eval.mjs\`). Regenerate with \`npm run eval\`; it needs \`../shared\` and runs offline.`,
    '',
    '## Labelled documents',
    '',
    `\`../shared/eval/score.mjs --json\` on the labelled articles (${goldFiles().join(', ') || 'the label files'} in \`../shared/eval/labels/\`). Each article is linted the way a unified user would lint it: plain text through retext-english, Markdown through remark-parse and remark-retext, HTML through rehype-parse and rehype-retext, with this package's default export (the preset, default options). A sentence labelled for a rule must be flagged by it; a finding counts as a hit when the sentence where it starts (or ends) is labelled for its rule, as false when neither is labelled (either-way labels are not scored). Counts are sentences.`,
    '',
    '| rule | precision | recall | F1 | true positives | false positives | missed |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...documents.map((row) => `| ${row.rule} | ${fixed(row.precision)} | ${fixed(row.recall)} | ${fixed(row.f1)} | ${row.tp} | ${row.fp} | ${row.fn} |`),
    '',
    '## Claim-strength sentences (unhedged-claim)',
    '',
    '`../shared/eval/score-sentences.mjs --set <set> --split dev`: each sentence linted alone as plain text; a sentence counts as flagged when `unhedged-claim` reports anything in it. The labels are the project\'s relabelling of the dev split by its own definition (`labels/claims-dev.tsv`: two annotators, only agreements kept), not the datasets\' original "direct causal" labels, which also count negated findings and non-intervention causes. yu2019: PubMed conclusion sentences (Yu, Li & Wang 2019); press2021: press-release and abstract conclusions (Wright & Augenstein 2021).',
    '',
    '| set | split | labels | sentences | precision | recall | F1 | tp | fp | fn | tn |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...sentenceSets.map((row) => `| ${row.set} | ${row.split} | ${row.labels} | ${row.n} | ${fixed(row.precision)} | ${fixed(row.recall)} | ${fixed(row.f1)} | ${row.tp} | ${row.fp} | ${row.fn} | ${row.tn} |`),
    '',
    '## Notes',
    '',
    '- These are the development labels the rules are tuned against; a held-out set labelled the same way is scored separately and is not part of this report, so expect lower figures on unseen text.',
    '- Precision is reported as 0 when a rule makes no findings at all.',
    `- Machine: ${os.cpus().length} × ${os.cpus()[0]?.model?.trim() ?? 'CPU'}, ${os.platform()} ${os.arch()}; the scorers took ${seconds} s.`,
    ''
  ]
  return lines.join('\n')
}

function summary() {
  return [
    ...documents.map((row) => `${row.rule.padEnd(24)} P ${fixed(row.precision)} R ${fixed(row.recall)} F1 ${fixed(row.f1)}  (tp ${row.tp} fp ${row.fp} fn ${row.fn})`),
    ...sentenceSets.map((row) => `${(row.set + ' ' + row.split).padEnd(24)} P ${fixed(row.precision)} R ${fixed(row.recall)} F1 ${fixed(row.f1)}  (n ${row.n}, tp ${row.tp} fp ${row.fp} fn ${row.fn} tn ${row.tn})`)
  ].join('\n')
}
