/**
 * Headings of a reference section ("References", "Sources cited", "Further reading"), as
 * `headingText` leaves them: markup, numbering and a trailing colon removed, lower case.
 *
 * One list for the document model (which keeps reference sections out of the prose) and the
 * references reader (which reads their entries): until issue 18 each had its own, and eleven
 * headings the reader knew ("study references", "sources cited"...) were prose to the model.
 */

/** Headings that are ordinary words too ("Research", "Notes"): on a plain line rather than a
 * marked heading they open a section only when a reference follows. */
export const weakReferenceHeadings: ReadonlySet<string> = new Set([
  'research',
  'studies',
  'literature',
  'source',
  'notes',
  'scientific studies'
])

/** The headings that open a reference section. */
export const referenceHeadings: ReadonlySet<string> = new Set([
  'references',
  'reference',
  'reference list',
  'sources',
  'source',
  'bibliography',
  'works cited',
  'work cited',
  'citations',
  'notes',
  'endnotes',
  'footnotes',
  'further reading',
  'literature cited',
  'literature',
  'selected references',
  'key references',
  'scientific references',
  'studies cited',
  'research cited',
  'sources and references',
  'references and further reading',
  'sources update history',
  'sources and further reading',
  'citations and references',
  'resources and references',
  'scientific sources',
  'sources cited',
  'cited works',
  'cited literature',
  'research',
  'studies',
  'scientific studies',
  'study references'
])
