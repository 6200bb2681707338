/**
 * Counts a study states about itself: how many people took part ("1,200 patients",
 * "40,000 adult participants", "n = 120") and how many studies a synthesis pooled ("18
 * studies", "12 randomized controlled trials", "two earlier major international studies").
 */
import {countModifiers, peopleNouns, studyCountNouns} from '../data/attribution-words.js'
import {numberWords} from '../data/numbers.js'
import type {Item} from '../text/words.js'

export interface Count {
  value: number
  /** Item indices of the count (number through noun). */
  from: number
  to: number
}

export interface Counts {
  sampleSize?: Count | undefined
  studyCount?: Count | undefined
}

/** The value of a number word in a count: `zero` counts nothing, and `hundred` stands alone
 * (`hundred patients`) as well as after a number (`two hundred`). */
function countWord(key: string): number | undefined {
  if (key === 'zero') return undefined
  if (key === 'hundred') return 100
  return Object.hasOwn(numberWords, key) ? numberWords[key] : undefined
}

function numberAt(items: readonly Item[], i: number): {value: number; to: number} | undefined {
  const item = items[i]
  if (!item) return undefined
  if (item.kind === 'number' && item.value !== undefined && Number.isInteger(item.value))
    return {value: item.value, to: i + 1}
  if (item.kind === 'word') {
    const n = countWord(item.key)
    if (n === undefined) return undefined
    // `twenty-four`, `two hundred`
    let value = n
    let to = i + 1
    if (items[to]?.key === '-' && items[to + 1]?.kind === 'word') {
      const unit = countWord(items[to + 1].key)
      if (unit !== undefined && unit < 10 && n >= 20) {
        value += unit
        to += 2
      }
    }
    if (items[to]?.kind === 'word' && items[to].key === 'hundred') {
      value *= 100
      to++
    } else if (items[to]?.kind === 'word' && items[to].key === 'thousand') {
      value *= 1000
      to++
    }
    return {value, to}
  }
  return undefined
}

/** Words between a number and the people or studies it counts at most (`120 healthy older
 * Japanese adults`, `18 randomised placebo-controlled trials`: an adjective or two, a
 * nationality, a hyphenated design word). */
const countModifierWindow = 5

/** The counts in `items[from, to)`: the first sample size and the first number of studies. */
export function readCounts(items: readonly Item[], from = 0, to = items.length): Counts {
  const counts: Counts = {}
  for (let i = from; i < to; i++) {
    const item = items[i]
    // n = 120
    if (item.kind === 'word' && item.key === 'n' && items[i + 1]?.key === '=' && items[i + 2]?.kind === 'number') {
      if (!counts.sampleSize) counts.sampleSize = {value: items[i + 2].value ?? 0, from: i, to: i + 3}
      continue
    }
    const num = numberAt(items, i)
    if (!num || num.value < 2) continue
    // A number directly after a unit or a percent sign is not a count of people.
    const after = items[num.to]
    if (
      after &&
      after.kind === 'punct' &&
      (after.key === '%' || (after.key === '.' && items[num.to + 1]?.kind === 'number'))
    )
      continue
    const yearLike = item.kind === 'number' && item.text.length === 4 && num.value >= 1800 && num.value <= 2099
    let j = num.to
    let steps = 0
    while (j < to && steps < countModifierWindow) {
      const w = items[j]
      if (w.kind === 'punct') {
        if (w.key === '-' && !w.space) {
          j++
          continue
        }
        break
      }
      if (w.kind !== 'word') break
      if (peopleNouns.has(w.key)) {
        if (!counts.sampleSize) counts.sampleSize = {value: num.value, from: i, to: j + 1}
        break
      }
      if (studyCountNouns.has(w.key) || (w.key === 'meta' && items[j + 2]?.key === 'analyses')) {
        if (!counts.studyCount) counts.studyCount = {value: num.value, from: i, to: j + 1}
        break
      }
      if (
        !countModifiers.has(w.key) &&
        !/^[A-Z]/.test(w.text) &&
        (yearLike || !/(ed|ing|al|ic|ese|ish|an)$/.test(w.key))
      )
        break
      j++
      steps++
    }
  }
  return counts
}
