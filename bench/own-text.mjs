#!/usr/bin/env node
/**
 * unhedged-claim on sentences and a page of our own (bench/own-text/): each batch was written
 * for the purpose and scored once before any change it prompted (the "first contact" figures
 * in bench/OWN-TEXT.md); this script gives today's figures on the same text.
 *
 * - `batch-N.txt`: one sentence or two per line, `text | claim` or `text | clean`, each linted
 *   alone as plain text; a line counts as flagged when unhedged-claim reports anything in it.
 * - `batch-N.md.txt`: a Markdown page, each line prefixed `C ` (a claim on that line) or `N `
 *   (none), linted as one document.
 * - `statistics-N.txt`: unsourced-statistic's batches, `text | stat` or `text | clean`, each line
 *   linted alone as plain text (counted apart from the claims).
 * - `statistics-N.md.txt`: a Markdown article for unsourced-statistic, each line prefixed `S ` (an unsourced
 *   statistic on that line) or `N ` (none), linted as one document (counted with the statistics).
 *
 * Usage: `npm run build && node bench/own-text.mjs` (the rules alone: the scorer, trained on these batches, is
 * turned off, `scorer: false`, so that its in-sample findings do not count as the rules').
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {lint} from '../dist/src/lint.js'

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'own-text')
/** The rules alone (lint()'s options). */
const rulesAlone = {rules: {'unhedged-claim': {scorer: false}}}

/** Count a verdict into `tally`. */
function count(tally, want, got) {
  if (want && got) tally.tp++
  else if (want) tally.fn++
  else if (got) tally.fp++
  else tally.tn++
}

async function sentences(file, ruleId = 'unhedged-claim', label = 'claim') {
  const tally = {tp: 0, fn: 0, fp: 0, tn: 0}
  for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const cut = line.lastIndexOf(' | ')
    const result = await lint(line.slice(0, cut), {format: 'text', ...rulesAlone})
    count(
      tally,
      line.slice(cut + 3).trim() === label,
      result.messages.some((m) => m.ruleId === ruleId)
    )
  }
  return tally
}

async function page(file, ruleId = 'unhedged-claim', mark = 'C') {
  const prefix = new RegExp(`^[${mark}N]( |$)`)
  const rows = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => prefix.test(l))
  const result = await lint({content: rows.map((l) => l.slice(2)).join('\n'), format: 'markdown'}, rulesAlone)
  const lines = new Set(result.messages.filter((m) => m.ruleId === ruleId).map((m) => m.line))
  const tally = {tp: 0, fn: 0, fp: 0, tn: 0}
  rows.forEach((row, i) => {
    if (row.slice(2).trim()) count(tally, row[0] === mark, lines.has(i + 1))
  })
  return tally
}

const total = {tp: 0, fn: 0, fp: 0, tn: 0}
const statistics = {tp: 0, fn: 0, fp: 0, tn: 0}
const ratio = (a, b) => (b === 0 ? '–' : (a / b).toFixed(2))
const line = (name, t) =>
  `${name}: P ${ratio(t.tp, t.tp + t.fp)} R ${ratio(t.tp, t.tp + t.fn)} (tp ${t.tp} fp ${t.fp} fn ${t.fn} tn ${t.tn})`
for (const name of fs.readdirSync(folder).sort()) {
  const file = path.join(folder, name)
  const stat = name.startsWith('statistics-')
  const tally = stat
    ? name.endsWith('.md.txt')
      ? await page(file, 'unsourced-statistic', 'S')
      : await sentences(file, 'unsourced-statistic', 'stat')
    : name.endsWith('.md.txt')
      ? await page(file)
      : await sentences(file)
  const into = stat ? statistics : total
  for (const key of Object.keys(into)) into[key] += tally[key]
  console.log(line(name, tally))
}
console.log(line('statistics, all', statistics))
console.log(line('all', total))
