#!/usr/bin/env node
/**
 * First contact on the pages kept unread (bench/kept-unread/): labelled long-form pages written blind and kept out of
 * every training run and every reading, for the next session's first contact. This script prints counts only, never
 * a line of their text: unhedged-claim with the rules alone (`scorer: false`), with default options and with
 * `scorer: true` on the `batch-N.md.txt` pages (`C ` / `N ` lines), unsourced-statistic with default options on the
 * `statistics-N.md.txt` pages (`S ` / `N ` lines), each page linted as one Markdown document. Once a session reads
 * them, they move to bench/own-text (and train the scorer) with their scores in bench/OWN-TEXT.md.
 *
 * Usage: `npm run build && node bench/kept-unread.mjs [folder]`
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {lint} from '../dist/src/lint.js'

const folder = process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'kept-unread')
const modes = {
  'rules alone': {rules: {'unhedged-claim': {scorer: false}}},
  'default options': {},
  'scorer: true': {rules: {'unhedged-claim': {scorer: true}}}
}
const ratio = (a, b) => (b === 0 ? '–' : (a / b).toFixed(2))

/** Lines of `names` (pages labelled with `mark`) flagged by `ruleId` under `options`, as a tally. */
async function tally(names, ruleId, mark, options) {
  const t = {tp: 0, fp: 0, fn: 0, tn: 0}
  for (const name of names) {
    const rows = fs
      .readFileSync(path.join(folder, name), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith(`${mark} `) || l.startsWith('N ') || l === mark || l === 'N')
    const result = await lint({content: rows.map((l) => l.slice(2)).join('\n'), format: 'markdown'}, options)
    const lines = new Set(result.messages.filter((m) => m.ruleId === ruleId).map((m) => m.line))
    rows.forEach((row, i) => {
      if (!row.slice(2).trim()) return
      const want = row[0] === mark
      const got = lines.has(i + 1)
      t[want && got ? 'tp' : want ? 'fn' : got ? 'fp' : 'tn']++
    })
  }
  return t
}

const line = (label, t) =>
  `${label}: P ${ratio(t.tp, t.tp + t.fp)} R ${ratio(t.tp, t.tp + t.fn)} (tp ${t.tp} fp ${t.fp} fn ${t.fn} tn ${t.tn})`
const names = fs.readdirSync(folder).sort()
const claims = names.filter((n) => /^batch-\d+\.md\.txt$/.test(n))
const statistics = names.filter((n) => /^statistics-\d+\.md\.txt$/.test(n))
if (claims.length > 0) {
  console.log(`unhedged-claim, ${claims.length} pages:`)
  for (const [label, options] of Object.entries(modes))
    console.log('  ' + line(label, await tally(claims, 'unhedged-claim', 'C', options)))
}
if (statistics.length > 0) {
  console.log(`unsourced-statistic, ${statistics.length} pages:`)
  console.log('  ' + line('default options', await tally(statistics, 'unsourced-statistic', 'S', {})))
}
