/**
 * unhedged-claim's options: their type (exported for users) and their declared spec, checked
 * by `validateOptions` (rules/options.ts) in the rule and in the preset.
 */
import type {LexiconOptions} from '../../src/model/index.js'
import type {RuleOptionsSpec} from '../options.js'

/** Options of `unhedged-claim`. */
export interface UnhedgedClaimOptions extends LexiconOptions {
  /** Phrases never flagged: a sentence holding one of them is left alone (case-insensitive). */
  allow?: string[] | undefined
  /** Let the learned scorer add the claims the rules miss (default `false`: cross-validated by
   * document it finds no claim the rules do not, see bench/ACCURACY.md). Setting a `threshold`
   * turns it on too. */
  scorer?: boolean | undefined
  /** The scorer's probability threshold (default: the one it was trained with, see
   * src/data/claim-model.ts); higher gives fewer, surer findings. Turns the scorer on. */
  threshold?: number | undefined
}

/** The declared options of unhedged-claim (no defaults: the rules alone decide unless the
 * scorer is asked for). */
export const unhedgedClaimOptions: RuleOptionsSpec<UnhedgedClaimOptions> = {
  rule: 'unhedged-claim',
  schema: {
    allow: {kind: 'string-list', description: 'phrases never flagged: a sentence holding one is left alone'},
    hedges: {kind: 'string-list', description: 'extra hedges'},
    boosters: {kind: 'string-list', description: 'extra boosters'},
    effectVerbs: {kind: 'string-list', description: 'extra effect verbs, by lemma, inflected automatically'},
    effectPhrases: {kind: 'string-list', description: 'extra effect phrases and predicates'},
    interventions: {kind: 'string-list', description: 'extra intervention words (product or ingredient names)'},
    scorer: {kind: 'boolean', description: 'let the learned scorer add the claims the rules miss (default: false)'},
    threshold: {kind: 'unit-interval', description: "the scorer's probability threshold, between 0 and 1"}
  },
  defaultOptions: {}
}
