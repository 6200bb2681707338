/**
 * Sources of a sentence (docs/definitions.md, "Source"): bracket and superscript numbers,
 * footnote markers, author–year and journal–year parentheticals, links on the sentence's
 * words, bare URLs, DOIs, PMIDs, and named attributions to a specific study.
 */
import type {SourceText} from './source-text.js'
import type {Source, Token} from './types.js'
import {namedAttribution} from './named-attribution.js'
import {footnoteLabelMaxChars} from '../text/footnotes.js'
import {
  citationFollowers,
  citedNouns,
  citedPronounDeterminers,
  citedPronouns,
  notSourcePathSegments,
  notSourceSites
} from '../data/model-words.js'

const superscripts = /[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]/

/** Links that are not sources: relative and in-page links, tracking links, images (shops and
 * social media: `notSourceSite`, `throughShopPath`). */
const notPublication = [
  /^#/,
  /^\/(?!\/)/,
  /^\.\.?\//,
  /^mailto:/i,
  /^javascript:/i,
  /[?&]utm_/i,
  /\.(?:png|jpe?g|gif|svg|webp)(?:[?#]|$)/i
]

/** Tokens from a `[` or `(` to its closing mark at most, for a citation group (`(Smith,
 * Jones and Lee et al., 2019; Brown 2020)` is some thirty tokens with its spaces). */
const bracketMaxTokens = 40

/** Characters before a `(2019)` read for the authors it dates (`Smith et al. (2019)`,
 * `Smith and Jones (2019)`). */
const narrativeAuthorMaxChars = 60

/** Characters after a sentence within which a footnote reference that a Markdown bridge
 * dropped must start (`deficient.[^12]`, `deficient. [^smith-2019]`: a little white space); its
 * label may then be as long as any footnote's (`footnoteLabelMaxChars`). */
const trailingFootnoteGapChars = 8

/** Whether a link target could be followed to evidence. */
export function isPublicationLink(url: string): boolean {
  const trimmed = url.trim()
  if (!trimmed) return false
  if (!/^(?:https?:)?\/\//i.test(trimmed) && !/^www\./i.test(trimmed) && !/^doi:/i.test(trimmed)) return false
  if (notPublication.some((pattern) => pattern.test(trimmed))) return false
  const lower = trimmed.replace(/[A-Z]+/g, (letters) => letters.toLowerCase())
  return !notSourceSite(lower) && !throughShopPath(lower)
}

/** Whether a link (ASCII letters in lower case) is on a shop, social medium or stock photo
 * site: the site's name as a whole host label before a top-level part (`amazon.com`,
 * `www.youtube.com`, `uk.pinterest.com/...`). */
function notSourceSite(lower: string): boolean {
  for (const site of notSourceSites) {
    const needle = site + '.'
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      const before = lower[at - 1]
      const after = lower.slice(at + needle.length, at + needle.length + 2)
      if ((before === undefined || before === '/' || before === '.') && /^[a-z]{2}$/.test(after)) return true
    }
  }
  return false
}

/** Whether a link (ASCII letters in lower case) goes through a shop's or a sign-in's path
 * segment (`/shop/`, `/checkout?`, `/lp2`: `lp` and digits is a landing page). */
function throughShopPath(lower: string): boolean {
  for (let at = lower.indexOf('/'); at >= 0; at = lower.indexOf('/', at + 1)) {
    let end = at + 1
    while (end < lower.length && lower[end] !== '/' && lower[end] !== '?' && lower[end] !== '#') end++
    const segment = lower.slice(at + 1, end)
    if (notSourcePathSegments.has(segment) || /^lp\d*$/.test(segment)) return true
  }
  return false
}

/** Is the content of a bracket or parenthesis a list of citation numbers (`1`, `1, 4`, `2-5`)? */
export function isNumberList(text: string): boolean {
  if (text.length === 0 || text.length > 40) return false
  let digits = 0
  let run = 0
  for (const char of text) {
    if (char >= '0' && char <= '9') {
      run++
      if (run > 3) return false
      digits++
    } else if (char === ',' || char === ' ' || char === '-' || char === '\u2013' || char === ';') run = 0
    else return false
  }
  return digits > 0
}

const yearLike = /(?:^|[^\d])(?:1[89]\d\d|20\d\d)[a-z]?(?:[^\d]|$)/

/** Is the content of a parenthesis an author–year or journal–year citation? */
export function isAuthorYear(text: string): boolean {
  if (text.length > 160 || !yearLike.test(text)) return false
  // A capitalised name before the year: `Smith et al., 2019`, `Nutrients, 2018`, `Smith & Jones 2019`.
  return (
    /^[A-Z][\p{L}'’-]{1,}/u.test(text.trim()) &&
    !/^(?:In|From|Since|Until|By|Between|Before|After|Around|About|During|Circa|Accessed|Updated|Published)\b/.test(
      text.trim()
    )
  )
}

/** Sources in bracket groups and parentheticals (`[3]`, `[^2]`, `(12)`, `(Smith et al., 2019)`,
 * `Smith et al. (2019)`), read from the tokens into `found`. */
function bracketSources(tokens: Token[], value: string, found: Source[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.kind !== 'punctuation' || (token.value !== '[' && token.value !== '(')) continue
    const close = token.value === '[' ? ']' : ')'
    let j = i + 1
    while (
      j < tokens.length &&
      j < i + bracketMaxTokens &&
      tokens[j].value !== close &&
      tokens[j].value !== token.value
    )
      j++
    if (j >= tokens.length || tokens[j].value !== close) continue
    const inner = value.slice(token.end, tokens[j].start)
    const whole = value.slice(token.start, tokens[j].end)
    if (token.value === '[' && inner.startsWith('^')) {
      found.push({kind: 'footnote', start: token.start, end: tokens[j].end, value: whole})
    } else if (isNumberList(inner)) {
      if (token.value === '[' || citationPlace(tokens, i, j, value)) {
        found.push({
          kind: token.value === '[' ? 'bracket-number' : 'parenthetical-number',
          start: token.start,
          end: tokens[j].end,
          value: whole
        })
      }
    } else if (token.value === '(' && isAuthorYear(inner)) {
      found.push({kind: 'author-year', start: token.start, end: tokens[j].end, value: whole})
    } else if (
      token.value === '(' &&
      /^\s*(?:1[89]\d\d|20\d\d)[a-z]?\s*$/.test(inner) &&
      /et al\.?\s*$|\b[A-Z][a-z]+ (?:and|&) [A-Z][a-z]+\s*$/.test(
        value.slice(Math.max(0, token.start - narrativeAuthorMaxChars), token.start)
      )
    ) {
      // `Smith et al. (2019)`, `Smith and Jones (2019)`.
      found.push({kind: 'author-year', start: token.start, end: tokens[j].end, value: whole})
    }
    i = j
  }
}

/**
 * Sources inside a sentence's tokens and under its offsets in the source text.
 * `tokens` are the sentence's tokens; `start`/`end` its offsets.
 */
export function findSources(
  tokens: Token[],
  start: number,
  end: number,
  source: SourceText,
  names?: readonly string[]
): Source[] {
  const found: Source[] = []
  const value = source.value

  // Bracket groups and parentheticals, read from the tokens.
  bracketSources(tokens, value, found)

  // Superscript numbers glued to a word (`works.¹`), and `<sup>` in HTML.
  for (const token of tokens) {
    if (token.kind === 'word' && superscripts.test(token.value)) {
      found.push({kind: 'superscript', start: token.start, end: token.end, value: token.value})
    }
  }
  for (const block of source.blocks.overlapping(start, end)) {
    if (block.data === 'superscript')
      found.push({kind: 'superscript', start: block.start, end: block.end, value: value.slice(block.start, block.end)})
  }

  // Footnote references dropped by a Markdown bridge: look at the raw text under the sentence,
  // and just after it up to a blank line or a new list item (the next block's `[^1]` is not
  // this sentence's).
  const after = value.slice(end, Math.min(value.length, end + trailingFootnoteGapChars + footnoteLabelMaxChars))
  const stop = after.search(/(?:\r?\n|\r)[ \t]*(?:\r?\n|\r|(?:[-*+]|\d{1,9}[.)])[ \t])/)
  const raw = value.slice(start, end + (stop === -1 ? after.length : stop))
  const caret = raw.indexOf('[^')
  if (caret !== -1 && caret <= end - start + trailingFootnoteGapChars && !found.some((s) => s.kind === 'footnote')) {
    const close = raw.indexOf(']', caret)
    if (close !== -1 && close - caret < footnoteLabelMaxChars)
      found.push({kind: 'footnote', start: start + caret, end: start + close + 1, value: raw.slice(caret, close + 1)})
  }

  // Links on the sentence's words, and bare URLs, DOIs, PMIDs under it.
  for (const link of source.links.overlapping(start, end)) {
    if (isPublicationLink(link.data.url))
      found.push({kind: 'link', start: link.start, end: link.end, value: link.data.url})
  }
  for (const bare of source.bare.overlapping(start, end)) {
    if (bare.data.kind !== 'url' || isPublicationLink(bare.data.value)) {
      found.push({kind: bare.data.kind, start: bare.start, end: bare.end, value: bare.data.value})
    }
  }

  // A named attribution to a specific study.
  const named = namedAttribution(tokens)
  if (named)
    found.push({
      kind: 'named-attribution',
      start: named.start,
      end: named.end,
      value: value.slice(named.start, named.end)
    })

  // "according to (the) <name>" for a named body the user counts as a source.
  if (names && names.length > 0) {
    const body = namedBody(tokens, names)
    if (body)
      found.push({kind: 'named-body', start: body.start, end: body.end, value: value.slice(body.start, body.end)})
  }

  return found.sort((a, b) => a.start - b.start)
}

/** A parenthetical number is a citation where citations stand: glued to a word
 * (`benefit(6)`), or before punctuation, another citation or the end of the sentence — not
 * where it numbers items of a list (`(1) all-cause mortality, (2) ...`). */
function citationPlace(tokens: Token[], open: number, close: number, value: string): boolean {
  const before = tokens[open - 1]
  if (before && before.kind === 'word' && before.end === tokens[open].start) return true
  let k = close + 1
  while (k < tokens.length && tokens[k].kind === 'whitespace') k++
  const next = tokens[k]
  if (!next) return true
  if (next.kind === 'punctuation' && /^[.,;:)\]!?]$/.test(next.value)) return true
  if (next.value === '(' || next.value === '[') return true
  // After a word that names a publication (`this one (12) which`, `a trial (4) found`), or
  // before a relative pronoun or reporting verb that describes it.
  let p = open - 1
  while (p >= 0 && tokens[p].kind === 'whitespace') p--
  if (p >= 0 && tokens[p].kind === 'word' && citedNouns.has(tokens[p].lower)) return true
  if (p >= 0 && tokens[p].kind === 'word' && citedPronouns.has(tokens[p].lower)) {
    // `this one (12)`, but not `take one (1) capsule`.
    let q = p - 1
    while (q >= 0 && tokens[q].kind === 'whitespace') q--
    if (q >= 0 && citedPronounDeterminers.has(tokens[q].lower)) return true
  }
  if (next.kind === 'word' && citationFollowers.has(next.lower)) return true
  void value
  return false
}

/** Tokens at the start of a sentence that are really the previous sentence's citation
 * (`deficient.[1]`, `... effective.\n(7)`, `deficient. (Smith, 2018)`): the index after them,
 * or 0. */
export function leadingCitationEnd(tokens: Token[], value: string): number {
  let i = 0
  let last = 0
  while (i < tokens.length) {
    while (i < tokens.length && tokens[i].kind === 'whitespace') i++
    const token = tokens[i]
    if (!token) break
    if (token.kind === 'word' && /^[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+$/.test(token.value)) {
      last = i + 1
      i++
      continue
    }
    if (token.kind !== 'punctuation' || (token.value !== '[' && token.value !== '(')) break
    const close = token.value === '[' ? ']' : ')'
    let j = i + 1
    while (j < tokens.length && j < i + bracketMaxTokens && tokens[j].value !== close) j++
    if (j >= tokens.length) break
    const inner = value.slice(token.end, tokens[j].start)
    if (!(isNumberList(inner) || inner.startsWith('^') || isAuthorYear(inner))) break
    last = j + 1
    i = j + 1
    // A full stop after a parenthetical citation belongs to it: `(Smith, 2018).`
    if (tokens[i] && tokens[i].kind === 'punctuation' && tokens[i].value === '.') {
      last = i + 1
      i++
    }
  }
  return last
}

/** "according to <name>" or "according to the <name>" in a sentence, for one of `names`
 * (whole words, case ignored; white space between words may be any). Its span runs from
 * "according" to the name's last word. */
export function namedBody(tokens: Token[], names: readonly string[]): {start: number; end: number} | undefined {
  const words = tokens.filter((token) => token.kind !== 'whitespace')
  const wanted = names.map((name) => name.toLowerCase().split(/\s+/).filter(Boolean))
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i].lower !== 'according' || words[i + 1].lower !== 'to') continue
    let k = i + 2
    if (words[k].lower === 'the') k++
    for (const parts of wanted) {
      if (parts.length === 0 || k + parts.length > words.length) continue
      if (parts.every((part, index) => words[k + index].lower === part))
        return {start: words[i].start, end: words[k + parts.length - 1].end}
    }
  }
  return undefined
}
