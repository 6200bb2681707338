/**
 * Sentences of the model: nlcst sentences, split where a line ends without terminal
 * punctuation (a heading, a list item, a caption must not glue onto the next sentence),
 * with a citation that the parser pushed to the start of the next sentence given back to
 * the sentence it belongs to, and classified (prose, heading, navigation, ...).
 */
import type {Parent as NlcstParent, Root as NlcstRoot} from 'nlcst'
import type {SourceText} from './source-text.js'
import type {SentenceKind, Source, Token} from './types.js'
import {nextSolid, previousSolid, tokensOf} from './tokens.js'
import {withTemplateNames} from './template-names.js'
import {leadingCitationEnd} from './sources.js'
import {compile, matchAll, type Lexicon} from './lexicon.js'
import {disclaimers} from '../data/disclaimers.js'
import {advicePhrases, instructionOpeners, instructionVerbs} from '../data/instructions.js'
import {labelNouns} from '../data/labels.js'
import {wordClasses} from '../data/wordnet.js'
import {
  concessiveAfterEven,
  contrastConjunctions,
  interrogatives,
  invertingAuxiliaries,
  questionJoiners
} from '../data/grammar.js'
import {navigationHeadings, titleMinorWords} from '../data/model-words.js'

const disclaimerLexicon: Lexicon = compile(disclaimers.map((phrase) => ({phrase, category: 'disclaimer'})))
const adviceLexicon: Lexicon = compile(advicePhrases.map((phrase) => ({phrase, category: 'advice'})))
const instructions = new Set(instructionVerbs)

/** A sentence before analysis: its tokens, paragraph and sources found while splitting. */
export interface RawSentence {
  tokens: Token[]
  paragraph: number
  trailing: Source[]
}

const terminal = new Set(['.', '!', '?', '…', '."', '.”', '!”', '?”'])

/** Collect the sentences of an nlcst tree, split on line structure. */
export function collectSentences(tree: NlcstRoot, source: SourceText): RawSentence[] {
  const out: RawSentence[] = []
  let paragraph = -1
  // A page saved from a template (`<?= $step1_name ?>`): its product names stand in as words.
  const templated = source.value.includes('<?')
  const tokensIn = (sentence: NlcstParent): Token[] =>
    templated ? withTemplateNames(tokensOf(sentence), source.value) : tokensOf(sentence)
  const visit = (node: NlcstParent) => {
    for (const child of node.children as Array<NlcstParent>) {
      if (child.type === 'ParagraphNode') {
        paragraph++
        visit(child)
      } else if (child.type === 'SentenceNode') {
        for (const line of splitOnLines(tokensIn(child), source.value)) {
          for (const part of splitAfterLetterLabels(line)) out.push({tokens: part, paragraph, trailing: []})
        }
      } else if ('children' in child && Array.isArray(child.children) && child.type !== 'WordNode') {
        visit(child)
      }
    }
  }
  visit(tree as unknown as NlcstParent)

  // Give citations that start a sentence back to the sentence before (`deficient.[1]`), but
  // not across a block break: `[1]` opening the next paragraph or list item is not the
  // previous one's source.
  const kept: RawSentence[] = []
  for (const sentence of out) {
    const previous = kept[kept.length - 1]
    // The text between the two sentences is read only when a citation opens this one.
    const cited = previous ? leadingCitationEnd(sentence.tokens, source.value) : 0
    const cut =
      cited > 0 &&
      previous &&
      !isBlockBreak(source.value.slice(previous.tokens[previous.tokens.length - 1].end, sentence.tokens[0].start))
        ? cited
        : 0
    if (cut > 0 && previous) {
      const start = sentence.tokens[0].start
      const end = sentence.tokens[cut - 1].end
      previous.trailing.push({
        kind: citationKind(source.value.slice(start, end)),
        start,
        end,
        value: source.value.slice(start, end),
        trailing: true
      })
      sentence.tokens = trim(sentence.tokens.slice(cut))
    }
    if (sentence.tokens.some((token) => token.kind === 'word')) kept.push(sentence)
  }
  return kept
}

const htmlBlockTag =
  /<\/?(?:p|div|li|ul|ol|h[1-6]|section|article|aside|header|footer|nav|blockquote|table|tr|td|th|dl|dt|dd|figure|figcaption|pre|hr)\b/i

/** Between two sentences, a break between blocks: a blank line, a line that opens a list item,
 * or an HTML block element's tag. Lines are read one by one (one expression for all three
 * backtracked polynomially, and read a `\r\n` as two line breaks, so as a blank line). */
function isBlockBreak(between: string): boolean {
  if (htmlBlockTag.test(between)) return true
  const lines = between.split(/\r\n|\r|\n/)
  for (let index = 1; index < lines.length; index++) {
    if (index < lines.length - 1 && /^[ \t]*$/.test(lines[index])) return true
    if (/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]/.test(lines[index])) return true
  }
  return false
}

function citationKind(text: string): Source['kind'] {
  if (text.startsWith('[^')) return 'footnote'
  if (text.startsWith('[')) return 'bracket-number'
  if (/^\(\s*\d/.test(text)) return 'parenthetical-number'
  if (text.startsWith('(')) return 'author-year'
  return 'superscript'
}

/** Split a sentence's tokens at line breaks that end a line without terminal punctuation,
 * unless the next line simply continues a hard-wrapped sentence (starts in lower case after
 * a word or a comma). A part is `tokens` itself when nothing is split off or trimmed. */
export function splitOnLines(tokens: Token[], value: string): Token[][] {
  const parts: Token[][] = []
  // The current part is `tokens[from..i)`; the line break that ends it is left out.
  let from = 0
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.kind === 'whitespace' && i > from && token.value.includes('\n')) {
      const previous = lastSolidIn(tokens, from, i)
      const next = tokens[i + 1]
      const continues =
        previous !== undefined &&
        next !== undefined &&
        next.kind === 'word' &&
        /^[a-z]/.test(next.value) &&
        (previous.kind === 'word' || previous.value === ',') &&
        !startsBlock(value, next.start)
      if (!continues) {
        const part = trimRange(tokens, from, i)
        if (part.length > 0) parts.push(part)
        from = i + 1
      }
    }
  }
  if (from < tokens.length) {
    const part = trimRange(tokens, from, tokens.length)
    if (part.length > 0) parts.push(part)
  }
  return parts
}

/** retext-english reads `C.` as an initial and does not end the sentence there: split
 * `... low in vitamin C. International research shows ...` where the letter is a label. */
export function splitAfterLetterLabels(tokens: Token[]): Token[][] {
  const parts: Token[][] = []
  let from = 0
  for (let i = 2; i < tokens.length - 2; i++) {
    const dot = tokens[i]
    if (dot.kind !== 'punctuation' || dot.value !== '.') continue
    const letter = tokens[i - 1]
    if (letter.kind !== 'word' || !/^[A-Z]$/.test(letter.value) || letter.end !== dot.start) continue
    let k = i - 2
    while (k >= 0 && tokens[k].kind === 'whitespace') k--
    const before = tokens[k]
    if (!before || before.kind !== 'word' || !(labelNouns.has(before.lower) || /^[a-z]/.test(before.value))) continue
    const space = tokens[i + 1]
    const next = tokens[i + 2]
    if (space.kind !== 'whitespace' || !next || next.kind !== 'word' || !/^[A-Z]/.test(next.value)) continue
    parts.push(tokens.slice(from, i + 1))
    from = i + 2
  }
  if (from === 0) return tokens.length > 0 ? [tokens] : []
  parts.push(tokens.slice(from))
  return parts.filter((part) => part.length > 0)
}

/** Characters back from a sentence to its line's start read for a list marker or heading
 * mark (`  - `, `### `, `12. `, `> * `): indentation and nested markers fit in sixteen. */
const blockPrefixMaxChars = 16

/** Does the line holding `offset` start with a list marker or heading mark before it? */
function startsBlock(value: string, offset: number): boolean {
  let i = offset - 1
  let steps = 0
  while (i >= 0 && value[i] !== '\n' && steps < blockPrefixMaxChars) {
    i--
    steps++
  }
  const prefix = value.slice(i + 1, offset)
  return /^\s*(?:[-*+•#>]|\d{1,3}[.)])/.test(prefix)
}

function lastSolid(tokens: Token[]): Token | undefined {
  return lastSolidIn(tokens, 0, tokens.length)
}

/**
 * Is the question of a sentence ending in `?` only its last clause, after a statement (`Ten minutes of
 * stretching calms the mind, so why not try it?`, `It lowers blood pressure, and who doesn't want
 * that?`): a comma, a coordinator or none, then an interrogative word, with no interrogative or
 * inverting auxiliary at the sentence's start? The statement before it is prose.
 */
function trailingQuestion(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word')
  if (words.length === 0 || interrogatives.has(words[0].lower) || invertingAuxiliaries.has(words[0].lower)) return false
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].value !== ',') continue
    let k = nextWordIndex(tokens, i + 1)
    if (questionJoiners.has(tokens[k]?.lower ?? '')) k = nextWordIndex(tokens, k + 1)
    // (`who's`, `what's`: the interrogative with its verb glued on.)
    if (interrogatives.has((tokens[k]?.lower ?? '').split(/['’]/)[0]))
      return !tokens.slice(k).some((t) => t.value === ',')
  }
  return false
}

/** The last token of `tokens[from..to)` that is not white space. */
function lastSolidIn(tokens: Token[], from: number, to: number): Token | undefined {
  for (let i = to - 1; i >= from; i--) if (tokens[i].kind !== 'whitespace') return tokens[i]
  return undefined
}

function trim(tokens: Token[]): Token[] {
  return trimRange(tokens, 0, tokens.length)
}

/** `tokens[from..to)` without white space at either end: `tokens` itself when that is all of it. */
function trimRange(tokens: Token[], from: number, to: number): Token[] {
  let start = from
  let end = to
  while (start < end && tokens[start].kind === 'whitespace') start++
  while (end > start && tokens[end - 1].kind === 'whitespace') end--
  return start === 0 && end === tokens.length ? tokens : tokens.slice(start, end)
}

/** The index after a leading list marker written out in plain text (`- `, `* `, `1. `), or 0. */
export function bulletEnd(tokens: Token[]): number {
  const first = tokens[0]
  if (!first) return 0
  let i = 0
  if ((first.kind === 'punctuation' || first.kind === 'symbol') && /^[-*+•▪◦‣]$/.test(first.value)) i = 1
  else if (first.kind === 'word' && /^\d{1,3}$/.test(first.value) && tokens[1] && /^[.)]$/.test(tokens[1].value)) i = 2
  else return 0
  if (!tokens[i] || tokens[i].kind !== 'whitespace') return 0
  return i + 1
}

/** Words of a leading label at most (`High absorption:`, `Best for people with low
 * magnesium:`): a longer run before a colon is a sentence, not a label. */
const labelMaxWords = 8

/** The index after a leading label such as `High absorption:` or `Modafinil |` (or after a
 * written-out list marker), or 0. */
export function labelEnd(tokens: Token[]): number {
  const bullet = bulletEnd(tokens)
  let words = 0
  for (let i = bullet; i < tokens.length && words <= labelMaxWords; i++) {
    const token = tokens[i]
    if (token.kind === 'word') words++
    else if (
      (token.kind === 'punctuation' || token.kind === 'symbol') &&
      (token.value === ':' || token.value === '|')
    ) {
      if (words === 0) return bullet
      const rest = tokens.slice(i + 1).some((t) => t.kind === 'word')
      return rest ? i + 1 : bullet
    } else if (token.kind === 'punctuation' && /^[.!?;]$/.test(token.value)) return bullet
  }
  return bullet
}

/** Classify a sentence. `kindOfSection` tells whether earlier headings opened a
 * navigation section. */
export function classify(
  tokens: Token[],
  start: number,
  end: number,
  source: SourceText,
  inNavigation: boolean,
  inReferences: boolean
): {kind: SentenceKind; listItem: boolean; labelEnd: number; titleLike: boolean} {
  const block = source.blocks.at(start)
  const listItem = block?.data === 'list-item' || /^\s*(?:[-*+•▪]|\d{1,3}[.)])\s/.test(source.lineAt(start).text)
  const label = labelEnd(tokens)
  const titleLike = isTitleLike(tokens, start, end, source)
  const result = (kind: SentenceKind) => ({kind, listItem, labelEnd: label, titleLike})
  if (block?.data === 'code') return result('code')
  if (block?.data === 'front-matter') return result('metadata')
  if (imageAlt(source, start, end)) return result('image')
  if (inReferences || block?.data === 'footnote-definition' || block?.data === 'link-definition')
    return result('reference')
  if (block?.data === 'heading') return result('heading')
  if (block?.data === 'chrome' || inNavigation) return result('navigation')
  if (linkCoverage(tokens, source) >= 0.6) return result('navigation')
  if (isDisclaimer(tokens)) return result('disclaimer')
  const last = lastSolid(tokens)
  if (last && last.value === '?' && !trailingQuestion(tokens)) return result('question')
  if (titleLike) return result('heading')
  if (isInstruction(tokens, label)) return result('instruction')
  return result('prose')
}

/**
 * Does the sentence hold a disclaimer (`Results may vary.`, `This is not medical advice.`) in every clause? A clause
 * of contrast or concession (`, but`, `, although`, `, even if`) is a clause of its own: a disclaimer there leaves
 * the other clause prose, which the rules read (`Results may vary, but X improves memory in almost everyone`). (Not
 * after `, and` or a semicolon: `Reviews reflect individual experiences, and results vary`, `This product is not
 * intended to diagnose ...; results in 90% of users are not typical` are all boilerplate.) One pass over the tokens.
 */
function isDisclaimer(tokens: Token[]): boolean {
  const found = matchAll(disclaimerLexicon, tokens)
  if (found.length === 0) return false
  let next = 0
  let held = false
  let words = 0
  for (let k = 0; k < tokens.length; k++) {
    while (next < found.length && found[next].from <= k) {
      held = true
      next++
    }
    const token = tokens[k]
    if (token.kind === 'word') words++
    if (!clauseCut(tokens, k)) continue
    if (!held && words > 0) return false
    held = false
    words = 0
  }
  return held || words === 0
}

/** Does a clause of its own (see `isDisclaimer`) open after the token at `k`? */
function clauseCut(tokens: Token[], k: number): boolean {
  if (tokens[k].value !== ',') return false
  const w = solidWordAt(tokens, k + 1)
  if (w < 0) return false
  const lower = tokens[w].lower
  if (!contrastConjunctions.has(lower)) return false
  return lower !== 'even' || concessiveAfterEven.has(tokens[solidWordAt(tokens, w + 1)]?.lower ?? '')
}

/** The index of the word at the next solid token from `from`, or -1 when that token is no word. */
function solidWordAt(tokens: Token[], from: number): number {
  const k = nextSolid(tokens, from)
  return tokens[k]?.kind === 'word' ? k : -1
}

/** Is the text from `start` to `end` the whole alt text of a Markdown image (`![` before it, `](` after it)? */
function imageAlt(source: SourceText, start: number, end: number): boolean {
  return (
    source.format === 'markdown' &&
    source.value.slice(Math.max(0, start - 2), start) === '![' &&
    source.value.slice(end, end + 2) === ']('
  )
}

/** Whether the sentence opens a navigation section (its text starts with a navigation
 * heading, as a whole word, in any case). */
export function opensNavigation(text: string): boolean {
  const bare = text.replace(/^[\s#*_]+/, '')
  // ASCII (nearly every sentence): its lower case keeps its length, so the lower case of its
  // start answers for every heading at once.
  const start = bare.slice(0, longestHeading)
  if (isAscii(start)) {
    const lower = start.toLowerCase()
    for (const heading of navigationHeadings)
      if (lower.startsWith(heading) && !/^\w/.test(bare.slice(heading.length, heading.length + 1))) return true
    return false
  }
  for (const heading of navigationHeadings) {
    if (bare.length < heading.length || bare.slice(0, heading.length).toLowerCase() !== heading) continue
    // A word boundary after it (the headings end in a letter): `Related:`, not `Relatedly`.
    if (!/^\w/.test(bare.slice(heading.length, heading.length + 1))) return true
  }
  return false
}

const longestHeading = Math.max(...navigationHeadings.map((heading) => heading.length))

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) >= 0x80) return false
  return true
}

/** The share of the sentence's word characters that are link text. */
function linkCoverage(tokens: Token[], source: SourceText): number {
  let total = 0
  let linked = 0
  // Most sentences hold no link: then no word is looked up.
  let first = Infinity
  let last = -Infinity
  for (const token of tokens) {
    if (token.kind !== 'word') continue
    if (token.start < first) first = token.start
    if (token.start > last) last = token.start
  }
  if (!source.links.mayHold(first, last + 1)) return 0
  for (const token of tokens) {
    if (token.kind !== 'word') continue
    total += token.value.length
    if (source.links.at(token.start)) linked += token.value.length
  }
  return total === 0 ? 0 : linked / total
}

/** Characters after a sentence read to see that it ends its line: closing emphasis, a link's
 * `]`, a heading's closing `#`s or an HTML tag may stand before the line break. */
const lineEndMaxChars = 40

/** A heading-like line: a whole line without terminal punctuation, not a list item, whose
 * content words are capitalised ("Magnesium's Role in the Gut-Brain Connection"). */
function isTitleLike(tokens: Token[], start: number, end: number, source: SourceText): boolean {
  const last = lastSolid(tokens)
  if (!last || terminal.has(last.value) || last.value === ':' || last.value === ';' || last.value === ',') return false
  if (/^[.!?]/.test(last.value) || /[.!?]["”)]?$/.test(last.value)) return false
  const line = source.lineAt(start)
  if (/^\s*(?:[-*+•▪]|\d{1,3}[.)])\s/.test(line.text) || source.blocks.at(start)?.data === 'list-item') return false
  // The sentence must end its line.
  const after = source.value.slice(end, Math.min(source.value.length, end + lineEndMaxChars))
  if (!/^[ \t*_\]#)]*(?:\r?\n|$|<)/.test(after)) return false
  // `**Brief sleep intervention works to prevent obesity**`: a whole line set in bold, with
  // no sentence end, is a headline written without heading markup.
  if (boldLine(line.text)) return true
  let content = 0
  let capital = 0
  for (const token of tokens) {
    if (token.kind !== 'word') continue
    if (titleMinorWords.has(token.lower)) continue
    content++
    if (/^[\p{Lu}\d]/u.test(token.value)) capital++
  }
  if (content === 0) return true
  return capital / content >= 0.75 || (content <= 2 && capital >= 1)
}

/** Is the line one run of strong emphasis (`**…**` or `__…__`) and nothing else? */
function boldLine(text: string): boolean {
  const line = text.trim()
  if (line.length < 5) return false
  const mark = line.slice(0, 2)
  if ((mark !== '**' && mark !== '__') || line.slice(-2) !== mark) return false
  // One run only: no closing mark inside (`**A:** text **B**` is a label and text).
  return !line.slice(2, -2).includes(mark)
}

/** An instruction: opens (after any label) with a base-form verb, or gives advice. */
function isInstruction(tokens: Token[], label: number): boolean {
  let i = label
  while (i < tokens.length && tokens[i].kind !== 'word') i++
  const first = tokens[i]
  if (first && instructions.has(first.lower) && /^[A-Z]/.test(first.value)) {
    // `Please remember that a proper breakfast sharpens...`: a verb of knowing before `that` asserts
    // the clause after it, which is a statement of its own.
    if (knowingBeforeThat(tokens, i)) return false
    // "Support links", "Take-home message?" aside: a verb followed by something.
    return true
  }
  // Advice in a clause of consequence after a statement (`X sharpens focus, so please make sure
  // ...`) leaves the statement a statement.
  const so = consequenceStart(tokens)
  return matchAll(adviceLexicon, tokens).some((match) => so < 0 || match.from < so)
}

/** Does the instruction that opens at `i` tell the reader to know something (a verb whose first
 * WordNet sense is of cognition: `remember`, `forget`, `know`) and go on with `that`? */
function knowingBeforeThat(tokens: Token[], i: number): boolean {
  let k = i
  for (let words = 0; words < 3 && k < tokens.length; words++) {
    if (tokens[k].kind !== 'word' || !instructionOpeners.has(tokens[k].lower)) break
    k = nextWordIndex(tokens, k + 1)
  }
  const verb = tokens[k]
  if (!verb || verb.kind !== 'word') return false
  const sense = wordClasses.get(verb.lower)?.find((c) => c.startsWith('verb.'))
  return sense === 'verb.cognition' && tokens[nextWordIndex(tokens, k + 1)]?.lower === 'that'
}

/** The index of the next word token at or after `k`, or the tokens' length. */
function nextWordIndex(tokens: Token[], k: number): number {
  let n = k
  while (n < tokens.length && tokens[n].kind !== 'word') n++
  return n
}

/** The index of `so` right after a comma (`, so please ...`), or -1. */
function consequenceStart(tokens: Token[]): number {
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].lower !== 'so') continue
    let k = i - 1
    while (k >= 0 && tokens[k].kind === 'whitespace') k--
    if (k >= 0 && tokens[k].value === ',') return i
  }
  return -1
}

/** How many tokens (words, spaces, marks) a quotation may hold each way from a word in it: a headline's length. */
const QUOTE_REACH = 60

/** Does the token at `index` stand inside a quotation (double marks, straight or curly, at most QUOTE_REACH tokens
 * each way) that asks a question: its last mark before its close is `?`, and it is no statement with a trailing
 * question (`"It works, so why wait?"`, as `trailingQuestion` reads a sentence)? A straight mark opens a quotation
 * where it starts the sentence or follows white space or markup, with no white space after it. */
export function inQuotedQuestion(tokens: Token[], index: number): boolean {
  let open = -1
  for (let k = index - 1; k >= 0 && index - k <= QUOTE_REACH; k--) {
    const value = tokens[k].value
    if (value === '”') return false
    if (value === '“') open = k
    else if (value === '"') {
      if (!opensQuotation(tokens, k)) return false
      open = k
    }
    if (open >= 0) break
  }
  if (open < 0) return false
  const close = tokens[open].value === '“' ? '”' : '"'
  for (let k = index + 1; k < tokens.length && k - index <= QUOTE_REACH; k++) {
    if (tokens[k].value === close)
      return tokens[previousSolid(tokens, k - 1)]?.value === '?' && !trailingQuestion(tokens.slice(open + 1, k))
    if (tokens[k].value === '“') return false
  }
  return false
}

/** Does the straight quotation mark at `k` open a quotation (see inQuotedQuestion)? */
function opensQuotation(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]
  const after = tokens[k + 1]
  return (
    (before === undefined || before.kind === 'whitespace' || /^[*_([]+$/.test(before.value)) &&
    after !== undefined &&
    after.kind !== 'whitespace'
  )
}
