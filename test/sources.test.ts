/**
 * Links that are no source, read from the word lists of src/data/model-words.ts: shops,
 * social media and stock photos by site name, shops and sign-ins by path segment.
 */
import {describe, expect, it} from 'vitest'
import {isPublicationLink} from '../src/model/sources.js'

describe('isPublicationLink', () => {
  it('a study, a journal page, a DOI are sources', () => {
    expect(
      [
        'https://doi.org/10.1016/j.amjmed.2006.01.001',
        'https://pubmed.ncbi.nlm.nih.gov/12345/',
        'www.nature.com/articles/s41586',
        'doi:10.1000/182',
        'https://www.boxscore.org/lp-study'
      ].map(isPublicationLink)
    ).toEqual([true, true, true, true, true])
  })

  it('a shop, a social medium or a stock photo site is not, by its name as a host label', () => {
    expect(
      [
        'https://www.amazon.com/dp/B000',
        'https://uk.Pinterest.CO.uk/pin/1',
        '//x.com/someone',
        'https://YOUTUBE.com/watch?v=1',
        'https://maxx.com/page',
        'https://shopx.com/amazon'
      ].map(isPublicationLink)
    ).toEqual([false, false, false, false, true, true])
  })

  it('a shop, an offer or a sign-in path segment is not, and landing pages `lp` with digits', () => {
    expect(
      [
        'https://brand.com/shop/',
        'https://brand.com/a/Checkout?step=2',
        'https://brand.com/lp2',
        'https://brand.com/lpx',
        'https://brand.com/shopping/guide',
        'https://brand.com/products#reviews'
      ].map(isPublicationLink)
    ).toEqual([false, false, false, true, true, false])
  })
})
