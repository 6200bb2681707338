/**
 * The one phrase matcher of the model and the readers. A phrase is a list of words (lower-case
 * keys); `*` after its first word stands for any one word. Phrases are kept in a trie, so
 * matching at a position follows one path word by word (a wildcard adds one more), and its
 * cost is bounded by the longest phrase, whatever the number of phrases.
 *
 * What a word is and what may stand between two words of a phrase belong to the token model:
 * the model's tokens skip white space and stop at punctuation, the readers' items go on over
 * a hyphen, and a phrase can be read backwards from its last word. The caller says so with a
 * `WordSequence`.
 */

/** How the matcher reads a run of tokens: the key of the word at a position, and where the
 * next word of a phrase may stand. */
export interface WordSequence {
  /** The key of the word at `position`, or `undefined` where a phrase cannot go on
   * (punctuation, the end of the run). */
  wordAt(position: number): string | undefined
  /** The position of the word after the one at `position` (past what may stand between two
   * words of a phrase). */
  after(position: number): number
}

/** A phrase found: its value, the positions of its first and last words, its length in words. */
export interface PhraseMatch<T> {
  value: T
  from: number
  last: number
  words: number
}

interface PhraseNode<T> {
  next: Map<string, PhraseNode<T>> | undefined
  /** The phrase ending here, and when it was added (the first added wins a tie). */
  entry: {value: T; order: number} | undefined
}

export interface PhraseTableOptions {
  /** Keep each phrase's words last to first, to match backwards from the last word (the
   * sequence then walks backwards too). */
  fromEnd?: boolean | undefined
}

/** Phrases with a value each. Where two phrases share their words, the first one added is kept. */
export class PhraseTable<T> {
  private readonly root: PhraseNode<T> = {next: undefined, entry: undefined}
  private readonly fromEnd: boolean
  private count = 0
  /** Whether any phrase has a wildcard (then matching tries both paths). */
  private wild = false

  /** Phrases given as text are split on spaces. */
  constructor(entries: Iterable<readonly [string | readonly string[], T]> = [], options: PhraseTableOptions = {}) {
    this.fromEnd = options.fromEnd === true
    for (const [phrase, value] of entries) this.add(phrase, value)
  }

  add(phrase: string | readonly string[], value: T): void {
    let list = (typeof phrase === 'string' ? phrase.split(' ') : phrase).filter((word) => word !== '')
    if (list.length === 0) return
    if (this.fromEnd) list = [...list].reverse()
    let node = this.root
    for (const [index, word] of list.entries()) {
      if (word === '*' && index > 0) this.wild = true
      node.next ??= new Map()
      let child = node.next.get(word)
      if (!child) {
        child = {next: undefined, entry: undefined}
        node.next.set(word, child)
      }
      node = child
    }
    node.entry ??= {value, order: this.count++}
  }

  /** The words phrases start with (their last words, for a `fromEnd` table). */
  firstWords(): IterableIterator<string> {
    return (this.root.next ?? new Map<string, PhraseNode<T>>()).keys()
  }

  /** Whether a phrase starts with `word` (a quick test before `longestAt`, at every word). */
  starts(word: string): boolean {
    return this.root.next?.has(word) === true
  }

  /** The longest phrase whose first word is at `from` (its last word, for a `fromEnd` table);
   * of two as long, the first added. */
  longestAt(sequence: WordSequence, from: number): PhraseMatch<T> | undefined {
    const first = sequence.wordAt(from)
    const node = first === undefined ? undefined : this.root.next?.get(first)
    if (!node) return undefined
    const found = this.wild ? search(sequence, node, from, 1, undefined) : follow(sequence, node, from)
    return found && {value: found.entry.value, from, last: found.last, words: found.words}
  }
}

/** A phrase reached: its entry, the position of its last word, its length in words. */
interface Reached<T> {
  entry: {value: T; order: number}
  last: number
  words: number
}

/** The one path of a table without wildcards, from the node of the word at `position` (the
 * best phrase kept in locals: this runs at every word of every sentence). */
function follow<T>(sequence: WordSequence, node: PhraseNode<T>, position: number): Reached<T> | undefined {
  let entry = node.entry
  let last = position
  let words = 1
  let bestWords = 1
  let current: PhraseNode<T> | undefined = node
  while (current.next) {
    const next = sequence.after(position)
    const word = sequence.wordAt(next)
    current = word === undefined ? undefined : current.next.get(word)
    if (!current) break
    position = next
    words++
    if (current.entry) {
      entry = current.entry
      last = position
      bestWords = words
    }
  }
  return entry && {entry, last, words: bestWords}
}

/** Depth-first over both the word's path and the wildcard's, from the node of the word at
 * `position`: the longest phrase, of two as long the first added. */
function search<T>(
  sequence: WordSequence,
  node: PhraseNode<T>,
  position: number,
  words: number,
  best: Reached<T> | undefined
): Reached<T> | undefined {
  if (node.entry && (!best || words > best.words || (words === best.words && node.entry.order < best.entry.order))) {
    best = {entry: node.entry, last: position, words}
  }
  if (!node.next) return best
  const next = sequence.after(position)
  const word = sequence.wordAt(next)
  if (word === undefined) return best
  const exact = node.next.get(word)
  if (exact) best = search(sequence, exact, next, words + 1, best)
  const any = word === '*' ? undefined : node.next.get('*')
  if (any) best = search(sequence, any, next, words + 1, best)
  return best
}
