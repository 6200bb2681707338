// Growth of the statistic recogniser and the table reader on hostile input.
//
// usage: npm run build && node bench/statistics.mjs [--max 1000000]
//
// For each input kind, times `findStatistics` over the tokens of a parsed text (parsing is
// timed apart: it is parse-english's cost, not the recogniser's), and `findTableRows` +
// `cellSentences` over a long table, at sizes n, 2n, 4n, 8n. Linear work shows as a ratio
// near 2 per doubling; the script exits 1 when a doubling costs more than 3.5 times as much
// (after a 5 ms floor, below which timings are noise).
import {ParseEnglish} from 'parse-english'
import {findStatistics} from '../dist/src/readers/statistics.js'
import {tokensOf} from '../dist/src/model/tokens.js'
import {findTableRows, cellSentences} from '../dist/src/readers/tables.js'

const args = process.argv.slice(2)
const max = Number(args[args.indexOf('--max') + 1]) || 1_000_000
const sizes = [max / 8, max / 4, max / 2, max].map(Math.floor)

const inputs = {
  digits: (n) => '1'.repeat(n),
  percent: (n) => '%'.repeat(n),
  'spaced percent': (n) => '5 %'.repeat(Math.floor(n / 3)),
  'comma ones': (n) => '1,'.repeat(Math.floor(n / 2)),
  'digit groups': (n) => '1' + ',000'.repeat(Math.floor(n / 4)) + ' patients',
  'nearly repeated': (n) => 'nearly '.repeat(Math.floor(n / 7)) + '50%',
  'one in repeated': (n) => '1 in '.repeat(Math.floor(n / 5)),
  statistics: (n) =>
    'Nearly 50% of 1,200 patients, 1 in 3 adults and twice as likely (p < 0.05). '.repeat(Math.floor(n / 77))
}

function sentences(text) {
  const tree = new ParseEnglish().parse(text)
  const out = []
  const visit = (node) => {
    for (const child of node.children) {
      if (child.type === 'SentenceNode') out.push(tokensOf(child))
      else if (child.children) visit(child)
    }
  }
  visit(tree)
  return out
}

function time(fn) {
  // Best of three, to keep a loaded machine's noise down.
  let best = Infinity
  let result
  for (let i = 0; i < 3; i++) {
    const start = performance.now()
    result = fn()
    best = Math.min(best, performance.now() - start)
  }
  return {ms: best, result}
}

let failed = false
function report(name, rows) {
  const cells = rows.map(({n, ms}, i) => {
    const ratio = i === 0 ? '' : ` (x${(ms / Math.max(rows[i - 1].ms, 0.001)).toFixed(2)})`
    if (i > 0 && rows[i - 1].ms > 5 && ms / rows[i - 1].ms > 3.5) failed = true
    return `${n}: ${ms.toFixed(1)} ms${ratio}`
  })
  console.log(`${name.padEnd(18)} ${cells.join('  ')}`)
}

console.log(`findStatistics (parse not included), sizes in characters`)
for (const [name, make] of Object.entries(inputs)) {
  const rows = []
  for (const n of sizes) {
    const parsed = sentences(make(n))
    const {ms} = time(() => {
      let found = 0
      for (const tokens of parsed) found += findStatistics(tokens).length
      return found
    })
    rows.push({n, ms})
  }
  report(name, rows)
}

console.log(`\nfindTableRows + cellSentences + findStatistics, sizes in rows`)
for (const [name, row] of Object.entries({
  markdown: '| Adults | 48% | [3] |\n',
  html: '<tr><td>Adults</td><td>48&nbsp;%</td></tr>\n'
})) {
  const rows = []
  for (const n of sizes.map((size) => Math.floor(size / 40))) {
    const text =
      name === 'markdown'
        ? '| a | b | c |\n| - | - | - |\n' + row.repeat(n)
        : '<table>\n' + row.repeat(n) + '</table>\n'
    const {ms} = time(() => {
      let found = 0
      for (const tableRow of findTableRows(text)) {
        for (const cell of tableRow.cells)
          for (const tokens of cellSentences(text, cell, tableRow.syntax)) found += findStatistics(tokens).length
      }
      return found
    })
    rows.push({n, ms})
  }
  report(name, rows)
}

if (failed) {
  console.error('\nsuper-linear growth: a doubling cost more than 3.5 times as much')
  process.exit(1)
}
