/**
 * A quick test in front of `isBodilyNoun` for two words read as one WordNet noun (`jet lag` →
 * `jet_lag`): the claim detector asks it at every word with the word after it, and almost no
 * word opens such a noun. The answer is the same: `isBodilyNoun` reads only WordNet's classes and
 * bodily nouns, for the compound, its form without a final `-s` or `-es` and its singular. Each of
 * these keeps the compound's part before its first `_`, so a compound whose part before its first
 * `_` opens no compound of those lists is no bodily noun. The compound's string is then never made.
 */
import {isBodilyNoun} from '../claims/classes.js'
import {bodilyNouns, wordClasses} from '../data/wordnet.js'
import {unknownWord, WordCache} from './word-cache.js'

/** The parts before the first `_` of WordNet's compound nouns (its classes and bodily nouns). */
const compoundFirsts: ReadonlySet<string> = new Set(
  [...wordClasses.keys(), ...bodilyNouns]
    .filter((key) => key.includes('_'))
    .map((key) => key.slice(0, key.indexOf('_')))
)

/** `isBodilyNoun(`${first}_${second}`)`, the compound's string made only when `first` can open one. */
export function isBodilyCompound(first: string, second: string): boolean {
  if (!opensCompound(first)) return false
  return isBodilyNoun(`${first}_${second}`)
}

/** Whether `first`'s part before its first `_` opens a compound, kept by word in the shared word records (the
 * detector has just asked other questions of the same word: its record is at hand, the large set is not). */
function opensCompound(first: string): boolean {
  const known = opensCompoundCache.lookup(first)
  if (known !== unknownWord) return known
  const cut = first.indexOf('_')
  return opensCompoundCache.keep(first, compoundFirsts.has(cut < 0 ? first : first.slice(0, cut)))
}

const opensCompoundCache = new WordCache<boolean>()
