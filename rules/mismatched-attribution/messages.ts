/**
 * The wording of mismatched-attribution's messages that is not built from the finding: the
 * note under each kind of finding (the reasons themselves are composed in check.ts, from what
 * the attribution and the entry say), and the info messages of `verbose` when a linked record
 * could not be had.
 */
import type {CheckKind} from './check.js'

/** Why each kind of finding matters, shown as the message's note. */
export const notes: Record<CheckKind, string> = {
  'past-end': 'A numbered citation must point at an entry of the reference list.',
  'no-footnote': 'A footnote reference must have a footnote definition.',
  contradiction:
    'The in-text description of a study should agree with the reference it cites: design, year, journal, authors ' +
    'and numbers.',
  unmatched: 'Every study the text names (by journal, year or author) should be findable in the reference list.',
  inconsistent: 'One study should be described the same way wherever the document mentions it.',
  'causal-design':
    'Observational designs (cohort, case-control, cross-sectional, surveys) show associations; say "was associated ' +
    'with" or "was linked to" rather than causal wording.',
  'animal-claim':
    'A finding in animals or cells is not an effect in people; keep the species or "in cells" in the claim.',
  'no-references': 'With `requireReferences`, every named study needs a reference list entry.',
  'record-contradiction':
    'The in-text description of a study should agree with the record of the work it links to: year, journal, ' +
    'design and authors.',
  'record-animal':
    'The linked record is a study in animals or cells: keep the species or "in cells" in the claim, or link a ' +
    'study in people.',
  'record-topic':
    'The linked record seems to be about something else: check that the link points at the study the sentence ' +
    'describes.',
  'same-identifier': 'One study should be described the same way wherever the document links to it.'
}

/** Info (with `verbose`): the linked records could not be looked up at all. */
export function lookupFailedReason(detail: string): string {
  return `Could not look up linked records: ${detail}`
}

/** Info (with `verbose`): one linked record could not be had (`offline`, `server-error`...). */
export function recordUnavailableReason(link: string, failure: string, detail: string): string {
  return `Could not check attributions against ${link}: ${failure} (${detail})`
}
