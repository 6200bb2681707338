/**
 * Nouns for groups of people that a number counts: `1,200 patients`, `a study of 60 adults`,
 * `2 million Americans`. One list for the two readers that read such counts: the statistics
 * reader (src/data/statistics.ts, `countNouns`: a count of people is a statistic) and the
 * counts reader (src/data/attribution-words.ts, `peopleNouns`: a study's sample). They had a list
 * each, with 62 and 51 nouns, 44 of them common; three of the counts reader's are below.
 */
export const peopleNounList: readonly string[] = [
  'people',
  'persons',
  'person',
  'patients',
  'patient',
  'participants',
  'subjects',
  'adults',
  'children',
  'kids',
  'teens',
  'teenagers',
  'adolescents',
  'youths',
  'infants',
  'babies',
  'newborns',
  'toddlers',
  'women',
  'men',
  'girls',
  'boys',
  'mothers',
  'fathers',
  'parents',
  'pregnancies',
  'individuals',
  'volunteers',
  'respondents',
  'students',
  'pupils',
  'workers',
  'employees',
  'athletes',
  'runners',
  'soldiers',
  'veterans',
  'seniors',
  'pensioners',
  'residents',
  'citizens',
  'households',
  'families',
  'twins',
  'smokers',
  'drinkers',
  'users',
  'consumers',
  'customers',
  'doctors',
  'physicians',
  'nurses',
  'clinicians',
  'dieters',
  'survivors',
  'americans',
  'britons',
  'brits',
  'europeans',
  'canadians',
  'australians',
  'nationals',
  'couples',
  'cyclists',
  'swimmers',
  'members'
]

/**
 * People nouns that also stand before another as its modifier (`40,000 adult participants`,
 * `elderly patients`). The counts reader stops at the first people noun, so it reads them as
 * nouns (`300 elderly`; the value is the same either way); the statistics reader reads a count
 * on over its modifiers to the noun, and a count noun would cut `40,000 adult participants`
 * short, so its count nouns leave these out.
 */
export const peopleModifierNouns: readonly string[] = ['participant', 'adult', 'elderly']
