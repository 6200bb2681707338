/**
 * The words that make a named source (src/data/studies.ts) come from the lists the readers
 * use: the designs from the design phrases of src/data/designs.ts, the journals from the
 * journals table of src/data/journals.ts. Until issue 18 the model kept lists of its own,
 * which had drifted: a named source's design missed 88 of the readers' phrases (`pooled
 * analysis`, `randomized controlled trials`, `case control` with a space, `test-tube`,
 * `animal model`...), and its 41 journals left out 236 of the table's 274 but took 12 whose
 * names are ordinary words (Science, Sleep, Gut) wherever they stood capitalised, which the
 * table keeps to a citing context. The nouns that count studies were two lists as well, one
 * for the counts reader and one for the statistics reader (12 words each, 10 in common). And
 * the words after `a study in` that name no journal held ten populations of their own, so a
 * study in Canadians or in Zebrafish was one in a journal.
 */
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import type {Root, Sentence as NlcstSentence} from 'nlcst'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import retextEvidence from '../src/index.js'
import {designPhraseList, designPhrases} from '../src/data/designs.js'
import {journals} from '../src/data/journals.js'
import {studyCountNounList} from '../src/data/attribution-words.js'
import {countNouns} from '../src/data/statistics.js'
import {places} from '../src/data/studies.js'
import {peopleNounList} from '../src/data/people.js'
import {species} from '../src/data/designs.js'
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

/** The parts of a named source in a one-sentence text. */
function parts(text: string) {
  return namedAttribution(tokensOf(sentences(text)[0]))
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
  return file.messages
    .map((message): [string | null | undefined, number | undefined, string] => [
      message.ruleId,
      message.line,
      String(message.actual)
    ])
    .sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0))
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

describe('journals: the named source takes the journals table', () => {
  /** A name as the model's words can hold it: no punctuation but a hyphen or an apostrophe. */
  const plain = (name: string) => /^[A-Za-z\d' -]+$/.test(name)

  it('every name and abbreviation of a journal whose name is no ordinary word is a journal anywhere', () => {
    const names = journals
      .filter((journal) => !journal.common)
      .flatMap((journal) => [journal.name, ...journal.abbreviations])
      .filter(plain)
      // The model takes a journal written as a title: its last word capitalised (not `eCAM`).
      .filter((name) => /^[A-Z\d]/.test(name.split(' ').at(-1) ?? ''))
    expect(names.length).toBeGreaterThan(400)
    const missed = names.filter((name) => parts(`In 2019 ${name} reported that zinc helps.`)?.journal !== true)
    expect(missed).toEqual([])
  })

  it('a journal named by an ordinary word is one only in a citing context', () => {
    const common = journals.filter((journal) => journal.common && plain(journal.name)).map((journal) => journal.name)
    expect(common).toContain('Sleep')
    // `In 2019 Sleep reported` would be the journal's name as a bare capitalised word.
    expect(common.filter((name) => parts(`In 2019 ${name} reported that zinc helps.`)?.journal === true)).toEqual([])
    expect(common.filter((name) => parts(`A 2019 study in ${name} found that zinc helps.`)?.journal !== true)).toEqual(
      []
    )
  })

  it('an ordinary word at the end of a capitalised name is no journal (a press release of the corpus)', () => {
    const text =
      'The study, co-authored by Associate Professor Anitra Carr from the Department of Pathology and ' +
      'Biomedical Science, has found that an extra 10 milligrams of vitamin C daily will help.'
    expect(parts(text)?.journal ?? false).toBe(false)
  })

  it('findings: a table journal and a year source a statistic; a capitalised ordinary word does not', async () => {
    expect(
      await findings(
        [
          'Writing in Diabetologia in 2019, researchers found that 40% of adults have prediabetes.',
          'The BMJ reported in 2019 that 40% of adults lack vitamin D.',
          'A 2019 study in Nutrients found that 40% of adults lack vitamin D.',
          'In 2019, Sleep researchers reported that 40% of adults sleep badly.',
          'In 2020, Gut Health experts reported that 30% of adults have bloating.',
          'In 2015, Science proved that sugar causes diabetes.'
        ].join('\n\n')
      )
    ).toEqual([
      ['unsourced-statistic', 7, '40%'],
      ['unsourced-statistic', 9, '30%'],
      ['unhedged-claim', 11, 'causes']
    ])
  })
})

describe('study count nouns: one list for a synthesis and a count statistic', () => {
  it('every study count noun is a count noun of the statistics reader', () => {
    expect(studyCountNounList.filter((noun) => !countNouns.includes(noun))).toEqual([])
  })

  it('a count of RCTs is a count statistic, as a count of trials is', async () => {
    expect(
      await findings(['Researchers have now run 12 RCTs on creatine.', 'Over 40 RCTs have tested zinc.'].join('\n\n'))
    ).toEqual([
      ['unsourced-statistic', 1, '12 RCTs'],
      ['unsourced-statistic', 3, 'Over 40 RCTs']
    ])
  })

  it('a synthesis of surveys counts its studies, as one of RCTs does', () => {
    const counts = (text: string) => readAttributionsInText(text).map((a) => [a.text, a.studyCount])
    expect(counts('A 2019 meta-analysis of 12 surveys found that zinc shortened colds.')).toEqual([
      ['A 2019 meta-analysis of 12 surveys', 12]
    ])
    expect(counts('A 2019 meta-analysis of 14 RCTs found that zinc shortened colds.')).toEqual([
      ['A 2019 meta-analysis of 14 RCTs', 14]
    ])
  })
})

describe('places: the populations a study is in are no journal', () => {
  it('every people noun and every species of one word is among them', () => {
    const oneWord = [...peopleNounList, ...species].filter((word) => !word.includes(' '))
    expect(oneWord.filter((word) => !places.includes(word))).toEqual([])
    // The model looks at the one word after `in`: capitalised, none of them is a journal (a
    // species of two words, `Guinea pigs`, is still read as one: left for the model's owner).
    const capitalised = (word: string) => word[0].toUpperCase() + word.slice(1)
    expect(
      places
        .filter((word) => !word.includes(' '))
        .filter((word) => parts(`A 2019 study in ${capitalised(word)} found that zinc helps.`)?.journal === true)
    ).toEqual([])
  })

  it('findings: a study in Canadians or in Zebrafish names no journal; one in Nutrients does', async () => {
    expect(
      await findings(
        [
          'A 2019 study in Canadians found that 40% of adults lack vitamin D.',
          'A 2019 study in Zebrafish found that 40% of larvae died.',
          'A 2019 study in Nutrients found that 40% of adults lack vitamin D.'
        ].join('\n\n')
      )
    ).toEqual([
      ['unsourced-statistic', 1, '40%'],
      ['unsourced-statistic', 3, '40%']
    ])
  })
})
