/**
 * The real `evidence-lint` binary (`node bin/evidence-lint.js`) on real files in temporary
 * folders: formats, reports, exit codes, config and ignore discovery, bad input.
 */
import fs from 'node:fs'
import path from 'node:path'
import {Ajv} from 'ajv'
import ajvFormats from 'ajv-formats'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {cli, ensureBuilt, removeTempFolders, root, tempFolder} from './cli-helpers.js'

const claim = 'Magnesium reduces anxiety.'
const hedged = 'Magnesium may reduce anxiety.'

const documents = {
  'notes.txt': claim + '\n\n' + hedged + '\n',
  'post.md':
    '---\ntitle: Magnesium reduces anxiety\n---\n\n# Magnesium\n\n' +
    claim +
    '\n\n' +
    hedged +
    '\n\n```\nZinc cures colds.\n```\n',
  'page.mdx': "import Box from './box.js'\n\n# Magnesium\n\n" + claim + '\n\n<Box>' + hedged + '</Box>\n',
  'page.html':
    '<!doctype html><html><body><nav>Zinc cures colds.</nav><main><p>' +
    claim +
    '</p><p>' +
    hedged +
    '</p></main></body></html>\n'
}

interface JsonFile {
  path: string
  messages: Array<{
    ruleId?: string
    source?: string
    line?: number
    column?: number
    fatal?: boolean | null
    reason: string
  }>
}

function json(stderr: string): JsonFile[] {
  return JSON.parse(stderr) as JsonFile[]
}

beforeAll(() => {
  ensureBuilt()
}, 240_000)
afterAll(removeTempFolders)

describe('formats', () => {
  test('text, Markdown, MDX and HTML give the same finding; stdout stays empty; exit 0 on warnings', () => {
    const cwd = tempFolder(documents)
    const result = cli(['--report', 'json', '.'], cwd)
    expect(result.stdout).toBe('')
    expect(result.code).toBe(0)
    const files = json(result.stderr)
    expect(files.map((file) => file.path).sort()).toEqual(['notes.txt', 'page.html', 'page.mdx', 'post.md'])
    for (const file of files) {
      const claims = file.messages.filter((message) => message.ruleId === 'unhedged-claim')
      expect(claims, file.path).toHaveLength(1)
      expect(claims[0].source).toBe('retext-evidence')
      expect(claims[0].fatal).toBe(false)
      // The message points at "reduces" in the file as written.
      const text = fs.readFileSync(path.join(cwd, file.path), 'utf8')
      const line = text.split('\n')[(claims[0].line ?? 0) - 1]
      expect(line.slice((claims[0].column ?? 0) - 1).startsWith('reduces'), file.path).toBe(true)
    }
  })

  test('the pretty report names each file and the rule', () => {
    const cwd = tempFolder(documents)
    const result = cli(['.'], cwd)
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    for (const name of Object.keys(documents)) expect(result.stderr).toContain(name)
    expect(result.stderr).toMatch(/warning\s+Unhedged claim: “reduces”.*unhedged-claim\s+retext-evidence/)
    expect(result.stderr).toContain('4 warnings')
  })

  test('files are never changed', () => {
    const cwd = tempFolder(documents)
    const before = Object.keys(documents).map((name) => fs.readFileSync(path.join(cwd, name), 'utf8'))
    cli(['.', '--frail'], cwd)
    cli(['post.md'], cwd)
    const after = Object.keys(documents).map((name) => fs.readFileSync(path.join(cwd, name), 'utf8'))
    expect(after).toEqual(before)
    expect(fs.readdirSync(cwd).sort()).toEqual(Object.keys(documents).sort())
  })

  test('a clean file: exit 0 and "no issues found"; --quiet leaves it out', () => {
    const cwd = tempFolder({'ok.md': hedged + '\n'})
    const result = cli(['ok.md'], cwd)
    expect(result).toMatchObject({code: 0, stdout: ''})
    expect(result.stderr).toContain('ok.md: no issues found')
    expect(cli(['--quiet', 'ok.md'], cwd).stderr).toBe('')
  })

  test('--frail fails on warnings', () => {
    const cwd = tempFolder({'a.txt': claim})
    expect(cli(['--frail', 'a.txt'], cwd).code).toBe(1)
  })

  test('globs, and the default extensions in folders', () => {
    const cwd = tempFolder({
      'docs/a.md': claim,
      'docs/b.txt': claim,
      'docs/c.js': 'const x = "Zinc cures colds."',
      'docs/d.rst': claim
    })
    const files = json(cli(['--report', 'json', 'docs'], cwd).stderr)
      .map((file) => file.path)
      .sort()
    expect(files).toEqual(['docs/a.md', 'docs/b.txt'])
    const globbed = json(cli(['--report', 'json', 'docs/*.md'], cwd).stderr).map((file) => file.path)
    expect(globbed).toEqual(['docs/a.md'])
  })
})

describe('standard input', () => {
  test('read as text when no path is given', () => {
    const cwd = tempFolder()
    const result = cli(['--report', 'json'], cwd, 'Zinc cures colds.\n')
    expect(result.stdout).toBe('')
    expect(result.code).toBe(0)
    const [file] = json(result.stderr)
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['unhedged-claim', 1, 6]
    ])
  })

  test('--file-path names the input and picks its format', () => {
    const cwd = tempFolder()
    // An ignore comment works in Markdown, not in text.
    const input = '<!--evidence ignore unhedged-claim-->\nZinc cures colds.\n'
    const [text] = json(cli(['--report', 'json'], cwd, input).stderr)
    expect(text.messages.map((message) => message.ruleId)).toEqual(['unhedged-claim'])
    const [markdown] = json(cli(['--report', 'json', '--file-path', 'post.md'], cwd, input).stderr)
    expect(markdown).toMatchObject({path: 'post.md', messages: []})
  })
})

describe('config', () => {
  const configs: Array<[string, string]> = [
    ['.evidencerc', '{"rules": {"unhedged-claim": "error"}}'],
    ['.evidencerc.json', '{"rules": {"unhedged-claim": [2]}}'],
    ['.evidencerc.yml', 'rules:\n  unhedged-claim: error\n'],
    ['.evidencerc.js', 'module.exports = {rules: {"unhedged-claim": ["error", {}]}}\n'],
    ['package.json', '{"name": "site", "evidence": {"rules": {"unhedged-claim": 2}}}']
  ]

  test.each(configs)('%s found above the file makes the rule an error (exit 1)', (name, content) => {
    const cwd = tempFolder({[name]: content, 'content/post.md': claim})
    const result = cli(['--report', 'json', 'content'], cwd)
    expect(result.code).toBe(1)
    const [file] = json(result.stderr)
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['unhedged-claim', true]])
  })

  test('a rule turned off, and the nearest config wins', () => {
    const cwd = tempFolder({
      '.evidencerc': '{"rules": {"unhedged-claim": "error"}}',
      'strict/a.md': claim,
      'relaxed/.evidencerc.json': '{"rules": {"unhedged-claim": false}}',
      'relaxed/b.md': claim
    })
    const files = json(cli(['--report', 'json', '.'], cwd).stderr)
    const byPath = Object.fromEntries(files.map((file) => [file.path, file.messages.map((message) => message.ruleId)]))
    expect(byPath).toEqual({'relaxed/b.md': [], 'strict/a.md': ['unhedged-claim']})
  })

  test('--rc-path and --no-config', () => {
    const cwd = tempFolder({
      'cfg.json': '{"rules": {"unhedged-claim": "off"}}',
      '.evidencerc': '{"rules": {"unhedged-claim": "error"}}',
      'a.md': claim
    })
    expect(cli(['a.md'], cwd).code).toBe(1)
    expect(json(cli(['--report', 'json', '--rc-path', 'cfg.json', 'a.md'], cwd).stderr)[0].messages).toEqual([])
    expect(cli(['--no-config', 'a.md'], cwd).code).toBe(0)
  })

  test('maxSize', () => {
    const cwd = tempFolder({'.evidencerc': '{"maxSize": 10}', 'a.md': claim})
    const result = cli(['a.md'], cwd)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Cannot lint `a.md`: it is 0.0 MiB, above the limit')
  })
})

describe('.evidenceignore', () => {
  test('ignored files are skipped in folders, and reported when named', () => {
    const cwd = tempFolder({'.evidenceignore': 'drafts/\n', 'drafts/a.md': claim, 'b.md': claim})
    const files = json(cli(['--report', 'json', '.'], cwd).stderr).map((file) => file.path)
    expect(files).toEqual(['b.md'])
    const named = cli(['drafts/a.md'], cwd)
    expect(named.code).toBe(1)
    expect(named.stderr).toContain('Cannot lint `drafts/a.md`: it is ignored')
    expect(cli(['--silently-ignore', 'drafts/a.md'], cwd).code).toBe(0)
  })
})

describe('ignore comments', () => {
  test('Markdown, MDX and HTML; several rule ids; unknown ids are reported', () => {
    const cwd = tempFolder({
      'a.md': '<!--evidence ignore unhedged-claim unsourced-statistic-->\n' + claim + '\n\nZinc cures colds.\n',
      'b.mdx': '{/* evidence ignore unhedged-claim */}\n\n' + claim + '\n\nZinc cures colds.\n',
      'c.html':
        '<!--evidence disable unhedged-claim-->\n<p>' +
        claim +
        '</p>\n<p>Zinc cures colds.</p>\n<!--evidence enable-->\n<p>Iron cures fatigue.</p>\n',
      'd.md': '<!--evidence ignore made-up-rule-->\n' + claim + '\n'
    })
    const files = Object.fromEntries(
      json(cli(['--report', 'json', '.'], cwd).stderr).map((file) => [file.path, file.messages])
    )
    expect(files['a.md'].map((message) => [message.ruleId, message.line])).toEqual([['unhedged-claim', 4]])
    expect(files['b.mdx'].map((message) => [message.ruleId, message.line])).toEqual([['unhedged-claim', 5]])
    expect(files['c.html'].map((message) => [message.ruleId, message.line])).toEqual([['unhedged-claim', 5]])
    expect(files['d.md'].map((message) => [message.source, message.ruleId, message.line])).toEqual([
      ['retext-evidence', 'unhedged-claim', 2],
      ['unified-message-control', 'known', 1]
    ])
    expect(files['d.md'][1].reason).toContain('made-up-rule')
  })
})

describe('reports', () => {
  test('--report json works from a folder with nothing installed', () => {
    const cwd = tempFolder({'a.txt': claim})
    expect(fs.existsSync(path.join(cwd, 'node_modules'))).toBe(false)
    const result = cli(['--report', 'json', 'a.txt'], cwd)
    expect(result.stdout).toBe('')
    const [file] = json(result.stderr)
    expect(file).toMatchObject({
      path: 'a.txt',
      messages: [{ruleId: 'unhedged-claim', source: 'retext-evidence', line: 1, column: 11}]
    })
  })

  test('--report sarif is valid SARIF 2.1.0 with relative paths, levels and regions', () => {
    const cwd = tempFolder({
      '.evidencerc': '{"rules": {"unhedged-claim": "error"}}',
      'docs/my post.md': '# Title\n\n' + claim + '\n',
      'b.txt': hedged,
      'c.md': '<!--evidence ignore nope-->\n' + hedged + '\n'
    })
    const result = cli(['--report', 'sarif', '.'], cwd)
    expect(result.stdout).toBe('')
    expect(result.code).toBe(1)
    const log = JSON.parse(result.stderr) as {
      version: string
      runs: Array<{
        tool: {driver: {name: string; version: string; rules: Array<{id: string; helpUri?: string}>}}
        results: Array<{
          ruleId: string
          ruleIndex: number
          level: string
          message: {text: string}
          locations: Array<{physicalLocation: {artifactLocation: {uri: string}; region: Record<string, number>}}>
        }>
      }>
    }
    const schema = JSON.parse(
      fs.readFileSync(path.join(root, 'test', 'fixtures', 'sarif-2.1.0-subset.schema.json'), 'utf8')
    ) as object
    const ajv = new Ajv({allErrors: true, strict: false})
    // ajv-formats is CommonJS: under Node's ESM loader its default import is the plugin itself.
    ;(ajvFormats as unknown as typeof ajvFormats.default)(ajv)
    const validate = ajv.compile(schema)
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)

    expect(log.version).toBe('2.1.0')
    const [run] = log.runs
    expect(run.tool.driver.name).toBe('evidence-lint')
    const results = run.results.map((r) => ({
      ruleId: r.ruleId,
      rule: run.tool.driver.rules[r.ruleIndex]?.id,
      level: r.level,
      uri: r.locations[0].physicalLocation.artifactLocation.uri,
      region: r.locations[0].physicalLocation.region
    }))
    expect(results).toEqual([
      {
        ruleId: 'unified-message-control:known',
        rule: 'unified-message-control:known',
        level: 'warning',
        uri: 'c.md',
        region: {startLine: 1, startColumn: 1, endLine: 1, endColumn: 28}
      },
      {
        ruleId: 'unhedged-claim',
        rule: 'unhedged-claim',
        level: 'error',
        uri: 'docs/my%20post.md',
        region: {startLine: 3, startColumn: 11, endLine: 3, endColumn: 18}
      }
    ])
    expect(run.tool.driver.rules.find((rule) => rule.id === 'unhedged-claim')?.helpUri).toMatch(/^https:\/\//)
  })

  test('an unknown reporter name is an error naming it', () => {
    const cwd = tempFolder({'a.txt': claim})
    const result = cli(['--report', 'nonexistent-xyz', 'a.txt'], cwd)
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual(['evidence-lint: Cannot find reporter `nonexistent-xyz`'])
  })
})

describe('bad input: one line naming the file, exit 1', () => {
  const oneLine = (stderr: string, expected: string) => {
    const lines = stderr.split('\n').filter((line) => line.includes('Cannot lint'))
    expect(lines, stderr).toHaveLength(1)
    expect(lines[0]).toContain(expected)
  }

  test('a missing path', () => {
    const result = cli(['missing.md'], tempFolder())
    expect(result.code).toBe(1)
    oneLine(result.stderr, 'Cannot lint `missing.md`: no such file or folder')
    expect(result.stderr).not.toContain('ENOENT')
  })

  test('a folder with no lintable files, and a glob that matches nothing', () => {
    const cwd = tempFolder({'images/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'empty/.keep': ''})
    const result = cli(['images'], cwd)
    expect(result.code).toBe(1)
    oneLine(result.stderr, 'Cannot lint `images`: no files to lint in this folder')
    const glob = cli(['*.markdown'], cwd)
    expect(glob.code).toBe(1)
    oneLine(glob.stderr, 'Cannot lint `*.markdown`: no files match this glob')
  })

  test('a binary file', () => {
    const cwd = tempFolder({
      'data.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    })
    const result = cli(['data.txt'], cwd)
    expect(result.code).toBe(1)
    oneLine(result.stderr, 'Cannot lint `data.txt`: it looks like a binary file')
  })

  test('invalid UTF-8', () => {
    const cwd = tempFolder({
      'latin1.md': new Uint8Array([...Buffer.from('# Caf'), 0xe9, ...Buffer.from('\n\nMagnesium reduces anxiety.\n')])
    })
    const result = cli(['latin1.md'], cwd)
    expect(result.code).toBe(1)
    oneLine(result.stderr, 'Cannot lint `latin1.md`: it is not valid UTF-8 (byte 5 on line 1)')
  })

  test('a real U+FFFD in valid UTF-8 is fine', () => {
    const cwd = tempFolder({'ok.md': 'A replacement character \uFFFD here. ' + hedged + '\n'})
    expect(cli(['ok.md'], cwd).code).toBe(0)
  })

  test.each([
    [
      '.evidencerc',
      '{"rules": {"unhedged-claim": "error",}',
      'invalid config `.evidencerc`: Expected double-quoted property name'
    ],
    ['.evidencerc.yml', 'rules:\n  unhedged-claim: [error\n', 'invalid config `.evidencerc.yml`: Flow sequence'],
    [
      '.evidencerc.json',
      '{"rules": {"made-up": "error"}}',
      'invalid config `.evidencerc.json`: unknown rule `made-up`'
    ],
    ['.evidencerc', '{"rulez": {}}', 'invalid config `.evidencerc`: unknown option `rulez`'],
    [
      '.evidencerc',
      '{"rules": {"unhedged-claim": "loud"}}',
      'invalid config `.evidencerc`: rule `unhedged-claim`: expected'
    ],
    [
      '.evidencerc',
      '{"rules": {"unhedged-claim": [3, {}]}}',
      'invalid config `.evidencerc`: rule `unhedged-claim`: unknown severity 3'
    ],
    ['.evidencerc', '[1, 2]', 'invalid config `.evidencerc`: expected an object']
  ])('a bad config %s: %s', (name, content, expected) => {
    const cwd = tempFolder({[name]: content, 'a.md': claim})
    const result = cli(['a.md'], cwd)
    expect(result.code).toBe(1)
    oneLine(result.stderr, 'Cannot lint `a.md`: ' + expected)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  test('a 50 MB file is refused at once with the limit named', () => {
    const paragraph = 'Magnesium may reduce anxiety in some adults, according to a small trial. '.repeat(12) + '\n\n'
    const cwd = tempFolder({'huge.md': paragraph.repeat(Math.ceil((50 * 1024 * 1024) / paragraph.length))})
    const started = Date.now()
    const result = cli(['huge.md'], cwd)
    expect(result.code).toBe(1)
    oneLine(result.stderr, 'Cannot lint `huge.md`: it is 50.0 MiB, above the limit of 5.0 MiB')
    expect(Date.now() - started).toBeLessThan(30_000)
    fs.rmSync(cwd, {recursive: true, force: true})
  })

  test('options that would write are refused', () => {
    const cwd = tempFolder({'a.md': claim})
    for (const flags of [['-o'], ['--output', 'out.md'], ['--tree-out'], ['--inspect'], ['--watch']]) {
      const result = cli([...flags, 'a.md'], cwd)
      expect(result.code, flags.join(' ')).toBe(1)
      expect(result.stderr).toMatch(/^evidence-lint: `--[a-z-]+` is not supported/)
    }
    expect(fs.readdirSync(cwd)).toEqual(['a.md'])
  })

  test('an unknown option', () => {
    const result = cli(['--frial', 'a.md'], tempFolder({'a.md': claim}))
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual([
      'evidence-lint: Unknown option `--frial`, expected: (see --help)'
    ])
  })
})

describe('the time budget: --max-lint-ms and maxLintMs', () => {
  // 360 KB of `[1]` labels in one Markdown paragraph: about 3.5 s of work on this machine (1.6 s for 150 KB),
  // several times every budget below, so that each of them stops it whatever the machine's load.
  const labels = claim + '\n\n' + '[1]'.repeat(120_000) + '\n\nZinc cures colds.\n'
  const stopped = (name: string, ms: string) =>
    'Cannot lint `' +
    name +
    '`: it took longer than its time budget of ' +
    ms +
    ' (`maxLintMs`), so it was stopped; split it into smaller files, or raise `maxLintMs`'

  test('a file over the budget gets one too-complex error, exit 1; the other files are linted', () => {
    const cwd = tempFolder({'labels.md': labels, 'post.md': claim + '\n'})
    for (const flag of [['--max-lint-ms', '400'], ['--max-lint-ms=400']]) {
      const result = cli(['--report', 'json', ...flag, 'labels.md', 'post.md'], cwd)
      expect(result.code, result.stderr).toBe(1)
      const files = json(result.stderr)
      expect(
        files.map((file) => [
          file.path,
          file.messages.map((m) => [m.ruleId, m.source, m.fatal, m.line ?? null, m.column ?? null])
        ])
      ).toEqual([
        ['labels.md', [['too-complex', 'evidence-lint', true, null, null]]],
        ['post.md', [['unhedged-claim', 'retext-evidence', false, 1, 11]]]
      ])
      expect(files[0].messages[0].reason).toBe(stopped('labels.md', '400 ms'))
    }
  }, 120_000)

  test('a config sets it; the flag wins over the config', () => {
    const cwd = tempFolder({'.evidencerc.json': JSON.stringify({maxLintMs: 500}), 'labels.md': labels})
    const fromConfig = cli(['--report', 'json', 'labels.md'], cwd)
    expect(fromConfig.code).toBe(1)
    expect(json(fromConfig.stderr)[0].messages.map((m) => m.reason)).toEqual([stopped('labels.md', '500 ms')])
    const fromFlag = cli(['--report', 'json', '--max-lint-ms', '700', 'labels.md'], cwd)
    expect(json(fromFlag.stderr)[0].messages.map((m) => m.reason)).toEqual([stopped('labels.md', '700 ms')])
  }, 120_000)

  test('a bad value is one line and exit 1, before anything is linted', () => {
    const cwd = tempFolder({'post.md': claim + '\n'})
    for (const [args, text] of [
      [
        ['--max-lint-ms', 'soon', 'post.md'],
        '`--max-lint-ms` must be a number of milliseconds (0 for no budget), not `soon`'
      ],
      [['--max-lint-ms=-5', 'post.md'], '`--max-lint-ms` must be a number of milliseconds (0 for no budget), not `-5`'],
      [['post.md', '--max-lint-ms'], '`--max-lint-ms` needs a number of milliseconds']
    ] as Array<[string[], string]>) {
      const result = cli(args, cwd)
      expect(result.code).toBe(1)
      expect(result.stderr).toBe('evidence-lint: ' + text + ' (see --help)\n')
    }
    const badConfig = cli(['post.md'], tempFolder({'.evidencerc': '{"maxLintMs": -1}', 'post.md': claim + '\n'}))
    expect(badConfig.code).toBe(1)
    expect(badConfig.stderr).toContain(
      '`maxLintMs` must be a number of milliseconds (or `false` for no time budget), not -1'
    )
  })

  test('0 turns the budget off; ordinary files keep their findings under any budget', () => {
    const cwd = tempFolder({'post.md': claim + '\n\nIn one trial, 45% of adults slept better.\n'})
    for (const flag of [[], ['--max-lint-ms', '0'], ['--max-lint-ms', '60000']]) {
      const result = cli(['--report', 'json', ...flag, 'post.md'], cwd)
      expect(result.code).toBe(0)
      expect(json(result.stderr)[0].messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
        ['unhedged-claim', 1, 11],
        ['unsourced-statistic', 3, 15]
      ])
    }
  })
})

describe('help and version', () => {
  test('--help and --version print to stdout', () => {
    const cwd = tempFolder()
    const help = cli(['--help'], cwd)
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: evidence-lint [options] [path | glob ...]')
    expect(help.stdout).toContain('--report pretty|json|sarif')
    const version = cli(['--version'], cwd)
    expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version)
  })
})
