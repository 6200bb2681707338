// Hostile inputs (issue 9), shared by test/hostile-inputs.test.ts (at a reduced size) and
// bench/hostile.mjs (at several sizes up to the full one). Each is made at run time from a
// scale: 1 gives the full size named in `full`.
//
// Every document is framed by two probe claims, one before the hostile text and one after it,
// so a test can check that messages still point at the right words behind a huge input.

const MB = 1024 * 1024

/** The claim before the hostile text, and the one after it (each flagged by unhedged-claim). */
export const probeBefore = 'Magnesium cures anxiety.'
export const probeAfter = 'Zinc cures colds.'

/** `unit` repeated to about `size` characters. */
function fill(unit, size) {
  return unit.repeat(Math.max(1, Math.round(size / unit.length)))
}

const surnames = ['Smith', 'Jones', 'Lee', 'Garcia', 'Chen', 'Brown', 'Khan', 'Novak', 'Rossi', 'Kim']
const journals = ['J Nutr', 'Nutrients', 'BMJ', 'Lancet', 'JAMA', 'Sleep']
const topics = [
  'Zinc and colds',
  'Magnesium and sleep',
  'Vitamin D and falls',
  'Coffee and longevity',
  'Fish oil and joint pain'
]

/** Sentences in paragraphs of five. */
function paragraphs(sentences) {
  const out = []
  for (let index = 0; index < sentences.length; index += 5) out.push(sentences.slice(index, index + 5).join(' '))
  return out.join('\n\n')
}

/** A body that cites by author and year (2,000 sentences at most), then a numbered reference
 * list of `count` entries. */
function referenceList(count) {
  const body = []
  for (let index = 0; index < Math.min(count, 2000); index++) {
    const name = surnames[index % 10] + index
    const year = 1990 + (index % 30)
    body.push(
      index % 2
        ? `A ${year} study by ${name} et al. found that zinc shortened colds.`
        : `Zinc shortened colds in a trial (${name} et al., ${year}).`
    )
  }
  const list = []
  for (let index = 0; index < count; index++) {
    const year = 1990 + (index % 30)
    list.push(
      `${index + 1}. ${surnames[index % 10]}${index} A, ${surnames[(index + 3) % 10]} B. ${topics[index % 5]}: a randomised trial. ${journals[index % 6]}. ${year};${(index % 90) + 1}(3):${index}-${index + 9}. doi:10.1000/j.${index}`
    )
  }
  return paragraphs(body) + '\n\nReferences\n\n' + list.join('\n') + '\n'
}

/** `count` sentences with a footnote each, in paragraphs, then `count` footnote definitions. */
function footnotes(count) {
  const body = []
  for (let index = 0; index < count; index++)
    body.push(`Zinc shortened colds by ${index % 90}% in one trial.[^${index}]`)
  const definitions = []
  for (let index = 0; index < count; index++)
    definitions.push(
      `[^${index}]: ${surnames[index % 10]} et al. ${topics[index % 5]}. ${journals[index % 6]}. ${1990 + (index % 30)}.`
    )
  return paragraphs(body) + '\n\n' + definitions.join('\n\n') + '\n'
}

/**
 * The inputs: name → {what (for the report), full (its full size, in words), make(scale)}.
 * `make` returns the hostile text alone; `frame` puts the probes around it.
 */
export const inputs = {
  digits: {what: '1 MB of digits', full: '1 MB', make: (scale) => fill('1234567890', MB * scale)},
  percent: {what: '1 MB of `%`', full: '1 MB', make: (scale) => fill('%', MB * scale)},
  parens: {what: '1 MB of `(`', full: '1 MB', make: (scale) => fill('(', MB * scale)},
  citations: {what: '1 MB of `[1][1]...`', full: '1 MB', make: (scale) => fill('[1]', MB * scale)},
  word: {what: 'a 1 MB word', full: '1 MB', make: (scale) => fill('abcdefghij', MB * scale)},
  list: {
    what: '100,000 list items',
    full: '100,000 items',
    make: (scale) =>
      Array.from({length: Math.round(100_000 * scale)}, (_, index) => `- item ${index} of the list\n`).join('')
  },
  nested: {
    what: '10,000 nested brackets',
    full: '10,000 levels',
    make: (scale) => {
      const depth = Math.round(5000 * scale)
      return '(['.repeat(depth) + 'x' + '])'.repeat(depth)
    }
  },
  references: {
    what: 'a reference list of 10,000 entries',
    full: '10,000 entries',
    make: (scale) => referenceList(Math.round(10_000 * scale))
  },
  // In sentences: 100,000 tags in one sentence make a sentence too long for the English parser
  // (the processor then gives one fatal too-complex message; see the tests).
  tags: {
    what: '100,000 `<b>` tags',
    full: '100,000 tags',
    make: (scale) => fill('<b>Bold</b> text. ', 100_000 * scale * 18)
  },
  etAl: {what: '1 MB of `et al. (`', full: '1 MB', make: (scale) => fill('et al. (', MB * scale)},
  footnotes: {
    what: '50,000 footnote definitions',
    full: '50,000 definitions',
    make: (scale) => footnotes(Math.round(50_000 * scale))
  },
  // Every line ends a sentence and starts one that the parser joins to it: every line break is a
  // place to check for a cut in plain text, and none is one.
  numberedLines: {what: '256 KB of `1.` lines', full: '256 KB', make: (scale) => fill('1.\n', 256 * 1024 * scale)},
  // Issue 14: numbers, percentages and "in" with no sentence end and no line break (a statistic
  // at every step for the rules, one paragraph for the parser).
  numberRuns: {
    what: '1 MB of `1,1.5% of 2 in 3 `',
    full: '1 MB',
    make: (scale) => fill('1,1.5% of 2 in 3 ', MB * scale)
  },
  stars: {what: '1 MB of `*`', full: '1 MB', make: (scale) => fill('*', MB * scale)},
  underscores: {what: '1 MB of `_`', full: '1 MB', make: (scale) => fill('_', MB * scale)},
  backticks: {what: '1 MB of `` ` ``', full: '1 MB', make: (scale) => fill('`', MB * scale)},
  angles: {what: '1 MB of `<`', full: '1 MB', make: (scale) => fill('<', MB * scale)},
  ampersands: {what: '1 MB of `&`', full: '1 MB', make: (scale) => fill('&', MB * scale)},
  // A GFM table whose cells hold statistics: every cell is a paragraph of its own.
  table: {
    what: 'a 1 MB table of `|` cells',
    full: '1 MB',
    make: (scale) => '| a | b | c | d |\n|---|---|---|---|\n' + fill('| 45% | 1.5 | in 3 | x |\n', MB * scale)
  },
  // One line at every level, so the text grows with the square of the depth: the depth is
  // scaled by the square root of the scale, and the size by the scale.
  quotes: {
    what: 'a 1,000-deep block quote',
    full: '1,000 levels',
    make: (scale) => nested(Math.round(1000 * Math.sqrt(scale)), (level) => '> '.repeat(level))
  },
  lists: {
    what: 'a 1,000-deep list',
    full: '1,000 levels',
    make: (scale) => nested(Math.round(1000 * Math.sqrt(scale)), (level) => '  '.repeat(level - 1) + '- ')
  },
  // Issue 14: ordinary sentences in one Markdown paragraph, after a link: GFM's autolink
  // literals looked back to the link at every word that could start a bare link.
  paragraphAfterLink: {
    what: 'one 1 MB paragraph after a link',
    full: '1 MB',
    make: (scale) =>
      'The menu has [a page](https://example.com) for it. ' +
      fill('Old notes sit at www.example.com and info@example.org today. Zinc may shorten colds. ', MB * scale)
  },
  // Issue 14l: one sentence of thousands of clauses, each with an effect and a hedge (the claim
  // detector read every hedge of the sentence's one segment at every effect).
  hedgedClauses: {
    what: 'one sentence of 8,000 hedged clauses',
    full: '8,000 clauses',
    make: (scale) => 'Magnesium reduces stress, which may help, '.repeat(Math.round(8000 * scale)) + 'and sleep.'
  },
  // Issue 14l: the same with `it` in every clause (the claim detector looked back over the
  // sentence for an intervention at every `it`).
  anaphorClauses: {
    what: 'one sentence of 8,000 clauses of `it`',
    full: '8,000 clauses',
    make: (scale) => 'It reduces stress, and '.repeat(Math.round(8000 * scale)) + 'it helps.'
  },
  // Issue 14l: the same with a negation in every clause (every effect counted the words after
  // every earlier negation of the sentence).
  negatedClauses: {
    what: 'one sentence of 8,000 negated clauses',
    full: '8,000 clauses',
    make: (scale) =>
      'Magnesium does not reduce stress, and it helps, and '.repeat(Math.round(8000 * scale)) + 'it works.'
  }
}

/** `depth` lines, the one at level `k` opened by `prefix(k)`. */
function nested(depth, prefix) {
  const lines = []
  for (let level = 1; level <= depth; level++) lines.push(prefix(level) + 'Zinc may shorten colds.')
  return lines.join('\n') + '\n'
}

/** The document: the first probe, a plain sentence (so that a citation at the start of the
 * hostile text is not read as the probe's source), the hostile text, the second probe. */
export function frame(hostile) {
  return probeBefore + '\n\nThe rest of this page is filler.\n\n' + hostile + '\n\n' + probeAfter + '\n'
}
