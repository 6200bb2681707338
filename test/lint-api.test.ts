/** `lint()` from `retext-evidence/lint`: inputs, messages, verdicts, config. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {
  ConfigError,
  lint,
  LintInputError,
  verdict,
  type FailOn,
  type LintInput,
  type LintMessage,
  type LintOptions,
  type LintResult
} from '../src/lint.js'
import {budgetFor, BudgetExceeded, withinBudget} from '../src/processor/budget.js'

const claim = 'Magnesium reduces anxiety.'
const hedged = 'Magnesium may reduce anxiety.'
const url = 'https://github.com/retext-evidence/retext-evidence/blob/main/docs/rules/unhedged-claim.md'
/** No config file anywhere: the rules' own defaults (unhedged-claim warns). */
const noConfig: LintOptions = {config: false}
const asError: LintOptions = {rules: {'unhedged-claim': ['error']}}

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-lint-api-'))
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    fs.writeFileSync(path.join(dir, name), content)
  }
  return dir
}

describe('lint(): messages', () => {
  test('one unhedged claim in text, with every field of the message', async () => {
    const result = await lint({content: claim, format: 'text'}, noConfig)
    expect(result).toEqual<LintResult>({
      pass: true,
      summary: {errors: 0, warnings: 1},
      messages: [
        {
          ruleId: 'unhedged-claim',
          source: 'retext-evidence',
          reason: expect.stringContaining('Unhedged claim') as unknown as string,
          severity: 'warning',
          line: 1,
          column: 11,
          offset: 10,
          endLine: 1,
          endColumn: 18,
          endOffset: 17,
          actual: 'reduces',
          expected: ['may reduce'],
          url,
          field: null
        }
      ]
    })
  })

  test('a hedged sentence gives nothing', async () => {
    expect(await lint({content: hedged, format: 'text'}, noConfig)).toEqual({
      pass: true,
      summary: {errors: 0, warnings: 0},
      messages: []
    })
  })

  test('a bare string is plain text', async () => {
    const result = await lint(claim, noConfig)
    expect(result.messages.map((m) => m.actual)).toEqual(['reduces'])
  })

  test('a string that looks like a file name is refused, saying to pass {path}; {path} lints the file', async () => {
    await expect(lint('post.md', noConfig)).rejects.toThrow(LintInputError)
    await expect(lint('drafts/Post.HTML', noConfig)).rejects.toThrow(
      'lint(): a string is linted as text, and "drafts/Post.HTML" looks like a file name: give {path: "drafts/Post.HTML"} to lint the file, or {content: "drafts/Post.HTML"} to lint it as text'
    )
    const dir = folder({'post.md': '# T\n\n' + claim + '\n'})
    const result = await lint({path: 'post.md'}, {...noConfig, cwd: dir})
    expect(result.messages.map((m) => [m.actual, m.line, m.column])).toEqual([['reduces', 3, 11]])
    // Sentences that end in a word with a dot are text as before.
    expect((await lint('See post.md for more. ' + claim, noConfig)).messages.map((m) => m.actual)).toEqual(['reduces'])
    expect((await lint({content: 'post.md'}, noConfig)).messages).toEqual([])
  })

  test('Markdown and HTML: positions point into the original source', async () => {
    const markdown = '# Stress\n\nSome *readers* ask.\n\n' + claim + '\n'
    const md = await lint({content: markdown, format: 'markdown'}, noConfig)
    expect(md.messages).toHaveLength(1)
    const [m] = md.messages
    expect([m.line, m.column]).toEqual([5, 11])
    expect(markdown.slice(m.offset as number, m.endOffset as number)).toBe('reduces')

    const html = '<article>\n  <h1>Stress</h1>\n  <p>' + hedged + '</p>\n  <p>' + claim + '</p>\n</article>'
    const h = await lint({content: html, format: 'html'}, noConfig)
    expect(h.messages).toHaveLength(1)
    expect(h.messages[0].line).toBe(4)
    expect(html.slice(h.messages[0].offset as number, h.messages[0].endOffset as number)).toBe('reduces')
  })

  test('the format matters: an ignore comment works in Markdown and HTML, not in text', async () => {
    const value = '<!--evidence ignore unhedged-claim-->\n<p>' + claim + '</p>\n'
    expect((await lint({content: value, format: 'html'}, noConfig)).messages).toEqual([])
    expect((await lint({content: value, format: 'markdown'}, noConfig)).messages).toEqual([])
    expect((await lint({content: value, format: 'text'}, noConfig)).messages.map((m) => m.actual)).toEqual(['reduces'])
  })

  test('{path}: the file is read, its format taken from the extension', async () => {
    const dir = folder({
      'post.html': '<p>' + claim + '</p>',
      'post.md': '<!--evidence ignore unhedged-claim-->\n' + claim + '\n',
      'post.txt': claim
    })
    const html = await lint({path: path.join(dir, 'post.html')}, noConfig)
    expect(html.messages.map((m) => [m.line, m.column])).toEqual([[1, 14]])
    // The ignore comment works only because the file is read as Markdown.
    expect((await lint({path: path.join(dir, 'post.md')}, noConfig)).messages).toEqual([])
    expect((await lint({path: 'post.txt'}, {...noConfig, cwd: dir})).messages).toHaveLength(1)
  })

  test('{content, path}: the path names the content and picks its format', async () => {
    const result = await lint({content: '<p>' + claim + '</p>', path: 'draft.html'}, noConfig)
    expect(result.messages.map((m) => m.column)).toEqual([14])
  })

  test('{fields}: each field linted on its own and named in its messages', async () => {
    const result = await lint(
      {
        fields: {
          title: {content: hedged, format: 'text'},
          body: {content: '<p>Stress is common.</p><p>' + claim + '</p>', format: 'html'},
          summary: claim
        }
      },
      noConfig
    )
    expect(result.summary).toEqual({errors: 0, warnings: 2})
    expect(result.messages.map((m) => [m.field, m.line, m.column, m.actual])).toEqual([
      ['body', 1, 38, 'reduces'],
      ['summary', 1, 11, 'reduces']
    ])
  })
})

describe('lint(): verdicts', () => {
  const cases: Array<[FailOn | undefined, LintOptions, string, boolean]> = [
    [undefined, noConfig, claim, true],
    ['error', noConfig, claim, true],
    ['warning', noConfig, claim, false],
    ['never', noConfig, claim, true],
    ['error', asError, claim, false],
    ['warning', asError, claim, false],
    ['never', asError, claim, true],
    ['error', asError, hedged, true],
    ['warning', noConfig, hedged, true]
  ]
  test.each(cases)('failOn %s, %o: %s → pass %s', async (failOn, options, content, pass) => {
    const result = await lint({content, format: 'text'}, {...options, ...(failOn ? {failOn} : {})})
    expect(result.pass).toBe(pass)
  })

  test('a rule set to error gives errors', async () => {
    const result = await lint(claim, asError)
    expect(result.summary).toEqual({errors: 1, warnings: 0})
    expect(result.messages[0].severity).toBe('error')
  })

  test('a bare severity works as in a config file', async () => {
    expect((await lint(claim, {rules: {'unhedged-claim': 'error'}})).summary).toEqual({errors: 1, warnings: 0})
    expect((await lint(claim, {rules: {'unhedged-claim': 2}})).summary).toEqual({errors: 1, warnings: 0})
    expect((await lint(claim, {rules: {'unhedged-claim': 'warn'}})).summary).toEqual({errors: 0, warnings: 1})
  })

  test('a rule turned off gives nothing', async () => {
    expect((await lint(claim, {rules: {'unhedged-claim': false}, failOn: 'warning'})).pass).toBe(true)
  })

  test('verdict() counts and judges a list of messages', () => {
    const error = {severity: 'error'} as LintMessage
    const warning = {severity: 'warning'} as LintMessage
    expect(verdict([error, warning, warning], 'error')).toMatchObject({pass: false, summary: {errors: 1, warnings: 2}})
    expect(verdict([warning], 'error').pass).toBe(true)
    expect(verdict([warning], 'warning').pass).toBe(false)
    expect(verdict([error], 'never').pass).toBe(true)
  })

  test('a document above maxSize fails with one too-large error, even as a warning-only setup', async () => {
    const result = await lint({content: claim.repeat(10), format: 'text'}, {...noConfig, maxSize: 100})
    expect(result.pass).toBe(false)
    expect(result.messages).toHaveLength(1)
    expect(result.messages[0]).toMatchObject({
      ruleId: 'too-large',
      source: 'evidence-lint',
      severity: 'error',
      line: null
    })
  })
})

describe('lint(): the time budget (maxLintMs)', () => {
  // 360 KB of `[1]` labels in one Markdown paragraph: about 3.5 s of work on this machine, several times the
  // budgets below whatever the machine's load.
  const labels = claim + '\n\n' + '[1]'.repeat(120_000) + '\n\nZinc cures colds.\n'
  const tooSlow =
    /^Cannot lint `stdin`: it took longer than its time budget of 400 ms \(`maxLintMs`\), so it was stopped; split it into smaller files, or raise `maxLintMs`$/

  test('a document over it gets one too-complex error and no findings; the other fields are linted', async () => {
    const result = await lint(
      {fields: {title: claim, body: {content: labels, format: 'markdown'}}},
      {...noConfig, maxLintMs: 400}
    )
    expect(result.pass).toBe(false)
    expect(result.summary).toEqual({errors: 1, warnings: 1})
    expect(result.messages.map((m) => [m.field, m.ruleId, m.source, m.severity, m.line, m.column, m.offset])).toEqual([
      ['title', 'unhedged-claim', 'retext-evidence', 'warning', 1, 11, 10],
      ['body', 'too-complex', 'evidence-lint', 'error', null, null, null]
    ])
    expect(result.messages[1].reason).toMatch(tooSlow)
  }, 60_000)

  test('a config file sets it; the option wins over the config', async () => {
    const dir = folder({'.evidencerc.json': JSON.stringify({maxLintMs: 400})})
    const fromConfig = await lint({content: labels, format: 'markdown'}, {cwd: dir})
    expect(fromConfig.messages.map((m) => [m.ruleId, m.severity])).toEqual([['too-complex', 'error']])
    expect(fromConfig.messages[0].reason).toMatch(tooSlow)
    const wide = folder({'.evidencerc.json': JSON.stringify({maxLintMs: 600_000})})
    const fromOption = await lint({content: labels, format: 'markdown'}, {cwd: wide, maxLintMs: 400})
    expect(fromOption.messages[0].reason).toMatch(tooSlow)
  }, 60_000)

  test('the default leaves ordinary documents alone, and findings keep their places', async () => {
    const text = claim + '\n\n' + hedged + ' In one trial, 45% of adults slept better.\n'
    for (const maxLintMs of [undefined, false, 0, 60_000] as const) {
      const result = await lint({content: text, format: 'markdown'}, {...noConfig, maxLintMs})
      expect(
        result.messages.map((m) => [m.ruleId, m.line, m.column]),
        String(maxLintMs)
      ).toEqual([
        ['unhedged-claim', 1, 11],
        ['unsourced-statistic', 3, 45]
      ])
    }
  })

  test('withinBudget stops a synchronous task past its time and returns what one within it gives', () => {
    expect(withinBudget(5000, () => 42)).toBe(42)
    const spin = () => {
      for (;;) {
        // Never returns: only the budget ends it.
      }
    }
    expect(() => withinBudget(50, spin)).toThrow(BudgetExceeded)
    // Errors of the task pass through; no time left is an error at once.
    expect(() => withinBudget(5000, () => JSON.parse('{'))).toThrow(SyntaxError)
    expect(() => withinBudget(0, () => 1)).toThrow(BudgetExceeded)
    expect(withinBudget(Number.POSITIVE_INFINITY, () => 'no budget')).toBe('no budget')
    expect(budgetFor(undefined, 1024 * 1024)).toBe(20_000)
    expect(budgetFor(undefined, 0)).toBe(10_000)
    expect(budgetFor(false, 10)).toBe(Number.POSITIVE_INFINITY)
    expect(budgetFor(0, 10)).toBe(Number.POSITIVE_INFINITY)
    expect(budgetFor(1500, 10 * 1024 * 1024)).toBe(1500)
  })

  test('a bad value is a LintInputError; a config with one is a ConfigError', async () => {
    for (const bad of [-1, 'fast', Number.NaN]) {
      await expect(lint(claim, {...noConfig, maxLintMs: bad as number})).rejects.toThrow(
        /`maxLintMs` must be a number of milliseconds \(or `false` for no budget\)/
      )
    }
    const dir = folder({'.evidencerc.json': JSON.stringify({maxLintMs: 'soon'})})
    const failure = lint(claim, {cwd: dir})
    await expect(failure).rejects.toBeInstanceOf(ConfigError)
    await expect(failure).rejects.toThrow(
      /`maxLintMs` must be a number of milliseconds \(or `false` for no time budget\), not "soon"/
    )
  })
})

describe('lint(): config as the CLI finds it', () => {
  test('.evidencerc.json is found by walking up from cwd', async () => {
    const dir = folder({'.evidencerc.json': JSON.stringify({rules: {'unhedged-claim': ['error']}}), 'a/b/.keep': ''})
    const result = await lint(claim, {cwd: path.join(dir, 'a', 'b')})
    expect(result.messages.map((m) => m.severity)).toEqual(['error'])
    expect(result.pass).toBe(false)
  })

  test('the "evidence" field of package.json', async () => {
    const dir = folder({'package.json': JSON.stringify({name: 'site', evidence: {rules: {'unhedged-claim': false}}})})
    expect((await lint(claim, {cwd: dir, failOn: 'warning'})).messages).toEqual([])
  })

  test('.evidencerc.yml', async () => {
    const dir = folder({'.evidencerc.yml': 'rules:\n  unhedged-claim: [error]\n'})
    expect((await lint(claim, {cwd: dir})).summary).toEqual({errors: 1, warnings: 0})
  })

  test('a {path} input uses the config beside the file', async () => {
    const dir = folder({
      'content/.evidencerc.json': JSON.stringify({rules: {'unhedged-claim': ['error']}}),
      'content/post.md': claim
    })
    expect((await lint({path: path.join(dir, 'content', 'post.md')})).summary.errors).toBe(1)
  })

  test('`config` names the file; `config: false` reads none; `rules` wins over both', async () => {
    const dir = folder({
      '.evidencerc.json': JSON.stringify({rules: {'unhedged-claim': false}}),
      'strict.json': JSON.stringify({rules: {'unhedged-claim': ['error']}})
    })
    expect((await lint(claim, {cwd: dir})).messages).toEqual([])
    expect((await lint(claim, {cwd: dir, config: 'strict.json'})).summary).toEqual({errors: 1, warnings: 0})
    expect((await lint(claim, {cwd: dir, config: false})).summary).toEqual({errors: 0, warnings: 1})
    expect(
      (await lint(claim, {cwd: dir, rules: {'unhedged-claim': ['error', {allow: ['reduces anxiety']}]}})).messages
    ).toEqual([])
  })

  test('a config with an unknown rule is an error naming the file', async () => {
    const dir = folder({'.evidencerc.json': JSON.stringify({rules: {'no-such-rule': 'error'}})})
    const failure = lint(claim, {cwd: dir})
    await expect(failure).rejects.toBeInstanceOf(ConfigError)
    await expect(failure).rejects.toThrow(/Invalid config `\.evidencerc\.json`: unknown rule `no-such-rule`/)
  })

  test('a config that is not JSON is an error naming the file', async () => {
    const dir = folder({'.evidencerc.json': '{"rules": '})
    await expect(lint(claim, {cwd: dir})).rejects.toThrow(/Cannot parse file `\.evidencerc\.json`/)
  })

  test('a missing config file is an error naming it', async () => {
    const dir = folder({})
    await expect(lint(claim, {cwd: dir, config: 'nope.json'})).rejects.toThrow(/nope\.json/)
  })

  test('bad preset options are refused like a bad config', async () => {
    await expect(lint(claim, {rules: {'unhedged-claim': 'loud'} as never})).rejects.toThrow(/rule `unhedged-claim`/)
    await expect(lint(claim, {rules: {'no-such-rule': false} as never})).rejects.toThrow(/unknown rule `no-such-rule`/)
  })

  test('fixing a broken config fixes the next call (failures are not cached)', async () => {
    const dir = folder({'.evidencerc.json': '{'})
    await expect(lint(claim, {cwd: dir})).rejects.toThrow()
    fs.writeFileSync(path.join(dir, '.evidencerc.json'), JSON.stringify({rules: {'unhedged-claim': ['error']}}))
    expect((await lint(claim, {cwd: dir})).summary.errors).toBe(1)
  })
})

describe('lint(): bad input is refused with a clear message', () => {
  const cases: Array<[string, unknown, LintOptions, RegExp]> = [
    [
      'an unknown format',
      {content: claim, format: 'pdf'},
      noConfig,
      /`format` of input must be "text", "markdown" or "html", not "pdf"/
    ],
    ['content that is not a string', {content: 42}, noConfig, /`content` of input must be a string, not 42/],
    ['no content and no path', {format: 'text'}, noConfig, /needs `content`/],
    ['an empty fields object', {fields: {}}, noConfig, /`fields` is empty/],
    ['a field that is a number', {fields: {title: 3}}, noConfig, /field `title` must be/],
    ['a bad format in a field', {fields: {body: {content: 'x', format: 'docx'}}}, noConfig, /`format` of field `body`/],
    ['null', null, noConfig, /input must be/],
    ['an unknown failOn', claim, {failOn: 'sometimes' as FailOn}, /`failOn` must be "error", "warning" or "never"/],
    ['a bad maxSize', claim, {maxSize: -1}, /`maxSize` must be a positive number/],
    [
      'a missing file',
      {path: '/nonexistent/evidence/post.md'},
      noConfig,
      /cannot read `\/nonexistent\/evidence\/post\.md`: no such file/
    ]
  ]
  test.each(cases)('%s', async (_name, input, options, message) => {
    const failure = lint(input as LintInput, options)
    await expect(failure).rejects.toBeInstanceOf(LintInputError)
    await expect(failure).rejects.toThrow(message)
  })
})

describe('flattenRichText()', () => {
  test('Portable Text, Contentful rich text and Strapi blocks become paragraphs', async () => {
    const {flattenRichText} = await import('../src/lint.js')
    const portable = [
      {
        _type: 'block',
        children: [
          {_type: 'span', text: 'Magnesium '},
          {_type: 'span', text: 'reduces anxiety.'}
        ],
        markDefs: [{href: 'https://x.example'}]
      }
    ]
    const contentful = {
      nodeType: 'document',
      content: [
        {nodeType: 'paragraph', content: [{nodeType: 'text', value: 'A.'}]},
        {
          nodeType: 'paragraph',
          content: [
            {nodeType: 'hyperlink', data: {uri: 'https://x.example'}, content: [{nodeType: 'text', value: 'B'}]},
            {nodeType: 'text', value: '.'}
          ]
        }
      ]
    }
    const strapi = [
      {
        type: 'list',
        children: [
          {type: 'list-item', children: [{type: 'text', text: 'One.'}]},
          {type: 'list-item', children: [{type: 'text', text: 'Two.'}]}
        ]
      }
    ]
    expect(flattenRichText(portable)).toEqual(['Magnesium reduces anxiety.'])
    expect(flattenRichText(contentful)).toEqual(['A.', 'B.'])
    expect(flattenRichText(strapi)).toEqual(['One.', 'Two.'])
    expect(flattenRichText({id: 3, tags: ['a']})).toBeUndefined()
  })
})
