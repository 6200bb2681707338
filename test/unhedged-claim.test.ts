import {describe, expect, it} from 'vitest'
import fs from 'node:fs'
import {lint, lintRule, brief, type Format} from './helpers.js'
import {rewordingHedges, unhedgedClaimUrl} from '../rules/unhedged-claim/index.js'
import {boosters} from '../src/data/boosters.js'

const rule = 'unhedged-claim'
const flagged = async (text: string, format: Format = 'text') => lintRule(text, rule, format)

describe('unhedged-claim: messages and positions', () => {
  it('places the message on the effect words with actual, expected, ruleId, source and url', async () => {
    const text = 'Magnesium Benefits\n\nIt is a mineral. Magnesium reduces anxiety.\n'
    const [message, ...rest] = await flagged(text)
    expect(rest).toEqual([])
    expect(message.ruleId).toBe('unhedged-claim')
    expect(message.source).toBe('retext-evidence')
    expect(message.url).toBe(unhedgedClaimUrl)
    expect(message.actual).toBe('reduces')
    expect(message.expected).toEqual(['may reduce'])
    expect(message.fatal).toBe(false)
    expect(message.place).toEqual({
      start: {line: 3, column: 28, offset: 47},
      end: {line: 3, column: 35, offset: 54}
    })
    expect(text.slice(47, 54)).toBe('reduces')
    expect(message.reason).toBe(
      'Unhedged claim: “reduces” states an effect of “Magnesium” as settled fact; add a hedge (“may reduce”) or cite a source'
    )
  })

  it('places a booster message on the booster', async () => {
    const text = 'This serum is clinically proven to reduce wrinkles.'
    const [message] = await flagged(text)
    expect(message.actual).toBe('clinically proven to')
    expect(message.expected).toEqual(['shown in some studies to'])
    expect(message.reason).toMatch(
      /^Overstated claim: “clinically proven to” presents an effect of “This serum” as certain/
    )
    expect(message.place).toEqual({start: {line: 1, column: 15, offset: 14}, end: {line: 1, column: 35, offset: 34}})
  })

  it('flags a boosted lead-in to a list of effects', async () => {
    const [message] = await flagged(
      'Our formula has been clinically proven to:\n\n- Enhance athletic performance\n- Build lean muscle\n'
    )
    expect(message.actual).toBe('clinically proven to')
    expect(message.place).toMatchObject({start: {line: 1, column: 22, offset: 21}})
  })

  it('gives one finding per sentence', async () => {
    const messages = await flagged('Magnesium calms the brain, reduces anxiety and improves sleep.')
    // One finding, whose fix hedges every verb of the claim (a modal does not reach `reduces`).
    expect(messages.map(brief)).toEqual([
      'calms the brain, reduces anxiety and improves | may calm the brain, reduce anxiety and improve'
    ])
  })

  it('rewords predicates and past tense', async () => {
    expect((await flagged('Green tea is effective against colds.')).map(brief)).toEqual([
      'is effective against | may be effective against'
    ])
    expect((await flagged('Magnesium reduced cortisol levels in adults.')).map(brief)).toEqual([
      'reduced | may have reduced'
    ])
    expect((await flagged('Vitamin D helps regulate calcium.')).map(brief)).toEqual([
      'helps regulate | may help regulate'
    ])
    expect((await flagged('Magnesium glycinate works best with food.')).map(brief)).toEqual([
      'works best | may work best'
    ])
  })

  it('offers nothing where no rewording is obvious', async () => {
    const [participle] = await flagged('Magnesium glycinate is a chelate of glycine, reducing anxiety.')
    expect(participle.actual).toBe('reducing')
    expect(participle.expected).toEqual([])
  })

  it('rewords a list fragment said of the topic', async () => {
    const [fragment] = await flagged(
      'Magnesium for sleep\n\n- Reduces cortisol output\n- Supports GABA production\n\nMagnesium is popular. Magnesium is cheap.'
    )
    expect(fragment.actual).toBe('Reduces')
    expect(fragment.expected).toEqual(['May reduce'])
  })

  it('takes an emphatic do, does or did into the flagged words and its rewording', async () => {
    const cases: Array<[string, string, string[]]> = [
      ['Fast-track surgery does enhance recovery.', 'does enhance', ['may enhance']],
      ['Magnesium did reduce pain in the trial.', 'did reduce', ['may have reduced']],
      ['Statins did lead to fewer deaths.', 'did lead to', ['may have led to']],
      [
        'Bococizumab did have a significant benefit in high-risk patients.',
        'did have a significant benefit',
        ['may have had a significant benefit']
      ]
    ]
    for (const [text, actual, expected] of cases) {
      const [message, ...rest] = await flagged(text)
      expect(rest, text).toEqual([])
      expect([message.actual, message.expected], text).toEqual([actual, expected])
      const place = message.place && 'start' in message.place ? message.place : undefined
      expect(text.slice(place?.start.offset, place?.end.offset)).toBe(actual)
      // The rewording, applied, leaves a sentence the rule no longer flags.
      const fixed = text.slice(0, place?.start.offset) + expected[0] + text.slice(place?.end.offset)
      expect(await flagged(fixed), fixed).toEqual([])
    }
  })

  it('flags "has a calming effect" and rewords it', async () => {
    const [message] = await flagged('Magnesium has a calming effect on the nervous system.')
    expect([message.actual, message.expected]).toEqual(['has a calming effect', ['may have a calming effect']])
    expect(await flagged('Ashwagandha had no effect on sleep.')).toEqual([])
    expect(await flagged('Turmeric may have an anti-inflammatory effect.')).toEqual([])
  })
})

describe('unhedged-claim: hedges', () => {
  const cases: Array<[string, string]> = [
    ['modal', 'Magnesium may reduce anxiety.'],
    ['modal can', 'Magnesium can reduce anxiety.'],
    ['epistemic verb', 'Research suggests that magnesium reduces anxiety.'],
    ['appears', 'Magnesium appears to reduce anxiety.'],
    ['adverb', 'Magnesium possibly reduces anxiety.'],
    ['likely', 'Magnesium likely reduces anxiety.'],
    ['correlational', 'Magnesium intake is associated with lower anxiety.'],
    ['limit: in mice', 'Magnesium reduces anxiety in mice.'],
    ['limit: preliminary', 'In preliminary trials, magnesium reduced anxiety.'],
    ['potential', 'Magnesium is a potential tool for reducing anxiety.']
  ]
  for (const [name, text] of cases) {
    it(`a ${name} hedge governs the claim: ${text}`, async () => {
      expect(await flagged(text)).toEqual([])
    })
  }

  it('does not count helps, supports, typically or often as hedges', async () => {
    expect((await flagged('Magnesium helps regulate cortisol.')).map((m) => m.actual)).toEqual(['helps regulate'])
    expect((await flagged('Magnesium often improves sleep.')).map((m) => m.actual)).toEqual(['improves'])
    expect((await flagged('Magnesium typically supports sleep.')).map((m) => m.actual)).toEqual(['supports'])
  })

  it('does not let a hedge in another clause govern the claim', async () => {
    expect(
      (await flagged('While other forms may irritate the gut, magnesium glycinate minimizes side effects.')).map(
        (m) => m.actual
      )
    ).toEqual(['minimizes'])
    expect(
      (await flagged('Stress can disrupt sleep, and magnesium calms the nervous system.')).map((m) => m.actual)
    ).toEqual(['calms'])
  })

  it('does not read a participle describing the object as a hedge of the effect', async () => {
    expect((await flagged('Ginger eases nausea linked to pregnancy and surgery.')).map((m) => m.actual)).toEqual([
      'eases'
    ])
    // A hedge counts only in the clause whose effect it governs (docs/definitions.md): the association in the
    // relative clause is said of blood pressure and strokes, and leaves `lowers` stated as fact.
    expect(
      (await flagged('Green tea lowers blood pressure, which is strongly associated with fewer strokes.')).map(
        (m) => m.actual
      )
    ).toEqual(['lowers'])
  })

  it('does not read comparisons as hedges', async () => {
    expect(
      (
        await flagged(
          'Magnesium glycinate is less likely to upset the stomach, making it ideal for sensitive stomachs.'
        )
      ).map((m) => m.actual)
    ).toEqual(['making it ideal for'])
  })

  it('lets a booster override a weak hedge', async () => {
    expect(
      (await flagged('This supplement is guaranteed to boost energy, and it may also help sleep.')).map((m) => m.actual)
    ).toEqual(['guaranteed to'])
  })
})

describe('unhedged-claim: effect nouns', () => {
  it('flags an effect noun of an intervention that the sentence affirms', async () => {
    const [message, ...rest] = await flagged(
      'We confirmed the clinical effectiveness of influenza vaccination in children.'
    )
    expect(rest).toEqual([])
    expect(message.actual).toBe('effectiveness')
    expect(message.place).toMatchObject({
      start: {line: 1, column: 27, offset: 26},
      end: {line: 1, column: 40, offset: 39}
    })
  })

  it('leaves it when negated, hedged, or not of an intervention', async () => {
    expect(await flagged('We did not confirm the effectiveness of influenza vaccination in children.')).toEqual([])
    expect(await flagged('These results may confirm the effectiveness of influenza vaccination.')).toEqual([])
    expect(await flagged('We confirmed the effectiveness of the new triage rules for staff.')).toEqual([])
    expect(await flagged('We measured the effectiveness of influenza vaccination in children.')).toEqual([])
  })
})

describe('unhedged-claim: agents', () => {
  it('flags interventions of every kind', async () => {
    for (const text of [
      'Creatine builds muscle.',
      'Intermittent fasting burns belly fat.',
      'Red light therapy heals skin.',
      'Statins prevent heart attacks.',
      'Cold plunges strengthen the immune system.',
      'Crossing your arms relieves pain.',
      'Dulaglutide improved glycemic control.',
      'Reducing the growth factor around the lens significantly impedes cell invasion.',
      'Doxycycline attenuates the recall of threat memory.',
      'Chronic alcohol use impairs liver function.',
      'The introduction of a time target reduced waiting times.',
      'The addition of fibre lowers cholesterol.',
      'Mixtures of amino acids excite orexin cells.'
    ]) {
      expect((await flagged(text)).length, text).toBe(1)
    }
  })

  it('reads a past form after a preposition and an adverb as an adjective', async () => {
    expect(
      await flagged('Levels differed during chemically induced differentiation of the cells treated with aspirin.')
    ).toEqual([])
    expect(await flagged('Nutrition support made no difference in massively burned patients.')).toEqual([])
    expect(await flagged('Serum levels were measured in patients with 20% of the skin burned.')).toEqual([])
    expect((await flagged('Aspirin significantly reduced the risk.')).map((m) => m.actual)).toEqual(['reduced'])
  })

  it('reads "X, but not Y," as an aside: X is the agent and the "not" negates only Y', async () => {
    expect(
      (await flagged('Surgical, but not medical treatment, consistently led to improvements in quality of life.')).map(
        (m) => m.actual
      )
    ).toEqual(['led to'])
    expect((await flagged('Magnesium, but not zinc, reduced anxiety.')).map((m) => m.actual)).toEqual(['reduced'])
    expect(await flagged('Stress, but not magnesium, disrupts sleep.')).toEqual([])
    expect((await flagged('Magnesium reduces cramps, but not anxiety.')).map((m) => m.actual)).toEqual(['reduces'])
  })

  it('leaves effects whose agent is not an intervention', async () => {
    for (const text of [
      'Chronic stress disrupts the gut-brain axis.',
      'Inflammation damages the gut lining.',
      'The gut microbiome plays a central role in immunity.',
      'Your gut flora performs many important functions. It manufactures vitamins.',
      'Digestive regularity is essential for gut health.',
      'COVID-19 is known to damage the immune defense.'
    ]) {
      expect(await flagged(text), text).toEqual([])
    }
  })

  it('resolves pronouns and labels to the intervention they stand for', async () => {
    expect(
      (await flagged('Magnesium glycinate is a chelated form of magnesium. It calms the nervous system.')).map(
        (m) => m.actual
      )
    ).toEqual(['calms'])
    expect(
      (await flagged('- Caffeine and alcohol: Both increase magnesium loss through urine\n')).map((m) => m.actual)
    ).toEqual(['increase'])
    expect((await flagged('- Glycine: Lowers core body temperature for deeper sleep\n')).map((m) => m.actual)).toEqual([
      'Lowers'
    ])
  })
})

describe('unhedged-claim: sources', () => {
  const sourced: Array<[string, string, Format]> = [
    ['bracket number', 'Magnesium reduces anxiety [3].', 'text'],
    ['bracket list', 'Magnesium reduces anxiety [1, 4].', 'text'],
    ['bracket range', 'Magnesium reduces anxiety [2-5].', 'text'],
    ['citation after the full stop', 'Magnesium reduces anxiety.[1] It is cheap.', 'text'],
    ['citation on the next line', 'Magnesium reduces anxiety.\n(7)\n', 'text'],
    ['parenthetical number', 'Magnesium reduces anxiety (12).', 'text'],
    ['superscript', 'Magnesium reduces anxiety.¹', 'text'],
    ['footnote', 'Magnesium reduces anxiety.[^2]\n\n[^2]: Smith 2019.', 'markdown'],
    ['author-year', 'Magnesium reduces anxiety (Smith et al., 2019).', 'text'],
    ['author and author', 'Magnesium reduces anxiety (Smith & Jones, 2019).', 'text'],
    ['journal-year', 'Magnesium reduces anxiety (Nutrients, 2018).', 'text'],
    ['bare URL', 'Magnesium reduces anxiety, see https://pubmed.ncbi.nlm.nih.gov/28445426/ for details.', 'text'],
    ['DOI', 'Magnesium reduces anxiety (doi:10.3390/nu9050429).', 'text'],
    ['PMID', 'Magnesium reduces anxiety (PMID: 28445426).', 'text'],
    ['Markdown link', 'Magnesium [reduces anxiety](https://pubmed.ncbi.nlm.nih.gov/28445426/).', 'markdown'],
    ['HTML anchor', '<p>Magnesium <a href="https://doi.org/10.3390/nu9050429">reduces anxiety</a>.</p>', 'html'],
    ['named attribution', 'A 2017 study in Clinical Nutrition ESPEN found that magnesium reduces anxiety.', 'text'],
    [
      'named design and journal',
      'A clinical trial published in Stress and Health demonstrated that magnesium reduces anxiety.',
      'text'
    ]
  ]
  for (const [name, text, format] of sourced) {
    it(`a ${name} is a source`, async () => {
      expect(await flagged(text, format)).toEqual([])
    })
  }

  const notSources: Array<[string, string, Format]> = [
    ['vague attribution', 'Studies show that magnesium reduces anxiety.', 'text'],
    ['a year alone', 'A 2012 study found that magnesium reduces anxiety.', 'text'],
    [
      'a shop link',
      'Magnesium taken every evening reduces [anxiety](https://shop.example.com/products/magnesium?utm_source=x).',
      'markdown'
    ],
    ['a relative link', 'Magnesium taken every evening reduces [anxiety](/magnesium/).', 'markdown'],
    ['enumeration in parentheses', 'Magnesium (1) reduces anxiety and (2) improves sleep.', 'text']
  ]
  for (const [name, text, format] of notSources) {
    it(`${name} is not a source`, async () => {
      expect((await flagged(text, format)).length).toBe(1)
    })
  }
})

describe('unhedged-claim: not prose', () => {
  const cases: Array<[string, string, Format]> = [
    ['a Markdown heading', '# Magnesium Reduces Anxiety\n', 'markdown'],
    ['a plain-text title line', 'How Magnesium Glycinate Soothes Ulcers\n\nIt is a mineral.', 'text'],
    ['an HTML heading', '<h2>Magnesium reduces anxiety</h2>', 'html'],
    [
      'a link list',
      '* [Magnesium reduces anxiety](https://example.com/a)\n* [Zinc boosts immunity](https://example.com/b)\n',
      'markdown'
    ],
    [
      'a reference entry',
      'Text.\n\n## References\n\n1. Smith J. Magnesium reduces anxiety. Nutrients. 2017;9(5):429.\n',
      'markdown'
    ],
    ['a disclaimer', 'This product is not intended to diagnose, treat, cure or prevent any disease.', 'text'],
    ['a question', 'Does magnesium reduce anxiety?', 'text'],
    ['an instruction', 'Take magnesium with food to reduce stomach upset.', 'text'],
    ['advice', 'You should consider magnesium to improve sleep.', 'text'],
    ['a negated claim', 'Magnesium does not cure anxiety.', 'text'],
    ['navigation chrome in HTML', '<nav><p>Magnesium reduces anxiety.</p></nav>', 'html'],
    ['code', '```\nMagnesium reduces anxiety.\n```\n', 'markdown'],
    ['front matter', '---\ntitle: Magnesium reduces anxiety.\n---\n\nIt is a mineral.\n', 'markdown']
  ]
  for (const [name, text, format] of cases) {
    it(`leaves ${name} alone`, async () => {
      expect(await flagged(text, format)).toEqual([])
    })
  }

  it('does not glue a line without terminal punctuation onto the next sentence', async () => {
    const text = 'Why magnesium matters\nMagnesium reduces anxiety.\n'
    const [message] = await flagged(text)
    expect(message.actual).toBe('reduces')
    expect(message.place).toMatchObject({start: {line: 2, column: 11, offset: 32}})
  })
})

describe('unhedged-claim: the same findings in text, Markdown and HTML', () => {
  const sentences = [
    'Magnesium glycinate calms overactive brain circuits, reducing anxiety.',
    'Magnesium may reduce anxiety.',
    'Probiotics reduce systemic inflammation.',
    'Chronic stress disrupts the gut-brain axis.',
    'Ginger is proven to lower inflammation.'
  ]
  const text = sentences.join('\n\n') + '\n'
  const markdown = text
  const html = sentences.map((s) => `<p>${s}</p>`).join('\n')
  it('gives identical actual words and reasons', async () => {
    const view = (messages: Awaited<ReturnType<typeof flagged>>) => messages.map((m) => `${m.actual}: ${m.reason}`)
    const fromText = view(await flagged(text, 'text'))
    expect(fromText.length).toBe(3)
    expect(view(await flagged(markdown, 'markdown'))).toEqual(fromText)
    expect(view(await flagged(html, 'html'))).toEqual(fromText)
  })

  it('points at the same source characters in every format', async () => {
    const md = 'Intro line.\n\n**Magnesium** reduces [anxiety](/glossary/anxiety) at night.\n'
    const [message] = await flagged(md, 'markdown')
    const start = (message.place as {start: {offset: number}}).start.offset
    expect(md.slice(start, start + 7)).toBe('reduces')
    const html = '<p>Intro line.</p>\n<p><strong>Magnesium</strong> reduces anxiety at night.</p>'
    const [fromHtml] = await flagged(html, 'html')
    const at = (fromHtml.place as {start: {offset: number}}).start.offset
    expect(html.slice(at, at + 7)).toBe('reduces')
  })
})

describe('unhedged-claim: HTML blocks inside Markdown', () => {
  it('lints the text of raw HTML blocks, which the Markdown bridge drops, at exact offsets', async () => {
    const md =
      '# Title\n\nIntro paragraph.\n\n<div class="box">\n  <p>Hydrogen water reduces inflammation.</p>\n</div>\n\nMore text.\n'
    const [message, ...rest] = await flagged(md, 'markdown')
    expect(rest).toEqual([])
    const start = (message.place as {start: {offset: number; line: number; column: number}}).start
    expect(md.slice(start.offset, start.offset + 7)).toBe('reduces')
    expect(start).toMatchObject({line: 6, column: 21})
  })

  it('does not report a sentence twice when inline HTML starts a paragraph', async () => {
    const md = '<strong>Magnesium</strong> reduces anxiety at night.\n'
    expect((await flagged(md, 'markdown')).length).toBe(1)
  })
})

describe('unhedged-claim: verbs that need a benefit as object', () => {
  it('flags offers relief, not offers exceptional power', async () => {
    expect(
      (await flagged('Magnesium glycinate offers a gentler solution for constipation.')).map((m) => m.actual)
    ).toEqual(['offers'])
    expect(await flagged('The Rouge G4 red light therapy panel offers exceptional power.')).toEqual([])
    expect(await flagged('The device delivers an optimal blend of red and near-infrared light.')).toEqual([])
  })
})

describe('unhedged-claim: options', () => {
  it('turns off with false', async () => {
    expect(await lintRule('Magnesium reduces anxiety.', rule, 'text', {'unhedged-claim': false})).toEqual([])
  })
  it('makes findings fatal with severity 2', async () => {
    const [message] = await lintRule('Magnesium reduces anxiety.', rule, 'text', {'unhedged-claim': [2, {}]})
    expect(message.fatal).toBe(true)
  })
  it('allows phrases', async () => {
    expect(
      await lintRule('Vitamin D helps regulate calcium.', rule, 'text', {
        'unhedged-claim': [1, {allow: ['vitamin D helps regulate calcium']}]
      })
    ).toEqual([])
  })
  it('takes extra hedges, boosters, effect verbs, phrases and interventions', async () => {
    expect(
      await lintRule('Magnesium reportedly soothes nerves.', rule, 'text', {
        'unhedged-claim': [1, {hedges: ['purportedly']}]
      })
    ).toEqual([])
    expect(
      (
        await lintRule('Magnesium soothes nerves, life-changing for many.', rule, 'text', {
          'unhedged-claim': [1, {boosters: ['life-changing']}]
        })
      ).map((m) => m.actual)
    ).toEqual(['life-changing'])
    expect(
      (
        await lintRule('Magnesium detangles nerves.', rule, 'text', {
          'unhedged-claim': [1, {effectVerbs: ['detangle']}]
        })
      ).map((m) => m.actual)
    ).toEqual(['detangles'])
    expect(
      (
        await lintRule('Magnesium works like magic on nerves.', rule, 'text', {
          'unhedged-claim': [1, {effectPhrases: ['works like magic']}]
        })
      ).map((m) => m.actual)
    ).toEqual(['works like magic'])
    expect(
      (
        await lintRule('Seamoss reduces anxiety.', rule, 'text', {'unhedged-claim': [1, {interventions: ['seamoss']}]})
      ).map((m) => m.actual)
    ).toEqual(['reduces'])
    // Without the option a lower-case word no resource knows is no intervention to the rules (the scorer, on by
    // default, may still judge the sentence); a capitalised one reads as a product name.
    expect(
      await lintRule('Daily seamoss reduces anxiety.', rule, 'text', {'unhedged-claim': [1, {scorer: false}]})
    ).toEqual([])
    expect(
      (
        await lintRule('Daily seamoss reduces anxiety.', rule, 'text', {
          'unhedged-claim': [1, {interventions: ['seamoss']}]
        })
      ).map((m) => m.actual)
    ).toEqual(['reduces'])
    expect((await lintRule('Seamoss reduces anxiety.', rule)).map((m) => m.actual)).toEqual(['reduces'])
    // A product written with a mark is added by its name as written.
    expect(
      (
        await lintRule('Daily radiance+ reduces the depth of wrinkles.', rule, 'text', {
          'unhedged-claim': [1, {interventions: ['Radiance+']}]
        })
      ).map((m) => m.actual)
    ).toEqual(['reduces'])
  })
  it('rejects an unknown rule and a malformed option with a clear error', async () => {
    await expect(lint('x', 'text', {'no-such-rule': false} as never)).rejects.toThrow(/unknown rule `no-such-rule`/)
    await expect(
      lint('Magnesium reduces anxiety.', 'text', {'unhedged-claim': [1, {allow: 'x'}]} as never)
    ).rejects.toThrow('retext-evidence:unhedged-claim: option `allow` must be a list of strings')
  })
  it('reads a bare severity as that severity with default options', async () => {
    const [error] = await lintRule('Magnesium reduces anxiety.', rule, 'text', {'unhedged-claim': 2 as never})
    expect(error.fatal).toBe(true)
    const [named] = await lintRule('Magnesium reduces anxiety.', rule, 'text', {'unhedged-claim': 'error' as never})
    expect(named.fatal).toBe(true)
    const [warning] = await lintRule('Magnesium reduces anxiety.', rule, 'text', {'unhedged-claim': 'warn' as never})
    expect(warning.fatal).toBe(false)
    await expect(lint('x', 'text', {'unhedged-claim': 7 as never})).rejects.toThrow(/incorrect severity `7`/)
  })
})

describe('unhedged-claim: bad input', () => {
  it('handles empty text and text without sentences', async () => {
    expect(await lint('')).toEqual([])
    expect(await lint('   \n\n  \t')).toEqual([])
    expect(await lint('!!! ??? ...')).toEqual([])
  })
  it('handles a 100,000-character word', async () => {
    const text = 'x'.repeat(100_000) + ' Magnesium reduces anxiety.'
    const [message] = await flagged(text)
    expect(message.place).toMatchObject({start: {offset: 100_011}})
  })
  it('keeps positions right with emoji, combining characters and CRLF', async () => {
    const text = 'Cafe\u0301 😀 news.\r\nMagnesium reduces anxiety 💪.\r\n'
    const [message] = await flagged(text)
    const start = (message.place as {start: {offset: number; line: number; column: number}}).start
    expect(text.slice(start.offset, start.offset + 7)).toBe('reduces')
    expect(start.line).toBe(2)
    expect(start.column).toBe(11)
  })
})

describe('docs/rules/unhedged-claim.md', () => {
  const doc = fs.readFileSync(new URL('../docs/rules/unhedged-claim.md', import.meta.url), 'utf8')
  const block = (info: string) => {
    const start = doc.indexOf('```text ' + info + '\n')
    const end = doc.indexOf('```', start + 8 + info.length)
    return doc
      .slice(start + 9 + info.length, end)
      .split('\n')
      .filter(Boolean)
  }
  const flaggedLines = block('flagged')
  const clean = block('not-flagged')
  it('has examples', () => {
    expect(flaggedLines.length).toBeGreaterThan(8)
    expect(clean.length).toBeGreaterThan(8)
  })
  for (const line of flaggedLines) {
    const [text, want] = line.split(' → ')
    it(`flags: ${text}`, async () => {
      expect((await flagged(text)).map(brief)).toEqual([want])
    })
  }
  for (const text of clean) {
    it(`does not flag: ${text}`, async () => {
      expect(await flagged(text)).toEqual([])
    })
  }
})

/**
 * Where the scorer found the claim, a booster's fix is offered only if it hedges: a rewording
 * hedges when it holds a hedge of src/data/hedges.ts (it was a regular expression of seven
 * words of its own beside that list).
 */
describe('unhedged-claim: which booster rewordings hedge', () => {
  it('the rewordings that only soften or drop the booster are the ones that do not', () => {
    const rewordings = [...new Set(boosters.flatMap((booster) => booster.expected))]
    expect(rewordings.filter((rewording) => !rewordingHedges(rewording)).sort()).toEqual([
      '',
      'often',
      'reported',
      'studied'
    ])
  })

  it.each([
    ['may support', true],
    ['shown in some studies to', true],
    ['possibly helps', true],
    ['is associated with', true],
    ['helps', false],
    ['typically', false],
    ['often', false],
    ['somewhat', true],
    ['some', false]
  ])('%s: %s', (rewording, hedging) => {
    expect(rewordingHedges(rewording)).toBe(hedging)
  })
})
