/**
 * Words that name a specific study in the document model's named attributions (a source):
 * designs, journals, and places that are not journals. The reporting verbs and institutions
 * it reads are in attribution-words.ts, shared with the attributions reader.
 */

/** Study designs. Plain "study", "research" and "paper" are not designs. */
export const designs: string[] = [
  'meta-analysis', 'meta-analyses', 'metaanalysis', 'meta analysis', 'systematic review',
  'systematic reviews', 'umbrella review', 'review', 'randomized controlled trial',
  'randomised controlled trial', 'randomized trial', 'randomised trial', 'controlled trial',
  'clinical trial', 'clinical trials', 'trial', 'rct', 'rcts', 'double-blind', 'placebo-controlled',
  'crossover', 'cohort', 'cohort study', 'prospective', 'retrospective', 'longitudinal',
  'case-control', 'cross-sectional', 'observational', 'case report', 'case series', 'survey',
  'pilot study', 'animal study', 'mouse study', 'rat study', 'in vitro', 'cell study', 'lab study'
]

/** Journals named often enough in health writing to be recognised without a table. */
export const journalNames: string[] = [
  'nutrients', 'bmj', 'the bmj', 'jama', 'the lancet', 'lancet', 'nejm', 'new england journal of medicine',
  'plos one', 'plos medicine', 'nature', 'science', 'cell', 'pediatrics', 'circulation', 'diabetes care',
  'clinical nutrition', 'clinical nutrition espen', 'stress and health', 'american journal of clinical nutrition',
  'journal of nutrition', 'british journal of nutrition', 'european journal of clinical nutrition',
  'frontiers in nutrition', 'frontiers in psychology', 'frontiers in public health', 'scientific reports',
  'sleep', 'sleep medicine', 'journal of research in medical sciences', 'molecules', 'stroke',
  'jnci', 'annals of internal medicine', 'cochrane database of systematic reviews', 'gut', 'gastroenterology',
  'neurology', 'journal of clinical sleep medicine', 'magnesium research', 'biological trace element research'
]

/** Places: "a study in Japan" names no journal. */
export const places: string[] = [
  'japan', 'china', 'india', 'korea', 'europe', 'asia', 'africa', 'america', 'the', 'us', 'usa', 'uk',
  'britain', 'england', 'scotland', 'wales', 'ireland', 'canada', 'australia', 'germany', 'france',
  'italy', 'spain', 'sweden', 'norway', 'denmark', 'finland', 'brazil', 'mexico', 'scandinavia',
  'mice', 'rats', 'humans', 'adults', 'children', 'women', 'men', 'people', 'patients', 'animals'
]
