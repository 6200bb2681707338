/**
 * ## unhedged-claim
 *
 * Flags a sentence that states an effect of an intervention as settled fact: an
 * intervention as agent of an effect, no hedge governing that effect (or a booster on it),
 * and no source. See `docs/rules/unhedged-claim.md` and `docs/definitions.md`.
 *
 * The finding covers the effect words (`reduces`), or the booster (`clinically proven`);
 * `expected` holds a hedged rewording where one is obvious (`may reduce`).
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {lintRule} from 'unified-lint-rule'
import {validateOptions} from '../options.js'
import {unhedgedClaimOptions, type UnhedgedClaimOptions} from './options.js'
import {boosterNote, boosterReason, effectNote, effectReason} from './messages.js'
import {buildLexicons, buildModel, getModel} from '../../src/model/index.js'
import {compile, matchAll} from '../../src/model/lexicon.js'
import {positionOf} from '../../src/model/position.js'
import {chainedFinding, hedgedRewording} from '../../src/claims/rewording.js'
import {boosters as boosterData} from '../../src/data/boosters.js'
import {hedges as hedgeData} from '../../src/data/hedges.js'
import type {DocumentModel, Effect, LexiconMatch, Sentence, Token} from '../../src/model/types.js'
import {nextSolid, previousSolid} from '../../src/model/tokens.js'
import {inQuotedQuestion} from '../../src/model/sentences.js'
import {beForms, demonstratives, subjectPronouns} from '../../src/data/grammar.js'
import {
  featureContexts,
  isClaimCandidate,
  judgedKinds,
  sentenceFeatures,
  type FeatureContext
} from '../../src/claims/features.js'
import {claimProbability, claimThreshold, defaultClaimThreshold} from '../../src/claims/scorer.js'
import {claimPlace} from '../../src/claims/place.js'

export type {UnhedgedClaimOptions} from './options.js'

export const unhedgedClaimUrl =
  'https://github.com/retext-evidence/retext-evidence/blob/main/docs/rules/unhedged-claim.md'

const boosterExpected = new Map(boosterData.map((b) => [b.phrase, b.expected]))
const boosterScope = new Map(boosterData.map((b) => [b.phrase, b.scope]))

export const unhedgedClaim = lintRule<Root, UnhedgedClaimOptions | null | undefined>(
  {origin: 'retext-evidence:unhedged-claim', url: unhedgedClaimUrl},
  function (tree: Root, file: VFile, options) {
    const settings = normaliseOptions(options)
    const model = modelFor(tree, file, settings)
    const allow =
      settings.allow && settings.allow.length > 0
        ? compile(settings.allow.map((phrase) => ({phrase, category: 'allow'})))
        : undefined
    const threshold = scorerThreshold(settings)
    const contexts = threshold === undefined ? undefined : featureContexts(model, extraInterventions(settings))
    for (const sentence of model.sentences) {
      if (allow && matchAll(allow, sentence.tokens).length > 0) continue
      if (contexts) {
        const judged = scoredFinding(sentence, contexts[sentence.index], threshold ?? 1)
        if (judged) {
          if (judged.booster) reportBooster(file, sentence, judged.booster, judged.claim, judged.scored)
          else reportEffect(file, judged.claim)
          continue
        }
        const lead = boostedListLead(sentence, model.sentences[sentence.index + 1])
        if (lead) reportBooster(file, sentence, lead, undefined)
        continue
      }
      const finding = unhedgedFinding(sentence)
      if (finding) {
        if (finding.booster) reportBooster(file, sentence, finding.booster, finding.claim)
        else reportEffect(file, finding.claim)
        continue
      }
      const lead = boostedListLead(sentence, model.sentences[sentence.index + 1])
      if (lead) reportBooster(file, sentence, lead, undefined)
    }
  }
)

/** The finding for a sentence, if it is an unhedged claim: its first unhedged effect, or a
 * booster on an effect. */
export function unhedgedFinding(
  sentence: Sentence
): {claim: Effect & {expected?: string | undefined}; booster?: LexiconMatch} | undefined {
  if (sentence.kind !== 'prose' || sentence.sources.length > 0) return undefined
  const claims = sentence.effects.filter((effect) => effect.intervention && !effect.negated)
  if (claims.length === 0) return undefined
  const booster = sentence.boosters.find(
    (b) => !negatedBooster(sentence, b) && claims.some((claim) => boosts(sentence, b, claim) && !reported(claim, b))
  )
  if (booster) return {claim: claims[0], booster}
  const unhedged = claims.find((effect) => effect.hedges.length === 0)
  // `improves sleep and reduces waking`: one finding whose fix hedges both verbs.
  return unhedged ? {claim: chainedFinding(sentence, unhedged, claims) ?? unhedged} : undefined
}

/** The verdict on a sentence with the scorer on: the rules' finding where they have one;
 * else a finding where the scorer's probability reaches the threshold, placed on the
 * candidate of `claimPlace` (or a booster). Sourced sentences and sentences that are not
 * prose never count. */
export function scoredFinding(
  sentence: Sentence,
  context: FeatureContext,
  threshold: number
): {claim: Effect & {expected?: string | undefined}; booster?: LexiconMatch; scored?: boolean} | undefined {
  if (!judgedKinds.has(sentence.kind) || sentence.sources.length > 0) return undefined
  const ruled = unhedgedFinding(sentence)
  if (ruled) return ruled
  if (!isClaimCandidate(sentence, context) || claimProbability(sentenceFeatures(sentence, context)) < threshold)
    return undefined
  const booster = sentence.boosters.find((b) => !negatedBooster(sentence, b))
  const claim = claimPlace(sentence, context)
  // (`"Will yoga fix my back?" asked Ann`: a quoted question asks, as the rules read it.)
  if (inQuotedQuestion(sentence.tokens, claim.from)) return undefined
  return booster ? {claim, booster, scored: true} : {claim, scored: true}
}

/** The threshold the scorer runs at, or undefined when it is off. By default it runs at the model's default
 * threshold, the lowest at which, cross-validated by document, the labelled articles score at least as well as
 * with the rules alone (bench/ACCURACY.md). `scorer: true` runs it at the threshold of its best F1 (more
 * claims, more false findings on articles); `threshold` sets one; `scorer: false` turns it off. For evaluation,
 * `EVIDENCE_CLAIM_MODEL=off` turns it off and `EVIDENCE_CLAIM_THRESHOLD=trained` stands for `scorer: true`. */
function scorerThreshold(settings: UnhedgedClaimOptions): number | undefined {
  if (settings.scorer === false || process.env.EVIDENCE_CLAIM_MODEL === 'off') return undefined
  if (settings.threshold !== undefined) return settings.threshold
  if (settings.scorer === true || process.env.EVIDENCE_CLAIM_THRESHOLD === 'trained') return claimThreshold()
  const fallback = defaultClaimThreshold()
  return Number.isFinite(fallback) ? fallback : undefined
}

function extraInterventions(settings: UnhedgedClaimOptions): Set<string> | undefined {
  return settings.interventions && settings.interventions.length > 0
    ? new Set(settings.interventions.map((w) => w.toLowerCase()))
    : undefined
}

/** How far, in tokens (words and the spaces between), a booster may stand before its claim
 * (`proven to lower`, `this miracle supplement cures`: about six words) or after it (`works
 * every time`: about three), and a negation before a booster (`not proven`, `is not a miracle`). */
const BOOSTER_BEFORE_TOKENS = 12
const BOOSTER_AFTER_TOKENS = 6
const NEGATED_BOOSTER_TOKENS = 4

/** A booster bears on a claim when it stands just before it (`proven to lower`, `this
 * miracle supplement cures`), inside it (`ensures`), just after it (`works every time`), or
 * is a clause of its own (`the message is clear: ...`). A booster that opens a clause with
 * `that` bears on all of it (`It's clinically proven that a sauna session can lift`); one that
 * closes the sentence, as a comment on what came before, bears on the whole sentence (`Softer
 * skin and calmer nights, guaranteed.`, `and I guarantee it`). */
function boosts(sentence: Sentence, booster: LexiconMatch, claim: Effect): boolean {
  if (boosterScope.get(booster.phrase) === 'sentence') return true
  if (booster.from >= claim.from && booster.from < claim.to) return true
  if (booster.to <= claim.from)
    return claim.from - booster.to <= BOOSTER_BEFORE_TOKENS || opensThatClause(sentence.tokens, booster)
  return booster.from - claim.to <= BOOSTER_AFTER_TOKENS || closingComment(sentence.tokens, booster)
}

/** Is the booster part of a report the writer distances (`Zentrix claims its insoles are guaranteed to end knee
 * pain`): a hedge of distancing on the claim stands before it? The reporter overstates, not the writer. */
function reported(claim: Effect, booster: LexiconMatch): boolean {
  return claim.hedges.some((h) => h.category === 'distancing' && h.to <= booster.from)
}

/** Is the booster followed by the complementiser `that` (`proven that`, `guaranteed that`)? */
function opensThatClause(tokens: Token[], booster: LexiconMatch): boolean {
  return tokens[nextSolid(tokens, booster.to)]?.lower === 'that'
}

/** How many words a closing comment may have before its booster (`and I`, `and that is clinically`). */
const COMMENT_WORDS = 4

/** Does the booster end the sentence (`it` may follow) in a comment after a comma or `and` whose other words
 * only point back (a pronoun, a demonstrative, a form of *be*: `, guaranteed.`, `and I guarantee it.`, `and that
 * is proven.`)? Not a stock phrase about something else (`satisfaction guaranteed`, `delivery guaranteed`). */
function closingComment(tokens: Token[], booster: LexiconMatch): boolean {
  const after = nextSolid(tokens, booster.to)
  const end = tokens[after]?.lower === 'it' ? nextSolid(tokens, after + 1) : after
  if (end < tokens.length && !/^[.!]$/.test(tokens[end].value)) return false
  let words = 0
  for (let k = previousSolid(tokens, booster.from - 1); k >= 0; k = previousSolid(tokens, k - 1)) {
    const token = tokens[k]
    if (token.value === ',' || token.value === ';' || token.lower === 'and') return true
    if (token.kind !== 'word' || ++words > COMMENT_WORDS || !pointsBack(token.lower)) return false
  }
  return false
}

/** A word of a comment that points back to what came before: a subject pronoun, a demonstrative, a form of
 * *be* (`that's`: its parts). */
function pointsBack(lower: string): boolean {
  return lower
    .split(/['’]/)
    .filter(Boolean)
    .every((part) => subjectPronouns.has(part) || demonstratives.has(part) || beForms.has(part) || part === 's')
}

function negatedBooster(sentence: Sentence, booster: LexiconMatch): boolean {
  return sentence.negations.some((n) => n.to <= booster.from && booster.from - n.to <= NEGATED_BOOSTER_TOKENS)
}

function reportEffect(file: VFile, effect: Effect & {expected?: string | undefined}): void {
  const expected = effect.expected ?? hedgedRewording(effect)
  const message = file.message(effectReason(effect.text, effect.agent, expected), {
    place: positionOf(file, effect.start, effect.end)
  })
  message.actual = effect.text
  message.expected = expected ? [expected] : []
  message.note = effectNote
}

/** "X has been clinically proven to:" followed by a list: the list states the effects, the
 * lead-in carries the booster. */
function boostedListLead(sentence: Sentence, next: Sentence | undefined): LexiconMatch | undefined {
  if (sentence.kind !== 'prose' || sentence.sources.length > 0 || !next || !next.listItem) return undefined
  const last = sentence.tokens[sentence.tokens.length - 1]
  if (!last || last.value !== ':') return undefined
  return sentence.boosters.find((b) => boosterScope.get(b.phrase) === 'infinitive' && !negatedBooster(sentence, b))
}

/** The hedges of src/data/hedges.ts as lists of words (`*`: any one word). */
const hedgePhrases: ReadonlyArray<readonly string[]> = Object.values(hedgeData)
  .flat()
  .map((phrase) => phrase.split(' '))

/** Whether a rewording hedges (`may support`, `shown in some studies to`: it holds a hedge of
 * src/data/hedges.ts) rather than only softening (`often`, `studied`, or dropping the word). */
export function rewordingHedges(rewording: string): boolean {
  const words = rewording
    .toLowerCase()
    .split(' ')
    .filter((word) => word !== '')
  return words.some((_, at) =>
    hedgePhrases.some((phrase) =>
      phrase.every((word, k) => at + k < words.length && (word === '*' || words[at + k] === word))
    )
  )
}

/** The rewordings of the boosters that hedge. */
const hedgingRewordings: ReadonlySet<string> = new Set(
  boosterData.flatMap((booster) => booster.expected).filter((rewording) => rewordingHedges(rewording))
)

function reportBooster(
  file: VFile,
  sentence: Sentence,
  booster: LexiconMatch,
  claim: Effect | undefined,
  scored = false
): void {
  const text = sentence.tokens
    .filter((t) => t.start >= booster.start && t.end <= booster.end)
    .map((t) => (t.kind === 'whitespace' ? ' ' : t.value))
    .join('')
  // Where the claim was found by the scorer (its verb is not one the rules know), a fix that
  // only drops or softens the booster (`always` → `often`) would leave the claim unhedged:
  // only a rewording that hedges is offered.
  const expected = (boosterExpected.get(booster.phrase) ?? []).filter((e) => !scored || hedgingRewordings.has(e))
  const message = file.message(boosterReason(text, claim?.agent), {place: positionOf(file, booster.start, booster.end)})
  message.actual = text
  message.expected = expected.map((e) => matchCase(text, e))
  message.note = boosterNote
}

function matchCase(actual: string, replacement: string): string {
  if (replacement && /^[A-Z]/.test(actual)) return replacement[0].toUpperCase() + replacement.slice(1)
  return replacement
}

/** Check the rule's options (also what the preset calls when it is attached). */
export function normaliseOptions(options: unknown): UnhedgedClaimOptions {
  return validateOptions(unhedgedClaimOptions, options)
}

const customModels = new WeakMap<Root, Map<string, DocumentModel>>()

/** The shared model, or one built with the user's lexicon additions. */
function modelFor(tree: Root, file: VFile, settings: UnhedgedClaimOptions): DocumentModel {
  const custom =
    settings.hedges || settings.boosters || settings.effectVerbs || settings.effectPhrases || settings.interventions
  if (!custom) return getModel(tree, file)
  const key = JSON.stringify([
    settings.hedges,
    settings.boosters,
    settings.effectVerbs,
    settings.effectPhrases,
    settings.interventions
  ])
  let byKey = customModels.get(tree)
  if (!byKey) customModels.set(tree, (byKey = new Map()))
  let model = byKey.get(key)
  if (!model) {
    const shared = getModel(tree, file)
    model = buildModel(tree, shared.value, buildLexicons(settings), shared.format)
    byKey.set(key, model)
  }
  return model
}
