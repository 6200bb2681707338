/**
 * Quoted excerpts and their reference line. A page that quotes research often sets the link on
 * a line of its own next to the quotation (`https://pubmed.ncbi.nlm.nih.gov/…` then “Ketogenic
 * diets reduce hunger…”). The quotation is then sourced by that link, as a sentence is by a
 * link on its own words: each sentence of a quotation that opens right after a reference line,
 * or closes right before one, in the same paragraph, takes the line's source.
 */
import type {Sentence, Source} from './types.js'

/** Source kinds that a reference line may hold: a link a reader could follow. */
const lineKinds: ReadonlySet<Source['kind']> = new Set(['url', 'link', 'doi', 'pmid'])

/** How many words besides its source a reference line may hold (`Source:`, `Read the study`). */
const REFERENCE_LINE_WORDS = 3

/** How many sentences a quotation may run to. */
const QUOTATION_SENTENCES = 6

const opening: ReadonlySet<string> = new Set(['“', '"', '‘'])
const closing: ReadonlySet<string> = new Set(['”', '"', '’'])

/** The link of a sentence that is only a reference line, if it is one. */
function referenceLine(sentence: Sentence): Source | undefined {
  const link = sentence.sources.find((s) => lineKinds.has(s.kind))
  if (!link) return undefined
  let words = 0
  for (const token of sentence.tokens) {
    if (token.kind === 'word' && (token.end <= link.start || token.start >= link.end)) words++
  }
  return words <= REFERENCE_LINE_WORDS ? link : undefined
}

function opensQuotation(sentence: Sentence): boolean {
  const first = sentence.tokens.find((t) => t.kind !== 'whitespace')
  return first !== undefined && opening.has(first.value[0])
}

function closesQuotation(sentence: Sentence): boolean {
  for (let index = sentence.tokens.length - 1; index >= 0; index--) {
    const token = sentence.tokens[index]
    if (token.kind !== 'whitespace') return closing.has(token.value[token.value.length - 1])
  }
  return false
}

/** Give the sentences of a quotation next to a reference line that line's source. */
export function sourceQuotations(sentences: Sentence[]): void {
  for (let index = 0; index < sentences.length; index++) {
    const link = referenceLine(sentences[index])
    if (!link) continue
    const paragraph = sentences[index].paragraph
    // A quotation that opens right after the line.
    const after = sentences[index + 1]
    if (after && after.paragraph === paragraph && opensQuotation(after)) {
      for (let k = index + 1; k < sentences.length && k <= index + QUOTATION_SENTENCES; k++) {
        if (sentences[k].paragraph !== paragraph) break
        cite(sentences[k], link)
        if (closesQuotation(sentences[k])) break
      }
    }
    // A quotation that closes right before it.
    const before = sentences[index - 1]
    if (before && before.paragraph === paragraph && closesQuotation(before)) {
      for (let k = index - 1; k >= 0 && k >= index - QUOTATION_SENTENCES; k--) {
        if (sentences[k].paragraph !== paragraph) break
        cite(sentences[k], link)
        if (opensQuotation(sentences[k])) break
      }
    }
  }
}

function cite(sentence: Sentence, link: Source): void {
  if (!sentence.sources.includes(link)) sentence.sources.push({...link, trailing: true})
}
