/**
 * Every word list in src/data/ (the generated ones and those the claims redesign owns
 * included): no entry twice in one list, no stray white space, no stray capital in a list
 * that is otherwise lower case, and no entry in a category that the code does not know.
 *
 * Lists are read from the source with the TypeScript parser, so a duplicate that a `Set`
 * would silently drop is still found: every array literal of two or more strings, every
 * object literal's keys, and every `split("...")` of a generated list.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {
  cellWordList,
  designFamilies,
  designLabels,
  designPhraseList,
  designPhrases,
  designPrecedence,
  meshSpecies,
  publicationTypeDesigns,
  species
} from '../src/data/designs.js'
import {associationPhrases, hedges} from '../src/data/hedges.js'
import {
  colleagueNounList,
  correlationalPhrases,
  institutionList,
  irregularCausalFormList,
  nonHumanQualifiers,
  nonSpeciesQualifiers,
  personTitleList,
  reportingPhraseList,
  reportingVerbList,
  studyNounList
} from '../src/data/attribution-words.js'
import {journals} from '../src/data/journals.js'
import {accessPhraseList} from '../src/data/references.js'
import {referenceHeadings, weakReferenceHeadings} from '../src/data/reference-headings.js'
import {citationFollowers, citedNouns, citedPronouns} from '../src/data/model-words.js'
import {boosters} from '../src/data/boosters.js'
import {nonProseElementList, phrasingElementList} from '../src/data/html-elements.js'
import {peopleModifierNouns, peopleNounList} from '../src/data/people.js'
import {countNouns} from '../src/data/statistics.js'
import {designs as namedSourceDesigns, journalNames, places} from '../src/data/studies.js'
import {outcomeComparativeList} from '../src/data/claim-cues.js'
import {outcomeMarkers} from '../src/data/effects.js'

const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'data')
const files = fs
  .readdirSync(folder)
  .filter((name) => name.endsWith('.ts'))
  .sort()

interface List {
  file: string
  line: number
  entries: string[]
}

/** The string lists of a data file, each with the line it starts on. */
function listsOf(file: string): List[] {
  const text = fs.readFileSync(path.join(folder, file), 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true)
  const lists: List[] = []
  const line = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
  const visit = (node: ts.Node): void => {
    if (ts.isArrayLiteralExpression(node)) {
      const strings = node.elements.filter((element): element is ts.StringLiteral => ts.isStringLiteral(element))
      // A row of a table (`['meta analysis', 'meta-analysis']`) is a pair, not a list; the
      // table's first column is (`[['thought', 48, 52], ...]`: the keys of its rows).
      const row = ts.isArrayLiteralExpression(node.parent)
      if (!row && strings.length >= 2 && strings.length === node.elements.length)
        lists.push({file, line: line(node), entries: strings.map((s) => s.text)})
      const keys = node.elements.map((element) =>
        ts.isArrayLiteralExpression(element) && element.elements[0] && ts.isStringLiteral(element.elements[0])
          ? element.elements[0].text
          : undefined
      )
      if (keys.length >= 2 && keys.every((key) => key !== undefined))
        lists.push({file, line: line(node), entries: keys as string[]})
    } else if (ts.isObjectLiteralExpression(node)) {
      const keys = node.properties.flatMap((property) =>
        property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
          ? [property.name.text]
          : []
      )
      if (keys.length >= 2) lists.push({file, line: line(node), entries: keys})
    } else if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'split' &&
      node.arguments.length === 1 &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      lists.push({file, line: line(node), entries: node.arguments[0].text.split(' ')})
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return lists
}

const lists = files.flatMap(listsOf)

/** A list's problems, as `file:line: what`. */
function problems(list: List): string[] {
  const out: string[] = []
  const where = `${list.file}:${list.line}`
  const seen = new Set<string>()
  for (const entry of list.entries) {
    if (seen.has(entry)) out.push(`${where}: ${JSON.stringify(entry)} twice`)
    seen.add(entry)
    if (entry !== entry.trim() || /\s{2}|[\t\n]/.test(entry) || entry === '')
      out.push(`${where}: stray white space in ${JSON.stringify(entry)}`)
  }
  // A list of lower-case words with a capital here and there: the capitals are strays.
  const lower = list.entries.filter((entry) => entry === entry.toLowerCase()).length
  if (lower >= list.entries.length * 0.9 && lower < list.entries.length) {
    // WordNet's lexicographer files keep their own names (`noun.Tops`).
    for (const entry of list.entries)
      if (entry !== entry.toLowerCase() && !/^noun\.Tops$/.test(entry))
        out.push(`${where}: stray capital in ${JSON.stringify(entry)}`)
  }
  return out
}

describe('src/data word lists', () => {
  it('are found in every data file', () => {
    expect(files.filter((file) => !lists.some((list) => list.file === file))).toEqual([])
    expect(lists.length).toBeGreaterThan(150)
  })

  it('hold no duplicate, no stray white space, no stray capital', () => {
    expect(lists.flatMap(problems)).toEqual([])
  })

  it('the check finds each kind of problem', () => {
    expect(
      problems({
        file: 'x.ts',
        line: 1,
        entries: [
          'go',
          'make',
          'go',
          ' trigger',
          'two  words',
          ...Array.from({length: 20}, (_, k) => 'w' + k),
          'Garlic'
        ]
      })
    ).toEqual([
      'x.ts:1: "go" twice',
      'x.ts:1: stray white space in " trigger"',
      'x.ts:1: stray white space in "two  words"',
      'x.ts:1: stray capital in "Garlic"'
    ])
  })
})

describe('src/data categories', () => {
  const designs = Object.keys(designLabels)

  it('every design phrase names a known design, and every design has a family', () => {
    expect(designPhrases.filter(([, design]) => !designs.includes(design))).toEqual([])
    // A phrase that states no design (`undefined`) is a named source's design only.
    expect(designPhraseList.filter(({design}) => design !== undefined && !designs.includes(design))).toEqual([])
    expect(Object.keys(designFamilies).sort()).toEqual([...designs].sort())
    expect(designPrecedence.filter((design) => !designs.includes(design))).toEqual([])
  })

  it("a record's publication types state known designs, and its MeSH species are species words", () => {
    expect(publicationTypeDesigns.filter(([, design]) => !designs.includes(design))).toEqual([])
    expect(Object.values(meshSpecies).filter((word) => !species.includes(word))).toEqual([])
  })

  it("unhedged-claim's correlational hedges are correlational framing for mismatched-attribution too", () => {
    expect((hedges.correlational ?? []).filter((phrase) => !correlationalPhrases.includes(phrase))).toEqual([])
    expect(associationPhrases.length).toBeGreaterThan(15)
  })

  it('the words that keep a claim to animals or cells add no species to the species list', () => {
    expect(nonSpeciesQualifiers.filter((word) => species.includes(word))).toEqual([])
  })

  it('every design family is one the code declares (the DesignFamily type)', () => {
    const text = fs.readFileSync(path.join(folder, 'designs.ts'), 'utf8')
    const declared = /export type DesignFamily =([^\n]*(?:\n {2}\|[^\n]*)*)/.exec(text)
    expect(declared).not.toBeNull()
    const families = [...(declared as RegExpExecArray)[1].matchAll(/'([^']+)'/g)].map((match) => match[1])
    expect(Object.values(designFamilies).filter((family) => !families.includes(family))).toEqual([])
  })

  it('hedge categories are known ones (the model reads modal, adjective and correlational)', () => {
    // `hope` comes with the claims redesign on main.
    const known = [
      'adjective',
      'adverb',
      'correlational',
      'epistemic-verb',
      'fear',
      'hope',
      'intent',
      'limit',
      'modal',
      'question'
    ]
    expect(Object.keys(hedges).filter((category) => !known.includes(category))).toEqual([])
  })

  it('list entries carry their fields with the right types', () => {
    for (const verb of reportingVerbList)
      expect([typeof verb.word, typeof verb.namedSource, typeof verb.read], verb.word).toEqual([
        'string',
        'boolean',
        'boolean'
      ])
    for (const entry of institutionList)
      expect([typeof entry.name, typeof entry.namedSource, typeof entry.read], entry.name).toEqual([
        'string',
        'boolean',
        'boolean'
      ])
    expect(reportingVerbList.filter((verb) => !verb.namedSource && !verb.read)).toEqual([])
    expect(institutionList.filter((entry) => !entry.namedSource && !entry.read)).toEqual([])
    for (const booster of boosters) expect(typeof booster.phrase, booster.phrase).toBe('string')
    for (const journal of journals) expect(Array.isArray(journal.abbreviations), journal.name).toBe(true)
    // The readers and the model fold a journal's names to lower case: a name that differs from
    // another only in case (`PLoS One` beside `PLOS ONE`) is the same name twice.
    const names = journals.flatMap((journal) =>
      [journal.name, ...journal.abbreviations].map((name) => name.toLowerCase())
    )
    expect(names.filter((name, k) => names.indexOf(name) !== k)).toEqual([])
    expect(names.filter((name) => name !== name.trim() || /\s{2}/.test(name))).toEqual([])
  })

  it('the words after a parenthetical number that make it a citation are relative pronouns and marked verbs', () => {
    // Derived from the reporting verbs since issue 18: the same words as the list it replaced.
    expect([...citationFollowers].sort()).toEqual(
      [
        'which',
        'that',
        'who',
        'found',
        'finds',
        'showed',
        'shows',
        'reported',
        'reports',
        'concluded',
        'suggests',
        'suggested',
        'demonstrated',
        'confirmed',
        'observed'
      ].sort()
    )
  })

  it('the nouns before a parenthetical number that make it a citation are marked study nouns and two more', () => {
    // Derived from the study nouns since issue 18: the same words as the list it replaced.
    expect([...citedNouns].sort()).toEqual(
      [
        'study',
        'studies',
        'paper',
        'papers',
        'trial',
        'trials',
        'review',
        'reviews',
        'analysis',
        'meta-analysis',
        'article',
        'articles',
        'report',
        'reports',
        'research',
        'evidence',
        'data',
        'survey'
      ].sort()
    )
  })

  it('no name is both a verb and an institution entry twice over', () => {
    const words = reportingVerbList.map((verb) => verb.word)
    const names = institutionList.map((entry) => entry.name)
    expect(words.filter((word, k) => words.indexOf(word) !== k)).toEqual([])
    expect(names.filter((name, k) => names.indexOf(name) !== k)).toEqual([])
  })

  it('lists of entries with fields hold each word once, with fields of the right type', () => {
    const keyed: Array<[string, string[]]> = [
      ['reportingPhraseList', reportingPhraseList.map((entry) => entry.phrase)],
      ['studyNounList', studyNounList.map((entry) => entry.word)],
      ['personTitleList', personTitleList.map((entry) => entry.word)],
      ['irregularCausalFormList', irregularCausalFormList.map((entry) => entry.word)],
      ['cellWordList', cellWordList.map((entry) => entry.phrase)],
      // Written with hyphens; the readers' form has spaces, so `meta-analysis` and `meta
      // analysis` would be one phrase twice.
      ['designPhraseList', designPhraseList.map((entry) => entry.phrase.replaceAll('-', ' '))],
      ['accessPhraseList', accessPhraseList.map((entry) => entry.phrase)],
      ['colleagueNounList', colleagueNounList.map((entry) => entry.word)],
      ['nonProseElementList', nonProseElementList.map((entry) => entry.name)],
      ['phrasingElementList', phrasingElementList.map((entry) => entry.name)],
      // Lists composed of others (`[...peopleNounList, 'lives', ...]`): no entry in two parts.
      ['countNouns', [...countNouns]],
      ['peopleNouns', [...peopleNounList, ...peopleModifierNouns, 'cases', 'controls']],
      ['nonHumanQualifiers', [...nonHumanQualifiers]],
      ['correlationalPhrases', [...correlationalPhrases]],
      // Derived for the model's named sources (src/data/studies.ts).
      ['designs', namedSourceDesigns],
      ['journalNames', journalNames],
      ['places', places],
      // One list of comparatives of outcome for every reader (issue 18 merged four copies), and
      // the markers of change composed of it and the nouns of change: no entry in both parts.
      ['outcomeComparativeList', outcomeComparativeList.map((entry) => entry.word)],
      ['outcomeMarkers', outcomeMarkers]
    ]
    // The same checks as a list of strings: no duplicate, no stray white space or capital.
    for (const [name, words] of keyed) expect(problems({file: name, line: 0, entries: words}), name).toEqual([])
    for (const verb of reportingVerbList)
      expect(
        [typeof verb.claim, typeof verb.proof, typeof verb.publication, typeof verb.citationFollower],
        verb.word
      ).toEqual(['boolean', 'boolean', 'boolean', 'boolean'])
    for (const entry of reportingPhraseList)
      expect([typeof entry.claim, typeof entry.sourceAfter], entry.phrase).toEqual(['boolean', 'boolean'])
    for (const entry of institutionList) expect(typeof entry.acronym, entry.name).toBe('boolean')
    for (const entry of outcomeComparativeList) expect(typeof entry.ofUser, entry.word).toBe('boolean')
    expect(studyNounList.filter((noun) => !['alone', 'after-determiner', 'never'].includes(noun.names))).toEqual([])
    for (const noun of studyNounList) expect(typeof noun.cited, noun.word).toBe('boolean')
    for (const title of personTitleList)
      expect([typeof title.beforeName, typeof title.namedSource], title.word).toEqual(['boolean', 'boolean'])
    for (const noun of colleagueNounList)
      expect([typeof noun.read, typeof noun.namedSource], noun.word).toEqual(['boolean', 'boolean'])
    expect(colleagueNounList.filter((noun) => !noun.read && !noun.namedSource)).toEqual([])
    for (const form of irregularCausalFormList) expect(typeof form.participle, form.word).toBe('boolean')
    for (const word of cellWordList) expect(typeof word.study, word.phrase).toBe('boolean')
    for (const entry of accessPhraseList)
      expect([typeof entry.masked, typeof entry.continues], entry.phrase).toEqual(['boolean', 'boolean'])
    expect(accessPhraseList.filter((entry) => !entry.masked && !entry.continues)).toEqual([])
    expect(nonProseElementList.filter((entry) => !['code', 'heading'].includes(entry.block))).toEqual([])
    expect(nonProseElementList.filter((entry) => !/^[a-z]+$/.test(entry.name))).toEqual([])
    expect(
      phrasingElementList.filter(
        (entry) =>
          !['words', 'unravelled', 'source', 'break', 'embedded'].includes(entry.text) ||
          ![true, undefined].includes(entry.title)
      )
    ).toEqual([])
  })

  it('fields agree with each other: a proof or publication verb reports a claim, an acronym is short', () => {
    expect(reportingVerbList.filter((verb) => (verb.proof || verb.publication) && !verb.claim)).toEqual([])
    // A verb that makes a number before it a citation reports what was found.
    expect(reportingVerbList.filter((verb) => verb.citationFollower && !(verb.claim && verb.namedSource))).toEqual([])
    expect(reportingPhraseList.filter((entry) => entry.claim && entry.sourceAfter)).toEqual([])
    expect(institutionList.filter((entry) => entry.acronym && !/^[a-z]{2,5}$/.test(entry.name))).toEqual([])
    // A weak heading is a heading; a cited pronoun is not also a cited noun.
    expect([...weakReferenceHeadings].filter((heading) => !referenceHeadings.has(heading))).toEqual([])
    expect([...citedPronouns].filter((word) => citedNouns.has(word))).toEqual([])
    // A masked phrase that holds another is tried first (`accessed on` before `accessed`).
    const masked = accessPhraseList.filter((entry) => entry.masked).map((entry) => entry.phrase)
    expect(masked.filter((phrase, k) => masked.slice(0, k).some((earlier) => phrase.includes(earlier)))).toEqual([])
  })
})

/**
 * The readers, the model's sentence and source modules, the claim modules and the reader of
 * linked records keep no word list of their own: a `new Set([...])`, an array whose
 * `.includes` is asked, or a chain of `===` against three or more words is a list that belongs
 * in src/data/ (where the checks above cover it). HTML element names are markup, not words:
 * a list of them that one scanner alone reads stays beside it (the references reader's block
 * elements); those that several read are in src/data/html-elements.ts.
 */
describe('word lists live in src/data/', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const logic = [
    'src/readers',
    'src/model/sentences.ts',
    'src/model/sources.ts',
    'src/model/named-attribution.ts',
    'rules/mismatched-attribution',
    'rules/unsourced-statistic',
    'rules/unhedged-claim',
    'src/model/claims.ts',
    'src/claims',
    'src/records'
  ]
  const markup = new Set(['src/readers/references/blocks.ts'])

  /** The inline word lists of a TypeScript file, as `file:line: first words`. */
  function inlineLists(file: string, text: string): string[] {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true)
    const out: string[] = []
    const visit = (node: ts.Node): void => {
      if (ts.isArrayLiteralExpression(node)) {
        const words = node.elements.filter(
          (element): element is ts.StringLiteral => ts.isStringLiteral(element) && /^[a-z][a-z' -]*$/.test(element.text)
        )
        const parent = node.parent
        // A set of a declared union (`new Set<SentenceKind>([...])`) holds kinds, not words.
        const asked =
          (ts.isNewExpression(parent) &&
            parent.expression.getText(source) === 'Set' &&
            (parent.typeArguments ?? []).every((type) => type.kind === ts.SyntaxKind.StringKeyword)) ||
          (ts.isPropertyAccessExpression(parent) && parent.name.text === 'includes')
        if (asked && words.length >= 3 && words.length === node.elements.length) {
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
          out.push(
            `${file}:${line}: ${words
              .slice(0, 3)
              .map((word) => word.text)
              .join(', ')}`
          )
        }
      }
      // `x === 'while' || x === 'but' || x === 'though'`: a set spelled as comparisons (not of
      // a `.kind` or a `.form`, whose values are a declared union).
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.BarBarToken) {
        const parent = node.parent
        const top = !(ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.BarBarToken)
        if (top) {
          const operands: ts.Expression[] = []
          const flatten = (e: ts.Expression): void => {
            const bare = ts.isParenthesizedExpression(e) ? e.expression : e
            if (ts.isBinaryExpression(bare) && bare.operatorToken.kind === ts.SyntaxKind.BarBarToken) {
              flatten(bare.left)
              flatten(bare.right)
            } else operands.push(bare)
          }
          flatten(node)
          const compared = new Map<string, string[]>()
          for (const operand of operands) {
            if (
              ts.isBinaryExpression(operand) &&
              operand.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken &&
              ts.isStringLiteral(operand.right) &&
              /^[a-z][a-z' -]*$/.test(operand.right.text)
            ) {
              const left = operand.left.getText(source)
              if (!/\.(?:kind|form)$/.test(left))
                compared.set(left, [...(compared.get(left) ?? []), operand.right.text])
            }
          }
          for (const words of compared.values()) {
            if (words.length < 3) continue
            const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
            out.push(`${file}:${line}: ${words.slice(0, 3).join(', ')}`)
          }
        }
      }
      // `/^(?:and|or)$/.test(x)`, `/\b(?:may|might)\b/`: a set spelled as a regular expression,
      // alone or as one alternative of a larger one (`/ed$|^(?:cut|shed|built)$/`). Suffixes
      // (`/(?:s|x)$/`) are morphology, not a list of words, and stay.
      if (ts.isRegularExpressionLiteral(node)) {
        const pattern = node.text.slice(1, node.text.lastIndexOf('/'))
        for (const alternative of topLevelAlternatives(pattern)) {
          const words = /^(?:\^|\\b)\(\?:([a-z' -]+(?:\|[a-z' -]+)+)\)(?:\$|\\b)$/.exec(alternative)?.[1].split('|')
          if (!words) continue
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
          out.push(`${file}:${line}: ${words.slice(0, 3).join(', ')}`)
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
    return out
  }

  /** The alternatives of a regular expression's pattern, split at its `|`s outside groups and classes. */
  function topLevelAlternatives(pattern: string): string[] {
    const out: string[] = []
    let depth = 0
    let inClass = false
    let start = 0
    for (let k = 0; k < pattern.length; k++) {
      const c = pattern[k]
      if (c === '\\') k++
      else if (inClass) inClass = c !== ']'
      else if (c === '[') inClass = true
      else if (c === '(') depth++
      else if (c === ')') depth--
      else if (c === '|' && depth === 0) {
        out.push(pattern.slice(start, k))
        start = k + 1
      }
    }
    out.push(pattern.slice(start))
    return out
  }

  const filesOf = (entry: string): string[] =>
    fs.statSync(path.join(root, entry)).isDirectory()
      ? fs.readdirSync(path.join(root, entry)).flatMap((name) => filesOf(path.join(entry, name)))
      : entry.endsWith('.ts')
        ? [entry]
        : []

  it('no reader, model sentence or source module, claim module, or rule of this kind holds one', () => {
    const files = logic.flatMap(filesOf).filter((file) => !markup.has(file))
    expect(files.length).toBeGreaterThan(15)
    expect(files.flatMap((file) => inlineLists(file, fs.readFileSync(path.join(root, file), 'utf8')))).toEqual([])
  })

  it('the check finds a set, an includes list, a chain of comparisons and a regular expression of words', () => {
    const text = [
      "const a = new Set(['while', 'but', 'though'])",
      "if (['in', 'on', 'at'].includes(x)) y()",
      "const kinds = new Set<Kind>(['prose', 'question', 'heading'])",
      "if (w === 'a' || (w === 'an' || w === 'the')) y()",
      "if (s.kind === 'link' || s.kind === 'url' || s.kind === 'doi') y()",
      "if (e.form === 'base' || e.form === 'third' || e.form === 'past') y()",
      'if (/^(?:and|or)$/.test(x)) y()',
      "if (/ed$|[^(|)]en$|^(?:cut|shed|it's)$/i.test(x)) y()",
      'if (/(?:s|x|z|ch|sh)$/.test(x) || /^(?:[a-z]+|x)$/.test(x)) y()',
      'const hedging = /\\b(?:may|might|some)\\b/'
    ].join('\n')
    expect(inlineLists('x.ts', text)).toEqual([
      'x.ts:1: while, but, though',
      'x.ts:2: in, on, at',
      'x.ts:4: a, an, the',
      'x.ts:7: and, or',
      "x.ts:8: cut, shed, it's",
      'x.ts:10: may, might, some'
    ])
  })
})
