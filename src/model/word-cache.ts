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

/**
 * The answers of the shared caches (every cache made without a set of extra words) for one word, one slot per
 * cache. The detector asks several of these questions of the word it stands at, one after the other: one `Map`
 * entry per word keeps their answers together, so the second question finds the entry the first one brought into
 * the processor's cache (a `Map` probe that misses the processor's cache costs about ten times one that hits).
 */
const records = new Map<string, unknown[]>()

/** How many shared caches there are (each has its slot in the records). */
let slots = 0

export class WordCache<T> {
  /** This cache's own answers, when it is not shared (the caches of a set of extra words). */
  readonly #own: Map<string, T | typeof nothing> | undefined
  /** This cache's slot in the shared records. */
  readonly #slot: number
  readonly #limit: number
  #size = 0

  /** A cache of at most `limit` words; `shared` (the default): its answers kept in the shared records, for a
   * cache made once (each shared cache takes a slot in every record for good). */
  constructor(limit = WORD_CACHE_LIMIT, shared = true) {
    this.#limit = limit
    this.#own = shared ? undefined : new Map()
    this.#slot = shared ? slots++ : -1
  }

  /** The answer kept for `word`, or `unknownWord`. */
  lookup(word: string): T | typeof unknownWord {
    const answer = this.#own === undefined ? records.get(word)?.[this.#slot] : this.#own.get(word)
    if (answer === undefined) return unknownWord
    return answer === nothing ? (undefined as T) : (answer as T)
  }

  /** Keep `answer` for `word` (while the cache is under its limit) and give it back. */
  keep(word: string, answer: T): T {
    if (this.#size >= this.#limit) return answer
    const kept = answer === undefined ? nothing : answer
    if (this.#own !== undefined) {
      this.#own.set(word, kept)
      this.#size = this.#own.size
      return answer
    }
    let record = records.get(word)
    if (record === undefined) records.set(word, (record = []))
    if (record[this.#slot] === undefined) this.#size++
    record[this.#slot] = kept
    return answer
  }

  get size(): number {
    return this.#size
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
    if (cache === undefined) this.#bySet.set(extra, (cache = new WordCache<T>(this.#limit, false)))
    return cache
  }
}
