/**
 * Words that name a specific study in the document model's named attributions (a source):
 * designs and journals, drawn from the tables the readers use (designs.ts, journals.ts), and
 * the places and populations that are not journals. The reporting verbs and institutions
 * it reads are in attribution-words.ts, shared with the attributions reader.
 */
import {designPhraseList, species} from './designs.js'
import {journals} from './journals.js'
import {peopleNounList} from './people.js'

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

/**
 * Journal names as the model's phrase lexicon takes them: the names and abbreviations of the
 * journals table (journals.ts) whose names are not ordinary words. A `common` journal
 * (Nutrients, Sleep, Gut, Science) is a journal in prose only in a citing context, as the
 * table says; the model finds that context itself (`published in Nutrients`, `a study in
 * Sleep`, `the journal Science`), whatever the name. A name is written as the model's words
 * are: lower case, `&` as `and`, a qualifier in parentheses left out (`Medicina (Kaunas)`); a
 * name with other punctuation in it (`Brain, Behavior, and Immunity`) could never be matched
 * over the model's tokens, whose phrases stop at punctuation, and is left out.
 */
export const journalNames: string[] = [
  ...new Set(
    journals
      .filter((journal) => !journal.common)
      .flatMap((journal) => [journal.name, ...journal.abbreviations])
      .map((name) =>
        name
          .toLowerCase()
          .replace(/\([^()]*\)/g, '')
          .replaceAll('&', 'and')
          .split(' ')
          .filter((word) => word !== '')
          .join(' ')
      )
      .filter((name) => /^[a-z\d' -]+$/.test(name))
  )
]

/** Places: "a study in Japan" names no journal. */
const placeNames: readonly string[] = [
  'japan',
  'china',
  'india',
  'korea',
  'europe',
  'asia',
  'africa',
  'america',
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
  'scandinavia'
]

/**
 * Words after `a study in` that name no journal, even capitalised: places, and the people or
 * animals a study was done in ("a study in Canadians", "a study in Mice"), which are the people
 * nouns of people.ts, `humans`, and the species of designs.ts. (`The` is not one: the model
 * reads `in the journal X` itself.)
 */
export const places: string[] = [...placeNames, ...peopleNounList, 'humans', ...species]
