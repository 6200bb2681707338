/**
 * The wording of unhedged-claim's messages: an unhedged effect names its words, its agent and
 * the hedged rewording when there is one; an overstated claim names its booster.
 */

function quote(text: string): string {
  return `\u201C${text}\u201D`
}

/** The reason for an unhedged effect (`reduces`) of `agent`, with its fix if any. */
export function effectReason(text: string, agent: string, expected: string | undefined): string {
  const of = agent ? `an effect of ${quote(agent)}` : 'an effect'
  const fix = expected ? ` (${quote(expected)})` : ''
  return `Unhedged claim: ${quote(text)} states ${of} as settled fact; add a hedge${fix} or cite a source`
}

/** The note of an unhedged effect. */
export const effectNote =
  'A claim about what an intervention does needs a hedge (may, can, is associated with, in some studies) or a source a reader can follow (a numbered citation, a footnote, a link, a DOI, or a named study).'

/** The reason for a booster (`clinically proven`) on a claim of `agent`. */
export function boosterReason(text: string, agent: string | undefined): string {
  const of = agent ? ` of ${quote(agent)}` : ''
  return `Overstated claim: ${quote(text)} presents an effect${of} as certain; soften or remove it, and cite a source`
}

/** The note of a booster. */
export const boosterNote =
  'Boosters (proven, guaranteed, the message is clear) overstate what evidence can show; a hedge elsewhere in the sentence does not undo them.'
