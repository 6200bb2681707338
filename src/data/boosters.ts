/**
 * Boosters: wording that overstates certainty (what-to-flag.md, "Booster"). A booster on
 * an effect claim makes it unhedged even when a weak hedge stands elsewhere in the sentence.
 *
 * `expected` gives the softer wording a quick fix offers (`''` removes the booster).
 */
export interface Booster {
  phrase: string
  /** Softer wordings, most preferred first; `''` means "remove it". */
  expected: string[]
}

export const boosters: Booster[] = [
  {phrase: 'clinically proven', expected: ['studied']},
  {phrase: 'clinically proven to', expected: ['shown in some studies to']},
  {phrase: 'scientifically proven', expected: ['studied']},
  {phrase: 'scientifically proven to', expected: ['shown in some studies to']},
  {phrase: 'scientifically shown to', expected: ['shown in some studies to']},
  {phrase: 'proven to', expected: ['shown in some studies to']},
  {phrase: 'is proven to', expected: ['has been shown in some studies to']},
  {phrase: 'are proven to', expected: ['have been shown in some studies to']},
  {phrase: 'proven', expected: ['studied']},
  {phrase: 'proves', expected: ['suggests']},
  {phrase: 'guaranteed', expected: ['']},
  {phrase: 'guaranteed to', expected: ['likely to']},
  {phrase: 'guarantees', expected: ['may support']},
  {phrase: 'definitely', expected: ['']},
  {phrase: 'undeniably', expected: ['']},
  {phrase: 'undoubtedly', expected: ['']},
  {phrase: 'unquestionably', expected: ['']},
  {phrase: 'without a doubt', expected: ['']},
  {phrase: 'no doubt', expected: ['']},
  {phrase: 'always', expected: ['often']},
  {phrase: 'miracle', expected: ['']},
  {phrase: 'miraculous', expected: ['']},
  {phrase: 'the message is clear', expected: ['the evidence so far suggests']},
  {phrase: 'the payoff is clear', expected: ['the benefit may be']},
  {phrase: 'the evidence is clear', expected: ['the evidence suggests']},
  {phrase: 'the science is clear', expected: ['the evidence suggests']},
  {phrase: 'the research is clear', expected: ['the research suggests']},
  {phrase: 'ensures', expected: ['may support']},
  {phrase: 'ensure', expected: ['may support']},
  {phrase: 'ensuring', expected: ['which may support']},
  {phrase: 'will transform', expected: ['may improve']},
  {phrase: 'will revolutionize', expected: ['may improve']},
  {phrase: 'will revolutionise', expected: ['may improve']},
  {phrase: 'well-documented', expected: ['reported']},
  {phrase: 'well documented', expected: ['reported']},
  {phrase: 'well-established', expected: ['reported']},
  {phrase: 'is known to', expected: ['may']},
  {phrase: 'are known to', expected: ['may']},
  {phrase: 'works every time', expected: ['may work']},
  {phrase: 'cure-all', expected: ['']},
  {phrase: 'game-changer', expected: ['']},
  {phrase: 'game changer', expected: ['']},
  {phrase: 'revolutionary', expected: ['']}
]
