/**
 * The words of hedged rewordings (read by src/claims/rewording.ts): how a copula, the head verb
 * of an effect phrase and an irregular past read after a modal. Each map is a class of the
 * grammar of English verbs, not of any document.
 */

/** A copula and its form after *may* (`is effective` → `may be effective`, `were` → `may have been`). */
export const copulaRewrite: Record<string, string> = {
  is: 'may be',
  are: 'may be',
  was: 'may have been',
  were: 'may have been',
  "it's": 'it may be',
  be: 'be',
  // linking verbs of perception (`feels looser` → `may feel looser`)
  feels: 'may feel',
  feel: 'may feel',
  felt: 'may have felt',
  looks: 'may look',
  look: 'may look',
  looked: 'may have looked'
}

/** The third-person head verbs of effect phrases and their base forms (`works best` → `may work
 * best`, `plays a role` → `may play a role`); a base form stays as it is. */
export const phraseHeads: Record<string, string> = {
  works: 'work',
  plays: 'play',
  acts: 'act',
  has: 'have',
  offers: 'offer',
  provides: 'provide',
  translates: 'translate',
  exerts: 'exert',
  leads: 'lead',
  results: 'result',
  makes: 'make',
  keeps: 'keep',
  contributes: 'contribute',
  puts: 'put',
  gets: 'get',
  takes: 'take',
  kicks: 'kick'
}

/** Irregular pasts whose participle differs (`saw` → `may have seen`). */
export const irregularParticiples: Record<string, string> = {
  saw: 'seen',
  grew: 'grown',
  regrew: 'regrown',
  gave: 'given',
  began: 'begun',
  took: 'taken',
  broke: 'broken',
  went: 'gone'
}

/** The hedged verb group that takes the place of a progressive's *be*. */
export const progressiveRewrite: Readonly<Record<string, string>> = {
  is: 'may be',
  are: 'may be',
  was: 'may have been',
  were: 'may have been'
}
