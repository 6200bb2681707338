/**
 * Boosters: wording that overstates certainty (docs/definitions.md, "Booster"). A booster on
 * an effect claim makes it unhedged even when a weak hedge stands elsewhere in the sentence.
 *
 * `expected` gives the softer wording a quick fix offers (`''` removes the booster).
 */
export interface Booster {
  phrase: string
  /** Softer wordings, most preferred first; `''` means "remove it". */
  expected: string[]
  /**
   * What the booster bears on. `sentence`: every claim of its sentence, wherever it stands
   * (`the message is clear: ...`); `infinitive`: the effect in the infinitive after it, which
   * may be a list after a colon (`proven to:` then `- lower cholesterol`); unset: a claim next
   * to it.
   */
  scope?: 'sentence' | 'infinitive' | undefined
}

export const boosters: Booster[] = [
  {phrase: 'clinically proven', expected: ['studied']},
  {phrase: 'clinically proven to', expected: ['shown in some studies to'], scope: 'infinitive'},
  {phrase: 'scientifically proven', expected: ['studied']},
  {phrase: 'scientifically proven to', expected: ['shown in some studies to'], scope: 'infinitive'},
  {phrase: 'scientifically shown to', expected: ['shown in some studies to'], scope: 'infinitive'},
  {phrase: 'proven to', expected: ['shown in some studies to'], scope: 'infinitive'},
  // An adverb of the evidence's kind before a participle of testing (`clinically studied to
  // increase`) presents testing as proof of the effect in the infinitive.
  {phrase: 'clinically tested to', expected: ['tested in some studies to see if it can'], scope: 'infinitive'},
  {phrase: 'clinically studied to', expected: ['studied to see if it can'], scope: 'infinitive'},
  {phrase: 'clinically shown to', expected: ['shown in some studies to'], scope: 'infinitive'},
  {phrase: 'scientifically tested to', expected: ['tested in some studies to see if it can'], scope: 'infinitive'},
  {phrase: 'medically proven to', expected: ['shown in some studies to'], scope: 'infinitive'},
  {phrase: 'medically proven', expected: ['studied']},
  {phrase: 'is proven to', expected: ['has been shown in some studies to'], scope: 'infinitive'},
  {phrase: 'are proven to', expected: ['have been shown in some studies to'], scope: 'infinitive'},
  {phrase: 'proven', expected: ['studied']},
  {phrase: 'proves', expected: ['suggests']},
  {phrase: 'guaranteed', expected: ['']},
  {phrase: 'guaranteed to', expected: ['likely to'], scope: 'infinitive'},
  {phrase: 'guarantees', expected: ['may support']},
  // (The verb's base form: `and I guarantee it`, `we guarantee results`.)
  {phrase: 'guarantee', expected: ['believe']},
  {phrase: 'definitely', expected: ['']},
  {phrase: 'undeniably', expected: ['']},
  {phrase: 'undoubtedly', expected: ['']},
  {phrase: 'unquestionably', expected: ['']},
  {phrase: 'without a doubt', expected: ['']},
  {phrase: 'no doubt', expected: ['']},
  {phrase: 'always', expected: ['often']},
  {phrase: 'miracle', expected: ['']},
  {phrase: 'miraculous', expected: ['']},
  {phrase: 'the message is clear', expected: ['the evidence so far suggests'], scope: 'sentence'},
  {phrase: 'the payoff is clear', expected: ['the benefit may be'], scope: 'sentence'},
  {phrase: 'the evidence is clear', expected: ['the evidence suggests'], scope: 'sentence'},
  {phrase: 'the science is clear', expected: ['the evidence suggests'], scope: 'sentence'},
  {phrase: 'the research is clear', expected: ['the research suggests'], scope: 'sentence'},
  {phrase: 'ensures', expected: ['may support']},
  {phrase: 'ensure', expected: ['may support']},
  {phrase: 'ensuring', expected: ['which may support']},
  {phrase: 'will transform', expected: ['may improve']},
  {phrase: 'will revolutionize', expected: ['may improve']},
  {phrase: 'will revolutionise', expected: ['may improve']},
  {phrase: 'well-documented', expected: ['reported']},
  {phrase: 'well documented', expected: ['reported']},
  {phrase: 'well-established', expected: ['reported']},
  {phrase: 'is known to', expected: ['may'], scope: 'infinitive'},
  {phrase: 'are known to', expected: ['may'], scope: 'infinitive'},
  {phrase: 'works every time', expected: ['may work']},
  {phrase: 'cure-all', expected: ['']},
  {phrase: 'game-changer', expected: ['']},
  {phrase: 'game changer', expected: ['']},
  {phrase: 'revolutionary', expected: ['']}
]
