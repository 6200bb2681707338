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
  /** The learned scorer, which adds claims the rules miss. Unset (the default), it runs at its default
   * threshold, chosen so that, cross-validated by document, the labelled articles score at least as well as with
   * the rules alone (bench/ACCURACY.md). `true` runs it at its trained threshold (more claims, more false
   * findings in long articles); `false` turns it off, the rules alone decide. */
  scorer?: boolean | undefined
  /** The scorer's probability threshold, between 0 and 1 (default: its default threshold, or its trained one
   * with `scorer: true`; see src/data/claim-model.ts); higher gives fewer, surer findings. */
  threshold?: number | undefined
}

/** The declared options of unhedged-claim (no defaults: the scorer's thresholds come with its weights). */
export const unhedgedClaimOptions: RuleOptionsSpec<UnhedgedClaimOptions> = {
  rule: 'unhedged-claim',
  schema: {
    allow: {kind: 'string-list', description: 'phrases never flagged: a sentence holding one is left alone'},
    hedges: {kind: 'string-list', description: 'extra hedges'},
    boosters: {kind: 'string-list', description: 'extra boosters'},
    effectVerbs: {kind: 'string-list', description: 'extra effect verbs, by lemma, inflected automatically'},
    effectPhrases: {kind: 'string-list', description: 'extra effect phrases and predicates'},
    interventions: {kind: 'string-list', description: 'extra intervention words (product or ingredient names)'},
    scorer: {
      kind: 'boolean',
      description:
        'the learned scorer: true runs it at its trained threshold, false turns it off (default: its default threshold, chosen in training)'
    },
    threshold: {kind: 'unit-interval', description: "the scorer's probability threshold, between 0 and 1"}
  },
  defaultOptions: {}
}
