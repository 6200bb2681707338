/**
 * The document model, computed once per tree and shared by every rule: sentences with their
 * offsets, kinds, sources, hedges, boosters, negations and effect claims.
 *
 * It is cached in `file.data.evidence`, keyed by the tree, so the three rules of the preset
 * analyse the document once between them.
 */
import type {Root as NlcstRoot} from 'nlcst'
import type {VFile} from 'vfile'
import {detectFormat, scanSourceText, type SourceText} from './source-text.js'
import {classify, collectSentences, opensNavigation} from './sentences.js'
import {findSources} from './sources.js'
import {sourceQuotations} from './quoted-sources.js'
import {embeddedHtml} from './embedded-html.js'
import {compile, extend, fromList, fromRecord, LexiconGroup, type Lexicon} from './lexicon.js'
import {
  defaultPhrases,
  defaultPredicates,
  defaultVerbs,
  findEffects,
  animalLimits,
  studyLimits,
  distancedReports,
  imperativeEffect,
  instructionPromise,
  conditionalPromise,
  parentheticalClaim,
  startedTestimony,
  resultPromise,
  verblessPromise,
  reasonClauseStart,
  isInterventionWord,
  namesIntervention,
  isInterventionPhrase,
  verbTable,
  praisingNever,
  type AgentContext,
  type ClaimLexicons
} from './claims.js'
import type {Effect, Token} from './types.js'
import {definedAbbreviations, isTitledName, titleNames} from '../claims/classes.js'
import {
  addOutcome,
  headingLeadIn,
  titleAgent,
  leadInOf,
  outcomeInstruction,
  stateOutcomeItem,
  type LeadIn
} from '../claims/fragments.js'
import {hedges as hedgeData, notHedges} from '../data/hedges.js'
import {bioscopeCues} from '../data/bioscope-cues.js'
import {boosters as boosterData} from '../data/boosters.js'
import {nextSolid} from './tokens.js'
import {answerNegations, negations as negationData, notNegations} from '../data/negations.js'
import {vagueAttributions} from '../data/attributions.js'
import {genericCues} from '../data/model-words.js'
import type {DocumentModel, LexiconMatch, Sentence, SourceFormat} from './types.js'

export type {
  DocumentModel,
  Sentence,
  Token,
  Source,
  Effect,
  LexiconMatch,
  SentenceKind,
  SourceKind,
  Region,
  Span,
  SourceFormat
} from './types.js'

/** Words a user can add to the lexicons (options of unhedged-claim). */
export interface LexiconOptions {
  /** Extra hedges (phrases, lower or mixed case). */
  hedges?: string[] | undefined
  /** Extra boosters. */
  boosters?: string[] | undefined
  /** Extra effect verbs, by lemma (`soothe`), inflected automatically. */
  effectVerbs?: string[] | undefined
  /** Extra effect phrases and predicates (`works wonders`, `good for`). */
  effectPhrases?: string[] | undefined
  /** Extra intervention words (product names, ingredients). */
  interventions?: string[] | undefined
}

export interface Lexicons {
  hedges: Lexicon
  notHedges: Lexicon
  boosters: Lexicon
  negations: Lexicon
  notNegations: Lexicon
  vague: Lexicon
  claims: ClaimLexicons
  extraInterventions: Set<string> | undefined
}

// A `let` assigned apart: `buildLexicons` reads `defaults` (still undefined) while it builds the
// first value, which a `const` would forbid.
let defaults: Lexicons | undefined
// eslint-disable-next-line prefer-const
defaults = buildLexicons({})

/** Compile the lexicons with a user's additions. */
export function buildLexicons(options: LexiconOptions): Lexicons {
  const base = defaults
  // A product written with a mark (`Radiance+`, `Lumivex™`) is matched by its word: the
  // parser splits the mark off as a symbol.
  const extraInterventions =
    options.interventions && options.interventions.length > 0
      ? new Set(options.interventions.map(withoutMark))
      : undefined
  return {
    hedges: extend(
      base?.hedges ?? fromRecord({...hedgeData, 'speculation-cue': bioscopeCues.map(([cue]) => cue)}),
      options.hedges,
      'custom'
    ),
    notHedges: base?.notHedges ?? fromList(notHedges, 'not-hedge'),
    boosters: extend(
      base?.boosters ?? compile(boosterData.map((b) => ({phrase: b.phrase, category: 'booster'}))),
      options.boosters,
      'custom'
    ),
    negations: base?.negations ?? fromList(negationData, 'negation'),
    notNegations: base?.notNegations ?? fromList([...notNegations], 'not-negation'),
    vague: base?.vague ?? fromList(vagueAttributions, 'vague-attribution'),
    claims: {
      verbs:
        options.effectVerbs && options.effectVerbs.length > 0
          ? verbTable([...defaultVerbs, ...options.effectVerbs.map((w) => w.toLowerCase())])
          : (base?.claims.verbs ?? verbTable(defaultVerbs)),
      phrases: extend(
        base?.claims.phrases ?? fromList(defaultPhrases, 'effect-phrase'),
        options.effectPhrases,
        'custom'
      ),
      predicates: base?.claims.predicates ?? fromList(defaultPredicates, 'effect-predicate'),
      interventions: extraInterventions ?? new Set(),
      allow: undefined
    },
    extraInterventions
  }
}

/** An intervention option without its trailing marks (`Radiance+` → `radiance`). */
function withoutMark(word: string): string {
  let end = word.length
  while (end > 1 && (word[end - 1] === '+' || word[end - 1] === '™' || word[end - 1] === '®')) end--
  return word.slice(0, end).toLowerCase()
}

interface Cached {
  tree: NlcstRoot
  value: string
  model: DocumentModel
}

/** The model of a tree, computed on first use and cached in `file.data`. */
export function getModel(tree: NlcstRoot, file: VFile): DocumentModel {
  const data = file.data as {evidence?: Cached}
  const value = String(file.value ?? '')
  if (data.evidence && data.evidence.tree === tree && data.evidence.value === value) return data.evidence.model
  // The package's processor records the format it parsed; bridges and plain pipelines do not.
  const known = (file.data as {evidenceSource?: {format?: string}}).evidenceSource?.format
  const format = known === 'text' || known === 'markdown' || known === 'html' ? known : undefined
  // Named bodies that count as sources (the preset's `sources` option, set on the file). Kept
  // by tree too, for a rule that builds its own model of the same tree with `buildModel`.
  const names = (file.data as {evidenceNamedSources?: string[]}).evidenceNamedSources
  if (names && names.length > 0) namedSourcesByTree.set(tree, names)
  else namedSourcesByTree.delete(tree)
  const model = buildModel(tree, value, defaults as Lexicons, format)
  data.evidence = {tree, value, model}
  return model
}

const namedSourcesByTree = new WeakMap<NlcstRoot, readonly string[]>()

/** Build a model without caching (rules with their own lexicon options use this). Named
 * bodies (`sources`) are those `getModel` last saw for this tree. */
export function buildModel(tree: NlcstRoot, value: string, lexicons: Lexicons, format?: SourceFormat): DocumentModel {
  const names = namedSourcesByTree.get(tree)
  const covered = format === undefined ? coversWholeText(tree, value) : format === 'text'
  const detected = format ?? detectFormat(value, covered)
  const source = scanSourceText(value, detected)
  const raw = documentSentences(tree, source, detected)
  const sentences = classifySentences(raw, source, names)
  sourceQuotations(sentences)
  const claimWords = interventionWords(sentences, lexicons)
  const {topic, naming} = findTopic(sentences, lexicons, claimWords.names, claimWords.titled)
  analyseClaims(sentences, lexicons, topic, {...claimWords, naming})
  const model: DocumentModel = {
    value,
    format: detected,
    sentences,
    referenceSections: source.referenceSections,
    topic,
    sentenceAt: (offset: number) => sentenceAt(sentences, offset)
  }
  sourceTexts.set(model, source)
  return model
}

/** The scan of each model's source text, made while building it. */
const sourceTexts = new WeakMap<DocumentModel, SourceText>()

/** The scan of a model's source text (`scanSourceText(model.value, model.format)`): the one the
 * model was built from, so a rule that needs it does not scan the document again. Read only. */
export function sourceTextOf(model: DocumentModel): SourceText {
  let source = sourceTexts.get(model)
  if (!source) sourceTexts.set(model, (source = scanSourceText(model.value, model.format)))
  return source
}

/** The sentences of the tree in document order, with those of raw HTML blocks in Markdown
 * (prose a reader sees, which the Markdown bridge drops). */
function documentSentences(
  tree: NlcstRoot,
  source: SourceText,
  detected: SourceFormat
): ReturnType<typeof collectSentences> {
  let raw = collectSentences(tree, source)
  // In document order: HTML parsers move some text (text inside a `<table>` but outside its
  // cells goes before the table), and `sentenceAt` searches by offset.
  if (raw.some((item, index) => index > 0 && item.tokens[0].start < raw[index - 1].tokens[0].start)) {
    raw = [...raw].sort((a, b) => a.tokens[0].start - b.tokens[0].start)
  }
  if (detected === 'markdown') {
    // Text in raw HTML blocks is prose a reader sees; the Markdown bridge drops it.
    const html = embeddedHtml(source)
    if (html) {
      const paragraphs = raw.length > 0 ? raw[raw.length - 1].paragraph + 1 : 0
      // Sentences of the tree are in document order and do not overlap: binary search.
      const taken = raw.map((r) => [r.tokens[0].start, r.tokens[r.tokens.length - 1].end] as const)
      const covered = (start: number, end: number) => {
        let lo = 0
        let hi = taken.length - 1
        while (lo <= hi) {
          const mid = (lo + hi) >> 1
          if (taken[mid][1] <= start) lo = mid + 1
          else if (taken[mid][0] >= end) hi = mid - 1
          else return true
        }
        return false
      }
      const extra = collectSentences(html, source).filter(
        (r) => !covered(r.tokens[0].start, r.tokens[r.tokens.length - 1].end)
      )
      for (const sentence of extra) sentence.paragraph += paragraphs
      if (extra.length > 0) raw = [...raw, ...extra].sort((a, b) => a.tokens[0].start - b.tokens[0].start)
    }
  }
  return raw
}

/** Each sentence with its kind (navigation runs after a "Related stories" heading included)
 * and its sources. */
function classifySentences(
  raw: ReturnType<typeof collectSentences>,
  source: SourceText,
  names: ReturnType<typeof namedSourcesByTree.get>
): Sentence[] {
  const sentences: Sentence[] = []
  let inNavigation = false
  let navigationParagraph = -1
  for (const item of raw) {
    const tokens = item.tokens
    const start = tokens[0].start
    const end = tokens[tokens.length - 1].end
    const inReferences = source.referenceSections.some((section) => section.start <= start && start < section.end)
    // (Joined once: a string added to token by token is a chain of pieces, one object per token.)
    const parts = new Array<string>(tokens.length)
    for (let k = 0; k < tokens.length; k++) parts[k] = tokens[k].kind === 'whitespace' ? ' ' : tokens[k].value
    const text = parts.join('')
    // A navigation heading ("You may also like", "Related stories") opens a run of link-like
    // lines: it lasts while the following lines are headings or lists, up to the next prose.
    const classified = classify(tokens, start, end, source, false, inReferences)
    if (
      opensNavigation(text) &&
      (classified.kind === 'heading' || classified.titleLike || /:$/.test(text.trim()) || text.split(' ').length <= 6)
    ) {
      inNavigation = true
      navigationParagraph = item.paragraph
      classified.kind = 'navigation'
    } else if (inNavigation && classified.kind === 'prose' && !classified.listItem) {
      // Prose after a navigation section ends it.
      inNavigation = false
    } else if (inNavigation && classified.kind === 'heading' && source.blocks.at(start)?.data === 'heading') {
      // A real heading ends it, unless it opens another navigation section.
      inNavigation = opensNavigation(text)
      if (inNavigation) classified.kind = 'navigation'
    } else if (inNavigation && item.paragraph !== navigationParagraph) {
      classified.kind = 'navigation'
    }
    const sentence: Sentence = {
      index: sentences.length,
      start,
      end,
      text,
      tokens,
      kind: classified.kind,
      listItem: classified.listItem,
      labelEnd: classified.labelEnd,
      paragraph: item.paragraph,
      sources: [...findSources(tokens, start, end, source, names), ...item.trailing],
      hedges: [],
      boosters: [],
      negations: [],
      vagueAttributions: [],
      effects: []
    }
    sentences.push(sentence)
  }
  return sentences
}

/** The sentence holding `offset` (sentences are sorted and do not overlap), by binary search. */
function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid]
    if (offset < s.start) hi = mid - 1
    else if (offset >= s.end) lo = mid + 1
    else return s
  }
  return undefined
}

/** Hedges, boosters, negations and effects of every sentence (prose or not: the rules
 * decide what to do with non-prose). */
export function analyseClaims(
  sentences: Sentence[],
  lexicons: Lexicons,
  topic: string | undefined,
  known?: KnownNames
): void {
  let previousIntervention = false
  let listNamed = false
  const {extra, names} = known ?? interventionWords(sentences, lexicons)
  // The topic's scan answered `names.any` for the sentences it read (prose and headings).
  const naming = known?.naming
  let leadIn: LeadIn | undefined
  let title: string | undefined
  const group = lexiconGroup(lexicons)
  for (const sentence of sentences) {
    const tokens = sentence.tokens
    const [hedges, notHedge, boosters, negations, notNegation, vague] = group.matchAll(tokens)
    sentence.hedges = sentenceHedges(sentence, hedges, notHedge, vague)
    sentence.boosters = boosters
    sentence.negations = sentenceNegations(tokens, negations, notNegation)
    sentence.vagueAttributions = vague
    if (sentence.kind === 'instruction' && leadIn && outcomeInstruction(sentence, leadIn)) sentence.kind = 'prose'
    const label = labelInfo(sentence, lexicons)
    sentence.effects =
      sentence.kind === 'prose'
        ? findEffects(tokens, sentence.labelEnd, lexicons.claims, sentence.hedges, sentence.negations, {
            previousIntervention,
            topic,
            labelIntervention: label.intervention,
            labelText: label.text,
            extra,
            listItem: sentence.listItem,
            product: title || undefined
          })
        : []
    // `Boost your immunity with zinc`: an imperative that promises an outcome is a claim.
    const promised =
      sentence.kind === 'instruction' || (sentence.kind === 'prose' && !sentence.effects.some((e) => e.intervention))
        ? sentencePromise(sentence, {previousIntervention, topic, labelIntervention: false, labelText: '', extra})
        : undefined
    if (promised) {
      sentence.kind = 'prose'
      sentence.effects = [promised]
    }
    if (sentence.kind === 'instruction') {
      const named = (words: Token[]) => previousIntervention || names.any(words)
      const stated = reasonEffects(sentence, lexicons, named, {topic, extra})
      if (stated) {
        sentence.kind = 'prose'
        sentence.effects = stated
      }
    }
    // `- Age spots – eliminated`: a bodily state and what became of it, in a list about an intervention.
    const stateAgent = listNamed ? 'it' : topic
    if (sentence.kind === 'prose' && stateAgent && !sentence.effects.some((e) => e.intervention)) {
      const item = stateOutcomeItem(sentence, stateAgent)
      if (item) sentence.effects = [...sentence.effects, item]
    }
    for (const effect of sentence.effects) effect.text = effectText(sentence, effect)
    // An item of a list that a lead-in opened as what an intervention does (`- Improved focus`).
    if (sentence.kind === 'prose' && sentence.listItem && leadIn) addOutcome(sentence, leadIn)
    // (The page's title names what a benefit heading's list speaks of, when no topic does: `# SoleCalm Foot Soak`.)
    if (sentence.kind === 'heading') title ??= titleAgent(sentence, extra) ?? ''
    leadIn = nextLeadIn(sentence, leadIn, topic ?? (title || undefined), extra)
    // An instruction names what the next sentence speaks of too (`Take magnesium at night. It
    // calms the nerves.`), and so does a question (`Castor oil at night? That's what thickens brows.`).
    if (namingKinds.has(sentence.kind)) {
      // The items of a list whose first item spoke of the intervention named before it
      // (`- Reduces hot flashes`, `- Improves mood`) all speak of it.
      const listRun: boolean = sentence.listItem && previousIntervention && sentence.effects.some((e) => e.intervention)
      const named: boolean = (naming?.[sentence.index] ?? names.any(tokens)) || listRun || titledLine(tokens)
      // (A question that names nothing leaves the antecedent as it was: `Will it help with anxiety?`.)
      previousIntervention = named || (sentence.kind === 'question' && previousIntervention)
    }
    // Whether the last sentence before a list (not an item of it) names an intervention.
    if (!sentence.listItem) listNamed = previousIntervention && sentence.kind !== 'heading'
  }
}

/** A sentence's negations: those of the lexicon that no not-negation covers, that praise nothing and that no
 * short answer ends before. */
function sentenceNegations(tokens: Token[], negations: LexiconMatch[], notNegation: LexiconMatch[]): LexiconMatch[] {
  if (negations.length === 0) return negations
  const said = notNegation.length === 0 ? negations : negations.filter((n) => !within(notNegation, n))
  // (`have never felt stronger`: a negation that praises.)
  const denying = said.filter((n) => !praisingNever(tokens, n))
  // `Not at all: the tea wears off overnight, so...`: a short answer's negation ends at its colon.
  const answer = denying.length === 0 ? -1 : answerColon(tokens)
  return answer < 0 ? denying : denying.filter((n) => n.to > answer)
}

/** A sentence's hedges: those of the lexicon that no not-hedge covers, and (in prose) the reports
 * distanced by their reporter (`The company says its gummies boost concentration`). */
function sentenceHedges(
  sentence: Sentence,
  hedges: LexiconMatch[],
  notHedge: LexiconMatch[],
  vague: LexiconMatch[]
): LexiconMatch[] {
  const kept = notHedge.length === 0 ? hedges : hedges.filter((h) => !within(notHedge, h))
  const reports = sentence.kind === 'prose' ? distancedReports(sentence.tokens, vague) : []
  // (`In rodents, ...`: a limit to animals that the lexicon's `in mice` does not name.)
  const limits = [...animalLimits(sentence.tokens), ...studyLimits(sentence.tokens)].filter(
    (l) => !kept.some((h) => h.from === l.from || (h.from <= l.from && h.to >= l.to))
  )
  const extra = limits.length === 0 ? reports : [...reports, ...limits]
  return extra.length === 0 ? kept : [...kept, ...extra].sort((a, b) => a.from - b.from)
}

/** How many words a short answer before a colon may have (`Not at all:`, `No, never:`); a `No` before a comma
 * ends one too. */
const ANSWER_WORDS = 3

/** The index of the colon that closes a short answer opening the sentence (`No:`, `Not at all:`), or
 * -1. */
function answerColon(tokens: Token[]): number {
  let words = 0
  let colon = -1
  for (let k = 0; k < tokens.length && words <= ANSWER_WORDS; k++) {
    if (tokens[k].kind === 'word') words++
    else if (tokens[k].value === ':') {
      colon = words > 0 ? k : -1
      break
    }
  }
  // (`No, and whole-grain carbs steady your energy`, `My answer: No, ...`: a short answer before a comma.)
  const answer = nextSolid(tokens, colon + 1)
  const comma = nextSolid(tokens, answer + 1)
  return answerNegations.has(tokens[answer]?.lower ?? '') && tokens[comma]?.value === ',' ? comma : colon
}

/** The effect a whole sentence promises when no verb of its own states one: an imperative's
 * outcome, an instruction's promise, a condition told by coordination, a verbless promise, or (in
 * prose with no hedge or negation) a closing parenthesis's effect or a result clause. */
function sentencePromise(sentence: Sentence, context: AgentContext): Effect | undefined {
  const tokens = sentence.tokens
  const calm = sentence.hedges.length === 0 && sentence.negations.length === 0
  const plain = sentence.kind === 'prose' && calm
  return (
    imperativeEffect(tokens, context.extra) ??
    (sentence.kind === 'instruction' ? instructionPromise(tokens, context) : undefined) ??
    conditionalPromise(tokens, context) ??
    verblessPromise(tokens, context) ??
    // (`Try our ginger biscuits (they settle a queasy stomach)`: an instruction's parenthesis too.)
    (calm ? parentheticalClaim(tokens, context) : undefined) ??
    (plain ? startedTestimony(tokens, context) : undefined) ??
    (plain ? resultPromise(tokens, context) : undefined)
  )
}

/** `Start with X, because it calms the nerves`: the effects an instruction's clause of reason
 * states of an intervention (named in the instruction or before it), or undefined. */
function reasonEffects(
  sentence: Sentence,
  lexicons: Lexicons,
  named: (words: Token[]) => boolean,
  known: {topic: string | undefined; extra: Set<string> | undefined}
): Effect[] | undefined {
  const tokens = sentence.tokens
  const reason = reasonClauseStart(tokens)
  if (reason < 0) return undefined
  const context = {
    ...known,
    previousIntervention: named(tokens.slice(0, reason)),
    labelIntervention: false,
    labelText: ''
  }
  const stated = findEffects(tokens, reason, lexicons.claims, sentence.hedges, sentence.negations, context)
  return stated.some((e) => e.intervention) ? stated : undefined
}

/** The lead-in in force after `sentence`: a prose sentence's own (or none), a heading's (of `subject`, the
 * topic or the page's title, or of what the heading names), the same through a list, none after anything
 * else. */
function nextLeadIn(
  sentence: Sentence,
  leadIn: LeadIn | undefined,
  subject: string | undefined,
  extra: Set<string> | undefined
): LeadIn | undefined {
  if (sentence.kind === 'prose') return sentence.listItem ? leadIn : leadInOf(sentence, subject, extra)
  if (sentence.kind === 'heading') return headingLeadIn(sentence, subject, extra) ?? leadInOf(sentence, subject, extra)
  return undefined
}

/** The kinds of sentence that make what they name the next sentence's antecedent. */
const namingKinds: ReadonlySet<string> = new Set(['prose', 'heading', 'instruction', 'question'])

/** The six lexicons `analyseClaims` matches in every sentence, matched in one pass; made once
 * per set of lexicons. */
const groups = new WeakMap<Lexicons, LexiconGroup>()

function lexiconGroup(lexicons: Lexicons): LexiconGroup {
  let group = groups.get(lexicons)
  if (!group) {
    const {hedges, notHedges, boosters, negations, notNegations, vague} = lexicons
    group = new LexiconGroup([hedges, notHedges, boosters, negations, notNegations, vague])
    groups.set(lexicons, group)
  }
  return group
}

/** Whether a match starts inside one of `spans` (a hedge inside a "not hedge" phrase). */
function within(spans: LexiconMatch[], match: LexiconMatch): boolean {
  return spans.some((span) => span.from <= match.from && match.from < span.to)
}

function effectText(sentence: Sentence, effect: Effect): string {
  const {tokens} = sentence
  // (Its own tokens when its indices span exactly its offsets, as they do: a scan of the whole sentence
  // per effect was quadratic on a long sentence of many effects.)
  const exact = tokens[effect.from]?.start === effect.start && tokens[effect.to - 1]?.end === effect.end
  return (
    exact ? tokens.slice(effect.from, effect.to) : tokens.filter((t) => t.start >= effect.start && t.end <= effect.end)
  )
    .map((t) => (t.kind === 'whitespace' ? ' ' : t.value))
    .join('')
}

/** How many tokens a title-cased name alone may have (four words, three spaces, marks around). */
const TITLED_LINE_TOKENS = 12

/** `Morning Lift` alone, as a table's first cell or a heading: a product's title-cased name
 * (isTitledName) with nothing else, which the next cell or sentence speaks of. */
function titledLine(tokens: Token[]): boolean {
  // (A name of at most four words and the spaces between them: most sentences are longer.)
  if (tokens.length > TITLED_LINE_TOKENS) return false
  const words = tokens.filter((t) => t.kind === 'word')
  return (
    words.length >= 2 && words.length === tokens.filter((t) => t.kind !== 'whitespace').length && isTitledName(words)
  )
}

function labelInfo(sentence: Sentence, lexicons: Lexicons): {intervention: boolean; text: string} {
  if (sentence.labelEnd === 0) return {intervention: false, text: ''}
  const words = sentence.tokens.slice(0, sentence.labelEnd).filter((t) => t.kind === 'word')
  return {
    // (`The Nocturne contour pillow:`: a name after a determiner is read from the whole label.)
    intervention:
      namesIntervention(words, lexicons.extraInterventions) ||
      isTitledName(words) ||
      isInterventionPhrase(words, {extra: lexicons.extraInterventions}),
    text: words.map((w) => w.value).join(' ')
  }
}

/** The words that name an intervention in a document's claims: the lexicons' extra words, and
 * the abbreviations the document defines for an intervention (`cyclosporine A (CsA)`). */
interface ClaimWords {
  extra: Set<string> | undefined
  names: InterventionNames
  /** The names the page's title gives its product (titleNames), which count towards the topic. */
  titled?: Set<string>
}

function interventionWords(sentences: Sentence[], lexicons: Lexicons): ClaimWords {
  const named = titleNames(sentences, lexicons.extraInterventions)
  const abbreviated = definedAbbreviations(sentences, lexicons.extraInterventions)
  const defined = named.size > 0 ? new Set([...abbreviated, ...named]) : abbreviated
  const extra =
    defined.size > 0
      ? keptSet(new Set([...(lexicons.extraInterventions ?? []), ...defined]))
      : lexicons.extraInterventions
  return {extra, names: keptInterventionNames(extra), titled: named}
}

/** How many sets of a document's extra words are kept (the last ones used). */
const KEPT_SETS = 4

/** The sets of extra words of the last documents, by their words: a document linted again (the language server's
 * every change, the hook's retries) or another one that defines the same abbreviations gets the same set, and with
 * it the word caches kept for that set (`isInterventionWord`, `isInterventionNoun`: ./word-cache.ts) and its
 * `interventionNames`, instead of a new set whose caches start empty. A set's answers depend only on its words. */
const keptSets = new Map<string, Set<string>>()

/** The set kept with the same words as `set`, or `set`, kept from now on. */
function keptSet(set: Set<string>): Set<string> {
  const key = JSON.stringify([...set].sort())
  const kept = keptSets.get(key)
  // (The most recently used last: the first is the one to let go.)
  keptSets.delete(key)
  keptSets.set(key, kept ?? set)
  if (keptSets.size > KEPT_SETS) keptSets.delete(keptSets.keys().next().value as string)
  return kept ?? set
}

/** `interventionNames` of each set of extra words (and of none), kept with the set. */
const namesBySet = new WeakMap<Set<string>, InterventionNames>()
let plainNames: InterventionNames | undefined

/** `interventionNames(extra)`, made once for each set (and for none): its answers kept across documents, up to
 * a limit. */
function keptInterventionNames(extra: Set<string> | undefined): InterventionNames {
  if (extra === undefined) return (plainNames ??= interventionNames(undefined))
  let names = namesBySet.get(extra)
  if (names === undefined) namesBySet.set(extra, (names = interventionNames(extra)))
  return names
}

/** What the topic's scan leaves for `analyseClaims`: for each sentence it read (prose and
 * headings, by index) `names.any(sentence.tokens)`, with the claims' words. */
interface KnownNames extends ClaimWords {
  naming: Array<boolean | undefined>
}

/** The intervention a document is mostly about: its most frequent specific cue (≥ 3 times);
 * and, read on the way, which of the sentences it reads name an intervention with the claims'
 * words (`claimNames.any`). */
function findTopic(
  sentences: Sentence[],
  lexicons: Lexicons,
  claimNames: InterventionNames,
  titled?: Set<string>
): {topic: string | undefined; naming: Array<boolean | undefined>} {
  const counts = new Map<string, number>()
  const naming: Array<boolean | undefined> = []
  // The topic counts words with the lexicons' extra words only (no defined abbreviation).
  const names =
    claimNames.extra === lexicons.extraInterventions ? claimNames : keptInterventionNames(lexicons.extraInterventions)
  // What a word counts as (its lower case without a possessive, or null: not a cue) and whether
  // it names an intervention alone in a claim (`claimNames.word`), by the word's text: the
  // answers depend on nothing else, and a document repeats its words.
  const cues = new Map<string, {lower: string; counted: string | null; names: boolean}>()
  for (const sentence of sentences) {
    if (sentence.kind !== 'prose' && sentence.kind !== 'heading') continue
    let any = false
    for (const token of sentence.tokens) {
      if (token.kind !== 'word') continue
      let cue = cues.get(token.value)
      if (cue === undefined || cue.lower !== token.lower) {
        const lower = token.lower.replace(/'s$/, '')
        const counted =
          genericCues.has(lower) ||
          !(isInterventionWord(lower, lexicons.extraInterventions) || names.word(token) || titled?.has(lower))
            ? null
            : lower
        cue = {lower: token.lower, counted, names: claimNames.word(token)}
        cues.set(token.value, cue)
      }
      if (cue.names) any = true
      if (cue.counted !== null) counts.set(cue.counted, (counts.get(cue.counted) ?? 0) + 1)
    }
    naming[sentence.index] = any
  }
  let best: string | undefined
  let count = 2
  for (const [word, n] of counts) {
    if (n > count) {
      best = word
      count = n
    }
  }
  return {topic: best, naming}
}

/**
 * `namesIntervention` with its answer for one word kept. `namesIntervention(tokens, extra)` is
 * whether some word token alone is an intervention phrase (`isInterventionPhrase([token])`),
 * and that answer depends only on the token's text (`value`, and `lower` made from it) and on
 * `extra`: so it is computed once per distinct word of a document (a 1 MiB article repeats its
 * words thousands of times). Same answers, by construction.
 */
interface InterventionNames {
  /** The extra words the answers are for. */
  extra: Set<string> | undefined
  /** `namesIntervention([token], extra)`. */
  word(token: Token): boolean
  /** `namesIntervention(tokens, extra)`. */
  any(tokens: Token[]): boolean
}

/** How many words an `interventionNames` keeps answers for. */
const KNOWN_NAMES = 50_000

export function interventionNames(extra: Set<string> | undefined): InterventionNames {
  // By the word's text, with the lower case it was answered for (a token is not required to
  // have `lower` made by `normalise`: another lower case is answered afresh).
  const known = new Map<string, {lower: string; answer: boolean}>()
  const word = (token: Token): boolean => {
    if (token.kind !== 'word') return false
    const entry = known.get(token.value)
    if (entry !== undefined && entry.lower === token.lower) return entry.answer
    const answer = namesIntervention([token], extra)
    // (Kept across documents: bounded as the word caches are.)
    if (known.size < KNOWN_NAMES) known.set(token.value, {lower: token.lower, answer})
    return answer
  }
  return {extra, word, any: (tokens) => tokens.some(word)}
}

/** In a plain retext pipeline the tree covers the whole text; behind a bridge it does not.
 * (Exported for tests.) */
export function coversWholeText(tree: NlcstRoot, value: string): boolean {
  const start = tree.position?.start.offset
  const end = tree.position?.end.offset
  if (start !== 0 || end !== value.length) return false
  return textIs(tree, value)
}

/** `toString(tree) === value`, read leaf by leaf and stopped at the first difference (behind a
 * Markdown bridge that is the first markup character, near the start) instead of joining the
 * text of the whole tree. */
function textIs(tree: NlcstRoot, value: string): boolean {
  let offset = 0
  const stack: Array<{children?: unknown[]; value?: unknown}> = [tree as never]
  while (stack.length > 0) {
    const node = stack.pop() as {children?: unknown[]; value?: unknown}
    if ('value' in node) {
      const text = node.value as string
      if (!value.startsWith(text, offset)) return false
      offset += text.length
    } else if (node.children) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as never)
    }
  }
  return offset === value.length
}
