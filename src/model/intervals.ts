/**
 * Sorted, non-overlapping intervals with a payload, queried by binary search.
 * Used for every "is this offset inside X" question the model asks of the source text.
 */
export interface Interval<T> {
  start: number
  end: number
  data: T
}

export class IntervalSet<T> {
  private readonly items: Array<Interval<T>>
  /** The furthest end of the intervals up to each index. */
  private readonly reach: number[]

  /** Build from intervals in any order; overlapping ones are kept in start order, and
   * queries look at every interval that can contain a point (they rarely overlap). */
  constructor(items: Array<Interval<T>>) {
    this.items = [...items].sort((a, b) => a.start - b.start || b.end - a.end)
    this.reach = []
    let furthest = -Infinity
    for (const item of this.items) this.reach.push((furthest = Math.max(furthest, item.end)))
  }

  get size(): number {
    return this.items.length
  }

  all(): ReadonlyArray<Interval<T>> {
    return this.items
  }

  /** Index of the last interval starting at or before `offset`, or -1. */
  private floor(offset: number): number {
    let lo = 0
    let hi = this.items.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (this.items[mid].start <= offset) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return found
  }

  /** The innermost interval containing `offset` (start ≤ offset < end), if any. */
  at(offset: number): Interval<T> | undefined {
    // Intervals here nest at most a few levels deep; look back a bounded distance.
    let i = this.floor(offset)
    let steps = 0
    while (i >= 0 && steps < 64) {
      const item = this.items[i]
      if (item.start <= offset && offset < item.end) return item
      i--
      steps++
    }
    return undefined
  }

  /** Whether `at` can find an interval for some offset in `[start, end)`: false when no
   * interval starting before `end` reaches past `start` (`at` looks only at intervals starting
   * at or before its offset, for one that ends after it). */
  mayHold(start: number, end: number): boolean {
    if (end <= start) return false
    const last = this.floor(end - 1)
    if (last < 0) return false
    return this.reach[last] > start
  }

  /** Every interval overlapping `[start, end)`. */
  overlapping(start: number, end: number): Array<Interval<T>> {
    const out: Array<Interval<T>> = []
    let i = this.floor(end - 1)
    let steps = 0
    while (i >= 0 && steps < 256) {
      const item = this.items[i]
      if (item.end > start && item.start < end) out.push(item)
      else if (item.end <= start && steps > 16) break
      i--
      steps++
    }
    return out.reverse()
  }
}
