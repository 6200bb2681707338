/**
 * The claim detector's word caches (issue 14, item 3; src/model/word-cache.ts): an answer kept
 * for a word is the answer computed for it, `undefined` included; a cache stops growing at its
 * limit; the options' extra interventions and a document's defined abbreviations have caches of
 * their own, so a word one set names is no intervention without it, before or after.
 */
import {describe, expect, it} from 'vitest'
import {unknownWord, WordCache, WordCacheBySet} from '../src/model/word-cache.js'
import {isInterventionWord} from '../src/model/claims.js'
import {
  effectVerbLemma,
  firstNounClass,
  isBodilyNoun,
  isDrugStemName,
  isInterventionNoun,
  isProductName
} from '../src/claims/classes.js'
import {lintRule} from './helpers.js'

const rule = 'unhedged-claim'
const rulesAlone = {'unhedged-claim': [1, {scorer: false}]} as never

describe('WordCache', () => {
  it('keeps answers, undefined among them, and tells an unknown word apart', () => {
    const cache = new WordCache<string | undefined>()
    expect(cache.lookup('cramps')).toBe(unknownWord)
    expect(cache.keep('cramps', 'noun.state')).toBe('noun.state')
    expect(cache.keep('quickly', undefined)).toBeUndefined()
    expect(cache.lookup('cramps')).toBe('noun.state')
    expect(cache.lookup('quickly')).toBeUndefined()
    expect(cache.lookup('slowly')).toBe(unknownWord)
    expect(cache.size).toBe(2)
  })

  it('stops growing at its limit and still gives each answer back', () => {
    const cache = new WordCache<boolean>(3)
    const words = ['a1', 'a2', 'a3', 'a4', 'a5']
    expect(words.map((word, i) => cache.keep(word, i % 2 === 0))).toEqual([true, false, true, false, true])
    expect(cache.size).toBe(3)
    expect(words.map((word) => cache.lookup(word))).toEqual([true, false, true, unknownWord, unknownWord])
  })

  it('keeps the answers of caches that share their records apart, each with its own limit', () => {
    const one = new WordCache<string | undefined>(2)
    const other = new WordCache<boolean>(3)
    expect(one.keep('shared-word', undefined)).toBeUndefined()
    expect(other.lookup('shared-word')).toBe(unknownWord)
    expect(other.keep('shared-word', true)).toBe(true)
    expect([one.lookup('shared-word'), other.lookup('shared-word')]).toEqual([undefined, true])
    one.keep('shared-two', 'b')
    one.keep('shared-three', 'c')
    other.keep('shared-three', false)
    expect([one.size, other.size]).toEqual([2, 2])
    expect([one.lookup('shared-three'), other.lookup('shared-three')]).toEqual([unknownWord, false])
    // At its limit a cache keeps nothing more, a word it holds included (as a cache of its own does).
    one.keep('shared-word', 'again')
    expect([one.lookup('shared-word'), one.size]).toEqual([undefined, 2])
    other.keep('shared-word', false)
    expect([other.lookup('shared-word'), other.size]).toEqual([false, 2])
  })

  it('has one cache for each set of extra words and one for none', () => {
    const caches = new WordCacheBySet<boolean>()
    const one = new Set(['zorblax'])
    const other = new Set(['zorblax'])
    caches.for(one).keep('zorblax', true)
    expect(caches.for(one).lookup('zorblax')).toBe(true)
    expect(caches.for(other).lookup('zorblax')).toBe(unknownWord)
    expect(caches.for(undefined).lookup('zorblax')).toBe(unknownWord)
    expect(caches.for(one)).toBe(caches.for(one))
  })
})

describe('cached word classes', () => {
  it('give the same answers when asked again', () => {
    const words = ['cramps', 'sinuses', 'memory', 'will', 'heart', 'quickly', 'headache', 'people']
    const first = words.map((word) => [firstNounClass(word), isBodilyNoun(word)])
    expect(words.map((word) => [firstNounClass(word), isBodilyNoun(word)])).toEqual(first)
    expect(first[0]).toEqual(['noun.state', true])
    expect(first[3]).toEqual([firstNounClass('will'), false])
    expect(first[5]).toEqual([undefined, false])
    expect([isProductName('Lumivex'), isProductName('Lumivex'), isProductName('Stronger')]).toEqual([true, true, false])
    const stems = ['vibegron', 'sitagliptin', 'abdomen', 'tablet']
    const stemmed = stems.map(isDrugStemName)
    expect(stems.map(isDrugStemName)).toEqual(stemmed)
    expect(stemmed).toEqual([true, true, false, false])
    const verbs = ['soothes', 'calmed', 'quickly', 'studies']
    const lemmas = verbs.map(effectVerbLemma)
    expect(verbs.map(effectVerbLemma)).toEqual(lemmas)
    expect([lemmas[0], lemmas[2]]).toEqual(['soothe', undefined])
  })

  it('keep the extra interventions apart from the plain answers', () => {
    const extra = new Set(['zorblax'])
    expect(isInterventionWord('zorblax')).toBe(false)
    expect(isInterventionWord('zorblax', extra)).toBe(true)
    expect(isInterventionWord('zorblaxes', extra)).toBe(true)
    expect(isInterventionWord('zorblax')).toBe(false)
    expect(isInterventionWord('zorblax', new Set(['other']))).toBe(false)
    expect(isInterventionWord('magnesium')).toBe(true)
    expect(isInterventionWord('magnesium', extra)).toBe(true)
  })

  it('keep the intervention nouns of each set of extra words apart', () => {
    const extra = new Set(['zorblix'])
    expect(isInterventionNoun('zorblix')).toBe(false)
    expect(isInterventionNoun('zorblix', extra)).toBe(true)
    expect(isInterventionNoun("zorblix's", extra)).toBe(true)
    expect(isInterventionNoun('zorblix')).toBe(false)
    expect(isInterventionNoun('zorblix', new Set(['other']))).toBe(false)
    expect([isInterventionNoun('spinach'), isInterventionNoun('spinach', extra)]).toEqual([true, true])
    expect([isInterventionNoun('blackcurrants'), isInterventionNoun('quickly')]).toEqual([true, false])
  })

  it("keep a document's defined names for that document and its like, not for another one, in any order", async () => {
    const marked = 'We tested Radiance+ last year. Radiance reduces wrinkles.'
    const other = 'We tested Lustre™ last year. Lustre reduces wrinkles.'
    const plain = 'Radiance reduces wrinkles.'
    const found = async (text: string) => (await lintRule(text, rule, 'text', rulesAlone)).map((m) => m.column)
    const first = [await found(marked), await found(other), await found(plain)]
    expect(first).toEqual([[41], [37], []])
    for (const order of [
      [2, 0, 1],
      [0, 0, 2],
      [1, 2, 0]
    ])
      for (const k of order) expect(await found([marked, other, plain][k])).toEqual(first[k])
  })

  it('find a user intervention with the option, and none without it, in either order', async () => {
    const text = 'Daily zorblax reduces anxiety.'
    // (The rules alone: with the scorer on by default, it may judge the sentence whatever the option.)
    const withOption = {'unhedged-claim': [1, {interventions: ['zorblax'], scorer: false}]} as const
    const without = {'unhedged-claim': [1, {scorer: false}]} as const
    expect(await lintRule(text, rule, 'text', without as never)).toEqual([])
    expect((await lintRule(text, rule, 'text', withOption as never)).map((m) => m.actual)).toEqual(['reduces'])
    expect(await lintRule(text, rule, 'text', without as never)).toEqual([])
    expect((await lintRule(text, rule, 'text', withOption as never)).map((m) => m.actual)).toEqual(['reduces'])
  })
})
