/**
 * Bounded caches for pure functions of one word. The claim detector asks the same questions of
 * the same words (is it an intervention, a bodily noun, a verb's inflection?) at every sentence
 * and in several passes; the answers depend only on the word and on data that never changes at
 * run time, so each is computed once. A cache stops growing at its limit (a hostile document of
 * made-up words cannot grow it without bound); past it, answers are computed as before.
 */

/** What `lookup` gives for a word not in the cache. */
export const unknownWord: unique symbol = Symbol('unknown word')

/** Stands for a cached `undefined` (a `Map` gives `undefined` for a missing key). */
const nothing: unique symbol = Symbol('nothing')

/** How many words a cache keeps by default (the bench's 1 MiB of articles has about 8,000
 * distinct words). */
const WORD_CACHE_LIMIT = 50_000

export class WordCache<T> {
  readonly #answers = new Map<string, T | typeof nothing>()
  readonly #limit: number

  constructor(limit = WORD_CACHE_LIMIT) {
    this.#limit = limit
  }

  /** The answer kept for `word`, or `unknownWord`. */
  lookup(word: string): T | typeof unknownWord {
    const answer = this.#answers.get(word)
    if (answer === undefined) return unknownWord
    return answer === nothing ? (undefined as T) : answer
  }

  /** Keep `answer` for `word` (while the cache is under its limit) and give it back. */
  keep(word: string, answer: T): T {
    if (this.#answers.size < this.#limit) this.#answers.set(word, answer === undefined ? nothing : answer)
    return answer
  }

  get size(): number {
    return this.#answers.size
  }
}

/**
 * Caches of a function of a word and a set of extra words (the options' interventions, the
 * document's defined abbreviations): one cache for each set, and one for no set. A set is read
 * as it is when its cache is made; the sets passed here are built once and never changed.
 */
export class WordCacheBySet<T> {
  readonly #plain: WordCache<T>
  readonly #bySet = new WeakMap<Set<string>, WordCache<T>>()
  readonly #limit: number

  constructor(limit = WORD_CACHE_LIMIT) {
    this.#limit = limit
    this.#plain = new WordCache<T>(limit)
  }

  /** The cache for the words `extra`. */
  for(extra: Set<string> | undefined): WordCache<T> {
    if (extra === undefined) return this.#plain
    let cache = this.#bySet.get(extra)
    if (cache === undefined) this.#bySet.set(extra, (cache = new WordCache<T>(this.#limit)))
    return cache
  }
}
