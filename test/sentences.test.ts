/**
 * The document model's sentence classes that read a word list of src/data/: a navigation
 * heading opens a block that is not prose (src/data/model-words.ts, navigationHeadings).
 */
import {describe, expect, it} from 'vitest'
import {opensNavigation} from '../src/model/sentences.js'

describe('opensNavigation', () => {
  it('a sentence that starts with a navigation heading, in any case, after heading marks', () => {
    expect(
      ['Related articles', '## You may also like', '**Table of contents**', 'READ NEXT: sleep', 'Share:'].map(
        opensNavigation
      )
    ).toEqual([true, true, true, true, true])
  })

  it('only as a whole word, and only at the start', () => {
    expect(
      [
        'Relatedly, magnesium helps.',
        'Shared meals help.',
        'Popularity is no evidence.',
        'See the related trials.'
      ].map(opensNavigation)
    ).toEqual([false, false, false, false])
  })
})
