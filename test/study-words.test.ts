/**
 * The words that make a named source (src/data/studies.ts) come from the lists the readers
 * use: the designs from the design phrases of src/data/designs.ts. Until issue 18 the model
 * kept a list of its own, which had drifted: a named source's design missed 88 of the
 * readers' phrases (`pooled analysis`, `randomized controlled trials`, `case control` with a
 * space, `test-tube`, `animal model`...).
 */
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import type {Root, Sentence as NlcstSentence} from 'nlcst'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import retextEvidence from '../src/index.js'
import {designPhraseList, designPhrases} from '../src/data/designs.js'
import {namedAttribution} from '../src/model/named-attribution.js'
import {tokensOf} from '../src/model/tokens.js'
import {readAttributionsInText} from '../src/readers/attributions.js'

function sentences(text: string): NlcstSentence[] {
  const tree = unified().use(retextEnglish).parse(text) as Root
  const out: NlcstSentence[] = []
  visit(tree, 'SentenceNode', (node: NlcstSentence) => {
    out.push(node)
  })
  return out
}

/** The named source in a one-sentence text: its span (from its first part to its reporting
 * verb: `reports` in `case reports` is one) and whether a design was among its parts. */
function named(text: string): [string, boolean] | undefined {
  const found = namedAttribution(tokensOf(sentences(text)[0]))
  return found && [text.slice(found.start, found.end), found.design]
}

async function findings(text: string): Promise<Array<[string | null | undefined, number | undefined, string]>> {
  const processor = unified().use(retextEnglish).use(retextEvidence)
  const file = new VFile(text)
  await processor.run(processor.parse(file), file)
  return file.messages.map((message) => [message.ruleId, message.line, String(message.actual)])
}

describe('study designs: one list for the named source and the design readers', () => {
  it.each(designPhraseList.map((entry) => entry.phrase))('"%s" is the design of a named source', (phrase) => {
    const text = `In 2019 a ${phrase} showed that zinc helps.`
    expect(named(text)).toEqual([expect.stringMatching(/^2019 a /), true])
    // Written with a space where the list has a hyphen (`meta analysis`, `case control`).
    const spaced = phrase.replaceAll('-', ' ')
    expect(named(`In 2019 a ${spaced} showed that zinc helps.`)).toEqual([expect.stringMatching(/^2019 a /), true])
  })

  it('a design and a year source a statistic; a year alone does not', async () => {
    expect(
      await findings(
        [
          'A 2019 pooled analysis found that 30% of adults lack vitamin D.',
          'Two 2020 randomized controlled trials found that 40% of patients improved.',
          'A 2018 case control study found that 25% of the cases smoked.',
          'A 2018 report found that 25% of the cases smoked.'
        ].join('\n\n')
      )
    ).toEqual([['unsourced-statistic', 7, '25%']])
  })

  it('the readers take the phrases that state a design, with it, and pass over those that state none', () => {
    expect(designPhrases.length).toBe(designPhraseList.filter((entry) => entry.design !== undefined).length)
    expect(designPhrases.find(([phrase]) => phrase === 'meta analysis')).toEqual(['meta analysis', 'meta-analysis'])
    expect(designPhrases.some(([phrase]) => phrase.includes('-'))).toBe(false)
    const designs = (text: string) => readAttributionsInText(text).map((a) => [a.text, a.designs])
    expect(designs('A 2019 pilot study in Nutrients found that zinc shortened colds.')).toEqual([
      ['A 2019 pilot study in Nutrients', []]
    ])
    expect(designs('A 2019 pooled analysis found that zinc shortened colds.')).toEqual([
      ['A 2019 pooled analysis', ['meta-analysis']]
    ])
  })
})
