/**
 * Words the document model reads to classify its sentences and to find their sources: the
 * minor words of a title-case heading, the headings of navigation blocks, the words around a
 * parenthetical number that make it a citation, the shops and social media whose links are no
 * source, and the cues too general to be a document's topic. (The nouns labelled by a letter
 * are in labels.ts, shared with the references reader.)
 */
import {reportingVerbList, studyNounList} from './attribution-words.js'

/**
 * Words left lower case in a title-case heading ("Magnesium's Role in the Gut-Brain
 * Connection"): a line whose other words are capitalised is a heading, not a sentence.
 */
export const titleMinorWords: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'from',
  'as',
  'vs',
  'vs.',
  'via',
  'into',
  'about',
  'is',
  'are',
  'its',
  'it',
  'your',
  'you',
  'our',
  'per',
  'than',
  'up'
])

/**
 * Headings that open a block of navigation (`Related articles`, `You may also like`, `Table of
 * contents`): the links and titles under one are not prose, so they are not checked. A
 * sentence that starts with one (as a whole word, in any case) opens such a block.
 */
export const navigationHeadings: readonly string[] = [
  'related',
  'you may also like',
  'you might also like',
  'read this next',
  'read next',
  'more on',
  'more from',
  'recommended',
  'support links',
  'related links',
  'related stories',
  'related articles',
  'popular',
  'trending',
  'share',
  'follow us',
  'see also',
  'more articles',
  'latest',
  'in this article',
  'contents',
  'table of contents',
  'on this page',
  'also read',
  'keep reading'
]

/**
 * Nouns after which a parenthetical number is a citation (`a review (4)`, `the data (7)`):
 * without one, `(1)` may be a count or a list label. The study nouns marked `cited`, a
 * design's (`meta-analysis`, one word to the model), and `evidence`, which names what
 * studies give rather than a study.
 */
export const citedNouns: ReadonlySet<string> = new Set([
  ...studyNounList.filter((noun) => noun.cited).map((noun) => noun.word),
  'meta-analysis',
  'evidence'
])

/** Pronouns that stand for a publication before a citation only after one of
 * `citedPronounDeterminers` (`papers like this one (12)`, not `take one (1) capsule`). */
export const citedPronouns: ReadonlySet<string> = new Set(['one'])

/** Determiners that make a cited pronoun a publication (`this one (12)`). */
export const citedPronounDeterminers: ReadonlySet<string> = new Set(['this', 'that', 'the'])

/** Words before which a parenthetical number is a citation (`(12) which does show`, `(3)
 * found`): relative pronouns, and the reporting verbs marked `citationFollower`. */
export const citationFollowers: ReadonlySet<string> = new Set([
  'which',
  'that',
  'who',
  ...reportingVerbList.filter((verb) => verb.citationFollower).map((verb) => verb.word)
])

/**
 * Intervention cues too general to be what a document is about (`supplement`, `dose`,
 * `diet`, `water`): the topic is the most frequent specific cue, so that a claim with no
 * subject of its own ("It reduces anxiety") can be read as about it.
 */
export const genericCues: ReadonlySet<string> = new Set([
  'supplement',
  'supplements',
  'supplementation',
  'product',
  'products',
  'use',
  'using',
  'taking',
  'intake',
  'consumption',
  'dose',
  'doses',
  'treatment',
  'treatments',
  'therapy',
  'drug',
  'drugs',
  'eating',
  'drinking',
  'oil',
  'water',
  'fat',
  'fats',
  'complex',
  'practice',
  'routine',
  'formula',
  'diet',
  'exercise',
  'medication',
  'medications',
  'extract',
  'cold',
  'ice',
  'led',
  'sugar',
  'protein',
  'fiber',
  'vitamins',
  'fruit',
  'apple',
  'orange'
])

/** Sites of shops, social media and stock photos: a link to one is no source a reader could
 * follow to evidence (`amazon.com/...`, `www.youtube.com/...`, `x.com/...`). */
export const notSourceSites: readonly string[] = [
  'amazon',
  'iherb',
  'ebay',
  'etsy',
  'walmart',
  'facebook',
  'twitter',
  'x',
  'instagram',
  'youtube',
  'tiktok',
  'pinterest',
  'linkedin',
  'unsplash',
  'pexels',
  'shutterstock',
  'gettyimages'
]

/** Path segments of shops, offers and sign-ins: a link through one is no source (`/shop/`,
 * `/products/`, `/checkout`, `/login`; landing pages `/lp`, `/lp2` are read apart). */
export const notSourcePathSegments: ReadonlySet<string> = new Set([
  'shop',
  'store',
  'cart',
  'checkout',
  'product',
  'products',
  'buy',
  'order',
  'offer',
  'signin',
  'login',
  'subscribe'
])

/**
 * Words of a study or its publication before `in X`: the capitalised X after them is a journal
 * (`a study in Nutrients`, `published in The Lancet`), not a place.
 * (read in src/model/named-attribution.ts)
 */
export const journalLeadWords: ReadonlySet<string> = new Set([
  'study',
  'trial',
  'review',
  'meta-analysis',
  'analysis',
  'published',
  'paper',
  'article',
  'report'
])
