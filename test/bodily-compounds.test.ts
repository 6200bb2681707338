/**
 * The quick test in front of two-word bodily nouns (issue 14, item 3; src/model/bodily-compounds.ts) gives what
 * `isBodilyNoun` gives for the compound: on every two-word key of WordNet's classes and bodily nouns (with `-s`
 * and `-es` plurals, which `isBodilyNoun` reads as their singular), on a part before `_` written inside the
 * first word, and on every pair of neighbouring words of the repository's Markdown.
 */
import {describe, expect, it} from 'vitest'
import {isBodilyCompound} from '../src/model/bodily-compounds.js'
import {isBodilyNoun} from '../src/claims/classes.js'
import {bodilyNouns, wordClasses} from '../src/data/wordnet.js'
import {repositoryDocuments} from './helpers.js'

/** `[first, second]` of a key cut at its first `_`. */
const cut = (key: string): [string, string] => [key.slice(0, key.indexOf('_')), key.slice(key.indexOf('_') + 1)]

describe('isBodilyCompound', () => {
  it("answers as isBodilyNoun on WordNet's compounds, their plurals and their first words with another word", () => {
    const keys = [...new Set([...bodilyNouns, ...wordClasses.keys()])].filter((key) => key.includes('_'))
    let bodily = 0
    for (const key of keys) {
      const [first, second] = cut(key)
      for (const [a, b] of [
        [first, second],
        [first, second + 's'],
        [first, second + 'es'],
        [first, 'pain'],
        [first + '_x', second]
      ]) {
        const want = isBodilyNoun(`${a}_${b}`)
        expect(isBodilyCompound(a, b), `${a} ${b}`).toBe(want)
        if (want) bodily++
      }
    }
    expect(keys.length).toBeGreaterThan(3000)
    expect(bodily).toBeGreaterThan(1000)
    expect([
      isBodilyCompound('jet', 'lag'),
      isBodilyCompound('hot', 'flashes'),
      isBodilyCompound('zorb', 'lag')
    ]).toEqual([true, true, false])
  })

  it('answers as isBodilyNoun on every pair of neighbouring words of the repository', () => {
    let pairs = 0
    for (const {value} of repositoryDocuments()) {
      const words = value.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []
      for (let i = 0; i + 1 < words.length; i++) {
        expect(isBodilyCompound(words[i], words[i + 1])).toBe(isBodilyNoun(`${words[i]}_${words[i + 1]}`))
        pairs++
      }
    }
    expect(pairs).toBeGreaterThan(10_000)
  })
})
