/**
 * Words that name a specific study in the document model's named attributions (a source):
 * designs, journals, and places that are not journals. The reporting verbs and institutions
 * it reads are in attribution-words.ts, shared with the attributions reader.
 */
import {designPhraseList} from './designs.js'

/**
 * Study designs, as the model's phrase lexicon takes them: every phrase of the design list
 * (designs.ts), those that state no one design included (`prospective`, `pilot study`: each
 * still names the kind of study a named source cites). The model's words keep their hyphens
 * (`meta-analysis` is one word to it), so a phrase written with one is also taken with a
 * space in its place. Plain "study", "research" and "paper" are not designs.
 */
export const designs: string[] = designPhraseList.flatMap(({phrase}) =>
  phrase.includes('-') ? [phrase, phrase.replaceAll('-', ' ')] : [phrase]
)

/** Journals named often enough in health writing to be recognised without a table. */
export const journalNames: string[] = [
  'nutrients',
  'bmj',
  'the bmj',
  'jama',
  'the lancet',
  'lancet',
  'nejm',
  'new england journal of medicine',
  'plos one',
  'plos medicine',
  'nature',
  'science',
  'cell',
  'pediatrics',
  'circulation',
  'diabetes care',
  'clinical nutrition',
  'clinical nutrition espen',
  'stress and health',
  'american journal of clinical nutrition',
  'journal of nutrition',
  'british journal of nutrition',
  'european journal of clinical nutrition',
  'frontiers in nutrition',
  'frontiers in psychology',
  'frontiers in public health',
  'scientific reports',
  'sleep',
  'sleep medicine',
  'journal of research in medical sciences',
  'molecules',
  'stroke',
  'jnci',
  'annals of internal medicine',
  'cochrane database of systematic reviews',
  'gut',
  'gastroenterology',
  'neurology',
  'journal of clinical sleep medicine',
  'magnesium research',
  'biological trace element research'
]

/** Places: "a study in Japan" names no journal. */
export const places: string[] = [
  'japan',
  'china',
  'india',
  'korea',
  'europe',
  'asia',
  'africa',
  'america',
  'the',
  'us',
  'usa',
  'uk',
  'britain',
  'england',
  'scotland',
  'wales',
  'ireland',
  'canada',
  'australia',
  'germany',
  'france',
  'italy',
  'spain',
  'sweden',
  'norway',
  'denmark',
  'finland',
  'brazil',
  'mexico',
  'scandinavia',
  'mice',
  'rats',
  'humans',
  'adults',
  'children',
  'women',
  'men',
  'people',
  'patients',
  'animals'
]
