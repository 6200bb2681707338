/**
 * The words of a reference section and its entries, for the references reader
 * (src/readers/references/): the wording around an entry that is not bibliographic (access
 * notes, link labels, page chrome), the line that closes a section, and the words of an
 * author list that are not family names. The headings that open a section are in
 * reference-headings.ts, shared with the document model.
 */

/**
 * A phrase of access or linking in a reference entry (`Retrieved from`, `[PubMed]`, `doi:`).
 * `masked`: it is blanked out of an entry before its fields are read, so that only the
 * bibliographic words remain; the masked phrases are tried in this order (`available online
 * at` before `available online`, `accessed on` before `accessed`). `continues`: a line that
 * starts with it continues the entry above rather than starting one (`Retrieved from
 * https://...` on a line of its own).
 */
export interface AccessPhrase {
  phrase: string
  masked: boolean
  continues: boolean
}

/** Phrases of one kind: `phrases` with the same fields. */
function accessPhrases(phrases: readonly string[], fields: Omit<AccessPhrase, 'phrase'>): AccessPhrase[] {
  return phrases.map((phrase) => ({phrase, ...fields}))
}

/** The access phrases, masked ones first in the order they are tried. */
export const accessPhraseList: readonly AccessPhrase[] = [
  ...accessPhrases(['retrieved from', 'retrieved on', 'available at', 'available from'], {
    masked: true,
    continues: true
  }),
  ...accessPhrases(['available online at'], {masked: true, continues: false}),
  ...accessPhrases(['available online'], {masked: true, continues: true}),
  ...accessPhrases(['accessed on', 'last accessed'], {masked: true, continues: false}),
  ...accessPhrases(['accessed'], {masked: true, continues: true}),
  ...accessPhrases(['epub ahead of print', 'epub'], {masked: true, continues: false}),
  ...accessPhrases(['[pubmed]', '[google scholar]', '[crossref]'], {masked: true, continues: true}),
  ...accessPhrases(['[cross ref]'], {masked: true, continues: false}),
  ...accessPhrases(['[full text]'], {masked: true, continues: true}),
  ...accessPhrases(['[pmc free article]', '[free full text]'], {masked: true, continues: false}),
  ...accessPhrases(['[link]'], {masked: true, continues: true}),
  ...accessPhrases(['[abstract]'], {masked: true, continues: false}),
  ...accessPhrases(['read the study', 'read more', 'url:', 'link:'], {masked: true, continues: true}),
  ...accessPhrases(['doi:', 'pmid:', 'pmcid:', 'isbn'], {masked: true, continues: false}),
  // Identifiers and links that start a line (an entry's identifiers are blanked out apart
  // from these words).
  ...accessPhrases(['doi', 'pmid', 'pmcid', 'http://', 'https://', 'www.', '<http', 'source:'], {
    masked: false,
    continues: true
  })
]

/** Access phrases blanked out of an entry, in the order they are tried. */
export const maskedAccessPhrases: readonly string[] = accessPhraseList
  .filter((entry) => entry.masked)
  .map((entry) => entry.phrase)

/** How a line that continues the entry above it starts. */
export const continuationStarts: readonly string[] = accessPhraseList
  .filter((entry) => entry.continues)
  .map((entry) => entry.phrase)

/** Lines of page chrome inside a reference section (share buttons, `Back to top`): skipped,
 * and they end the entry above. */
export const pageChromeLines: ReadonlySet<string> = new Set([
  'share',
  'print',
  'email',
  'save',
  'tweet',
  'pin',
  'copy link',
  'back to top',
  'top',
  'advertisement',
  'history',
  'update history'
])

/** How a line that ends a reference section starts (a disclaimer, a copyright, related posts). */
export const sectionClosings: readonly string[] = [
  'important note',
  'disclaimer',
  'medical disclaimer',
  'copyright',
  '\u00A9',
  'all rights reserved',
  'about the author',
  'related articles',
  'related posts',
  'you may also like',
  'share this',
  'comments',
  'leave a comment',
  'tags:',
  'categories:'
]

/** Words of an editor note after an author list: `(ed.)`, `(eds)`, `(editors).`. */
export const editorWords: ReadonlySet<string> = new Set(['ed', 'eds', 'editor', 'editors'])

/** Name particles (`van der Berg`, `de la Cruz`), `St`, `et al.` and `and`. */
const nameParticles: readonly string[] = [
  'van',
  'von',
  'de',
  'der',
  'den',
  'du',
  'di',
  'da',
  'dos',
  'del',
  'la',
  'le',
  'ten',
  'ter',
  'st',
  'al',
  'et',
  'and'
]

/** Lower-case words inside an author list that are not family names but do not end the list:
 * the name particles and the editor words. */
export const authorListWords: ReadonlySet<string> = new Set([...nameParticles, ...editorWords])

/**
 * Abbreviations whose full stop does not end a segment of an entry (`et al.`, `Vol.`, `spp.`):
 * the title is not cut there.
 */
export const abbreviationsBeforeDot: ReadonlySet<string> = new Set([
  'vs',
  'al',
  'dr',
  'st',
  'no',
  'vol',
  'fig',
  'eg',
  'ie',
  'ca',
  'approx',
  'inc',
  'ltd',
  'co',
  'mr',
  'mrs',
  'ms',
  'prof',
  'sp',
  'spp',
  'var',
  'subsp'
])

/** Words within a few words before a year that make it an access or update date, not the
 * year of publication (`Accessed 2021`, `last updated 2020`, `Copyright 2019`). */
export const yearBlockers: ReadonlySet<string> = new Set([
  'accessed',
  'retrieved',
  'updated',
  'cited',
  'viewed',
  'last',
  'reviewed',
  'modified',
  'revised',
  'copyright',
  'posted'
])
