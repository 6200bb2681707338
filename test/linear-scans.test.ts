/**
 * Scans of our own that were quadratic on hostile input, now bounded: each gives the answers of
 * the algorithm it replaced (kept here as the reference) and the findings at their places.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {createProcessor} from '../src/processor.js'
import {decodeEntityAt} from '../src/text/markup.js'

describe('decodeEntityAt: a character reference read within 12 characters of its `&`', () => {
  // As it read before: the first `;` anywhere after the `&`, then the same checks.
  const reference = (text: string, i: number): {value: string; length: number} | undefined => {
    if (text[i] !== '&') return undefined
    const semi = text.indexOf(';', i + 1)
    if (semi < 0 || semi - i > 12) return undefined
    return decodeEntityAt(text.slice(i, semi + 1), 0)
  }

  it('answers as the search to the end of the text did, at every place of seeded random texts', () => {
    let state = 5
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647
    const alphabet = [
      '&',
      ';',
      '#',
      'x',
      'X',
      'a',
      'm',
      'p',
      '1',
      '9',
      'F',
      ' ',
      'amp',
      'nbsp',
      '#8217',
      '#x2019',
      'ndash'
    ]
    for (let round = 0; round < 400; round++) {
      let text = ''
      const count = Math.floor(random() * 40)
      for (let index = 0; index < count; index++) text += alphabet[Math.floor(random() * alphabet.length)]
      for (let i = 0; i < text.length; i++)
        expect(decodeEntityAt(text, i), JSON.stringify([text, i])).toEqual(reference(text, i))
    }
  })

  it('decodes the references it knows, at a distance of 12 and not 13', () => {
    expect(decodeEntityAt('a &amp; b', 2)).toEqual({value: '&', length: 5})
    expect(decodeEntityAt('&#x2019;', 0)).toEqual({value: '\u2019', length: 8})
    expect(decodeEntityAt('&#0000008217;', 0)).toEqual({value: '\u2019', length: 13})
    expect(decodeEntityAt('&#00000008217;', 0)).toBeUndefined()
    expect(decodeEntityAt('&amp', 0)).toBeUndefined()
  })
})

describe('64 KiB of `&` in HTML (quadratic in the reference reader before)', () => {
  const value =
    '<p>Magnesium cures anxiety.</p>\n<p>' + '&'.repeat(64 * 1024) + '</p>\n<p>Zinc cures colds &amp; flu.</p>\n'

  it('flags both claims at their places', async () => {
    const file = await createProcessor(null, {maxLintMs: false}).process(new VFile({path: 'amp.html', value}))
    const places = file.messages.map((message) => [message.ruleId, message.place])
    const after = value.lastIndexOf('cures')
    expect(places).toEqual([
      ['unhedged-claim', {start: {line: 1, column: 14, offset: 13}, end: {line: 1, column: 19, offset: 18}}],
      ['unhedged-claim', {start: {line: 3, column: 9, offset: after}, end: {line: 3, column: 14, offset: after + 5}}]
    ])
  })
})
