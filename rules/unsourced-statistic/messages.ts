/**
 * The wording of unsourced-statistic's messages: the reason names the number expression and
 * the kinds of source that would do; the note says why a number needs one.
 */

const sourceKinds =
  'needs a source; cite one a reader can follow: a bracket number like [3], a footnote, ' +
  'an author–year parenthetical like (Smith, 2019), a link, a DOI or PMID, or a named study'

/** The message's reason for the statistic `text` (`About 40%`). */
export function unsourcedReason(text: string): string {
  return `Unsourced statistic: \u201C${text}\u201D ${sourceKinds}`
}

/** The message's note. */
export const unsourcedNote =
  'A number stated as fact (a percentage, a proportion, a count of people or studies, a multiplier, ' +
  'a p-value or confidence interval) should say where it comes from. ' +
  'Vague attributions ("studies show", "experts agree") are not sources.'
