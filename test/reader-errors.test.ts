/**
 * Fail loudly inside, quietly outside: a reader that throws is a bug. Under the tests it
 * throws (vitest.config.ts sets RETEXT_EVIDENCE_READER_ERRORS=throw); in a user's run the
 * rule goes on without it and the file gets one `reader-error` message naming the reader.
 * The readers are made to throw here by mocking their modules.
 */
import {afterEach, describe, expect, it, vi} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import {lint} from './helpers.js'

const broken = vi.hoisted(() => ({attributions: false, references: false, entry: '' as string}))

vi.mock('../src/readers/attributions.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/readers/attributions.js')>()
  return {
    ...original,
    readAttributions: (...args: Parameters<typeof original.readAttributions>) => {
      if (broken.attributions) throw new Error('attributions exploded')
      return original.readAttributions(...args)
    }
  }
})

vi.mock('../src/readers/references/entry.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/readers/references/entry.js')>()
  return {
    ...original,
    readEntryFields: (...args: Parameters<typeof original.readEntryFields>) => {
      if (broken.entry !== '' && args[0].includes(broken.entry)) throw new Error('entry exploded')
      return original.readEntryFields(...args)
    }
  }
})

vi.mock('../src/readers/references.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/readers/references.js')>()
  return {
    ...original,
    readReferences: (...args: Parameters<typeof original.readReferences>) => {
      if (broken.references) throw new Error('references exploded')
      return original.readReferences(...args)
    }
  }
})

const document = [
  'Magnesium is common in food.',
  'A 2017 study in Nutrients found that zinc was associated with sleep [3].',
  'About 40% of adults sleep badly.',
  '',
  'References',
  '1. Smith A. Zinc and sleep. Nutrients. 2017;9(1):1.',
  '2. Jones B. Iron and mood. Clinical Nutrition. 2019;38(2):2.',
  ''
].join('\n')

const view = (messages: Awaited<ReturnType<typeof lint>>) =>
  [...messages]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .map((m) => [m.ruleId, m.source, m.line, m.column, m.fatal])

const readerError = (messages: VFileMessage[]): VFileMessage =>
  messages.find((m) => m.ruleId === 'reader-error') as VFileMessage

afterEach(() => {
  broken.attributions = false
  broken.references = false
  broken.entry = ''
  vi.unstubAllEnvs()
})

describe('a reader that throws', () => {
  it('the document as it is: a citation past the end and an unsourced statistic', async () => {
    expect(view(await lint(document))).toEqual([
      ['mismatched-attribution', 'retext-evidence', 2, 69, false],
      ['unsourced-statistic', 'retext-evidence', 3, 1, false]
    ])
  })

  it('under the tests it throws: the rule stops, and unified-lint-rule turns the throw into its message', async () => {
    broken.attributions = true
    const messages = await lint(document)
    expect(messages.map((m) => [m.ruleId, m.reason.slice(0, 40)])).toEqual([
      ['unsourced-statistic', 'Unsourced statistic: “About 40%” needs a'],
      ['mismatched-attribution', 'attributions exploded']
    ])
  })

  it(
    "in a user's run: one reader-error message at the first sentence it failed on, " + 'the other findings kept',
    async () => {
      vi.stubEnv('RETEXT_EVIDENCE_READER_ERRORS', '')
      broken.attributions = true
      const messages = await lint(document)
      expect(view(messages)).toEqual([
        ['reader-error', 'retext-evidence', 1, 1, false],
        ['unsourced-statistic', 'retext-evidence', 3, 1, false]
      ])
      const error = readerError(messages)
      expect(error.reason).toBe(
        "The `attributions` reader failed (attributions exploded); what it reads is missing from this file's findings. " +
          'Please report this as a bug of retext-evidence.'
      )
      expect(error.expected).toEqual([])
      expect(error.place).toEqual({start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 29, offset: 28}})
    }
  )

  it('the reference lists: one message on the file, the attributions read without a list', async () => {
    vi.stubEnv('RETEXT_EVIDENCE_READER_ERRORS', '')
    broken.references = true
    const messages = await lint(document)
    expect(view(messages)).toEqual([
      ['reader-error', 'retext-evidence', undefined, undefined, false],
      ['unsourced-statistic', 'retext-evidence', 3, 1, false]
    ])
    expect(readerError(messages).reason).toMatch(/^The `references` reader failed \(references exploded\)/)
  })

  it(
    'one reference entry: told once, the rest of the list still counts (the citation ' + 'is still past its end)',
    async () => {
      vi.stubEnv('RETEXT_EVIDENCE_READER_ERRORS', '')
      broken.entry = 'Iron and mood'
      const messages = await lint(document)
      expect(view(messages)).toEqual([
        ['reader-error', 'retext-evidence', undefined, undefined, false],
        ['mismatched-attribution', 'retext-evidence', 2, 69, false],
        ['unsourced-statistic', 'retext-evidence', 3, 1, false]
      ])
      expect(readerError(messages).reason).toMatch(/^The `reference entry` reader failed \(entry exploded\)/)
    }
  )

  it('a rule set to error keeps the reader-error a warning', async () => {
    vi.stubEnv('RETEXT_EVIDENCE_READER_ERRORS', '')
    broken.attributions = true
    const messages = await lint(document, 'text', {'mismatched-attribution': 'error'})
    expect(view(messages)[0]).toEqual(['reader-error', 'retext-evidence', 1, 1, false])
  })
})
