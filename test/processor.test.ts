/**
 * `retext-evidence/processor`: one processor for Markdown, MDX, HTML and text. The same
 * sentences give the same findings in every format; the nlcst tree is parsed with English rules
 * and points into the original text; the source tree is kept; the compiler changes nothing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type {Root as NlcstRoot, Paragraph, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {createProcessor, evidenceParse, formatOf, ruleIds} from '../src/processor.js'
import {unified} from 'unified'
import {firstInvalidUtf8} from '../src/processor/input.js'
import {englishParser} from '../src/processor/english.js'
import {markdownToNlcst, parseMarkdown} from '../src/processor/markdown.js'

async function lint(value: string, filePath: string, options?: Parameters<typeof createProcessor>[0]) {
  const file = await createProcessor(options).process(new VFile({path: filePath, value}))
  return file
}

function parse(value: string, filePath: string): {tree: NlcstRoot; file: VFile} {
  const file = new VFile({path: filePath, value})
  const tree = unified().use(evidenceParse).parse(file) as NlcstRoot
  return {tree, file}
}

/** `[ruleId, the text the message covers]` for each message. */
function findings(file: VFile): Array<[string | undefined, string]> {
  const value = String(file.value)
  return file.messages.map((message) => {
    const place = message.place && 'start' in message.place ? message.place : undefined
    return [message.ruleId, place ? value.slice(place.start.offset, place.end.offset) : '']
  })
}

function sentences(tree: NlcstRoot): string[] {
  const result: string[] = []
  visit(tree, 'SentenceNode', (node: Sentence) => {
    result.push(toString(node))
  })
  return result
}

/** Every node's text equals the slice of the file under its position. */
function positionsExact(tree: NlcstRoot, value: string): boolean {
  let exact = true
  visit(tree, (node) => {
    if ((node.type === 'WordNode' || node.type === 'TextNode' || node.type === 'PunctuationNode') && node.position) {
      const text = toString(node as never)
      if (value.slice(node.position.start.offset, node.position.end.offset) !== text) exact = false
    }
  })
  return exact
}

const formats = {
  txt: (body: string) => body,
  md: (body: string) => '# Magnesium\n\n' + body + '\n',
  mdx: (body: string) => "import Note from './note.js'\n\n# Magnesium\n\n" + body + '\n',
  html: (body: string) =>
    '<!doctype html><html><body><nav><a href="/">Home</a> Zinc cures colds.</nav><article><h1>Magnesium</h1><p>' +
    body +
    '</p></article></body></html>'
}

describe('formatOf', () => {
  test('by extension, anything else is text', () => {
    expect(
      ['a.md', 'a.MARKDOWN', 'a.mdx', 'a.html', 'a.htm', 'a.txt', 'a.rst', 'README', undefined].map(formatOf)
    ).toEqual(['markdown', 'markdown', 'markdown', 'html', 'html', 'text', 'text', 'text', 'text'])
  })
})

describe('the same sentences in every format', () => {
  test.each(Object.entries(formats))(
    '%s: an unhedged claim is flagged, a hedged one is not',
    async (extension, wrap) => {
      const flagged = await lint(wrap('Magnesium reduces anxiety.'), 'doc.' + extension)
      expect(findings(flagged)).toEqual([['unhedged-claim', 'reduces']])
      expect(flagged.messages[0].source).toBe('retext-evidence')
      const hedged = await lint(wrap('Magnesium may reduce anxiety.'), 'doc.' + extension)
      expect(findings(hedged)).toEqual([])
    }
  )

  test.each(Object.entries(formats))('%s: options reach the preset', async (extension, wrap) => {
    const file = await lint(wrap('Magnesium reduces anxiety.'), 'doc.' + extension, {'unhedged-claim': [2]})
    expect(file.messages.map((message) => message.fatal)).toEqual([true])
    const off = await lint(wrap('Magnesium reduces anxiety.'), 'doc.' + extension, {'unhedged-claim': false})
    expect(off.messages).toEqual([])
  })

  test.each(Object.entries(formats))('%s: English rules (abbreviations do not end sentences)', (extension, wrap) => {
    const {tree} = parse(wrap('Dr. Lee says magnesium may help. It is cheap.'), 'doc.' + extension)
    expect(sentences(tree).filter((s) => /Lee|cheap/.test(s))).toEqual([
      'Dr. Lee says magnesium may help.',
      'It is cheap.'
    ])
  })

  test.each(Object.entries(formats))('%s: a link on the words is a source', async (extension, wrap) => {
    const link =
      extension === 'html'
        ? '<a href="https://doi.org/10.1000/182">reduces anxiety</a>'
        : extension === 'txt'
          ? 'reduces anxiety (https://doi.org/10.1000/182)'
          : '[reduces anxiety](https://doi.org/10.1000/182)'
    const file = await lint(wrap('Magnesium ' + link + '.'), 'doc.' + extension)
    expect(findings(file)).toEqual([])
  })
})

describe('the tree', () => {
  test('keeps the source tree and the format in file.data, and the compiler returns the input', async () => {
    const value = '# Title\n\nMagnesium reduces anxiety.\n'
    const file = await lint(value, 'post.md')
    expect(file.data.evidenceSource?.format).toBe('markdown')
    expect(file.data.evidenceSource?.tree.type).toBe('root')
    expect(String(file)).toBe(value)
    const html = await lint('<p>x</p>', 'a.html')
    expect(html.data.evidenceSource?.format).toBe('html')
    const text = await lint('x', 'a.txt')
    expect(text.data.evidenceSource?.format).toBe('text')
    expect(text.data.evidenceSource?.tree.type).toBe('RootNode')
  })

  test('positions point into the original text', () => {
    const md =
      '---\ntitle: "A &amp; B"\n---\n\n# Dr. Lee\n\n*Magnesium* **may** help [a lot](https://example.com "t") with `sleep`.[^1]\n\n| Dose | Effect |\n| --- | --- |\n| 400 mg | Iron may reduce fatigue. |\n\n[^1]: Smith, 2019.\n'
    for (const [value, name] of [
      [md, 'a.md'],
      [
        '<html><body><p>Dr. Lee: <em>magnesium</em> <a href="x">may help</a>.</p>\n<div>Second <b>part</b>.</div></body></html>',
        'a.html'
      ],
      ['Dr. Lee says so.\n\nA second paragraph.', 'a.txt']
    ]) {
      const {tree} = parse(value, name)
      expect(positionsExact(tree, value), name).toBe(true)
    }
  })
})

describe('Markdown', () => {
  test('front matter and code are not prose; inline code and footnote references are sources', () => {
    const value =
      '---\ntitle: Zinc cures colds\n---\n\n+++\n\n```\nZinc cures colds.\n```\n\n    Iron cures fatigue.\n\nUse `zinc cures colds` here.[^1]\n\n[^1]: A note.\n'
    const {tree} = parse(value, 'a.md')
    const text = sentences(tree).join(' | ')
    expect(text).not.toContain('title')
    expect(text).not.toContain('Iron')
    const sources: string[] = []
    visit(tree, 'SourceNode', (node) => {
      sources.push(node.value)
    })
    expect(sources).toEqual(['`zinc cures colds`', '[^1]'])
  })

  test('TOML front matter too', async () => {
    const file = await lint('+++\ntitle = "Zinc cures colds."\n+++\n\nZinc may help.\n', 'a.md')
    expect(file.messages).toEqual([])
  })

  test('each table cell is its own paragraph, in document order', () => {
    const value =
      'Before.\n\n| Supplement | Claim |\n| --- | --- |\n| Iron | Iron reduces fatigue. |\n| Zinc | Zinc cures colds. |\n\nAfter.\n'
    const {tree} = parse(value, 'a.md')
    const paragraphs = tree.children
      .filter((node): node is Paragraph => node.type === 'ParagraphNode')
      .map((node) => toString(node))
    expect(paragraphs).toEqual([
      'Before.',
      'Supplement',
      'Claim',
      'Iron',
      'Iron reduces fatigue.',
      'Zinc',
      'Zinc cures colds.',
      'After.'
    ])
    expect(positionsExact(tree, value)).toBe(true)
  })

  test('struck-through text is left out, as HTML <del> is', () => {
    const {tree} = parse('Zinc ~~cures~~ may help with colds.\n', 'a.md')
    expect(sentences(tree)).toEqual(['Zinc  may help with colds.'])
  })

  test('MDX: ESM and expressions are not prose', () => {
    const {tree} = parse(
      "import {Chart} from './chart.js'\nexport const meta = {title: 'Zinc cures colds'}\n\n{/* a comment */}\n\nZinc may help.\n",
      'a.mdx'
    )
    expect(sentences(tree)).toEqual(['Zinc may help.'])
  })
})

describe('HTML', () => {
  test('scripts, styles, page chrome and data-nlcst="ignore" are left out', () => {
    const value = [
      '<html><head><title>T</title><style>p{}</style><script>var zinc = "cures colds."</script></head><body>',
      '<header>Zinc cures colds.</header><nav>Zinc cures colds.</nav><aside>Zinc cures colds.</aside>',
      '<div role="navigation">Zinc cures colds.</div><div hidden>Zinc cures colds.</div>',
      '<p data-nlcst="ignore">Zinc cures colds.</p><noscript>Zinc cures colds.</noscript>',
      '<main><p>Magnesium may help.</p></main><footer>Zinc cures colds.</footer></body></html>'
    ].join('\n')
    const {tree} = parse(value, 'a.html')
    expect(sentences(tree).filter((s) => s.trim() !== 'T')).toEqual(['Magnesium may help.'])
  })
})

describe('ignore comments', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a.md', '<!--evidence ignore unhedged-claim-->\nZinc cures colds.\n\nIron cures fatigue.\n', ['cures@4']],
    ['a.md', 'Zinc cures colds. <!--evidence ignore unhedged-claim--> Iron cures fatigue.\n', ['cures@1']],
    [
      'a.md',
      '<!--evidence disable unhedged-claim-->\n\nZinc cures colds.\n\nIron cures fatigue.\n\n<!--evidence enable unhedged-claim-->\n\nMagnesium reduces anxiety.\n',
      ['reduces@9']
    ],
    [
      'a.md',
      '<!--evidence disable-->\n\nZinc cures colds.\n\n<!--evidence enable-->\n\nIron cures fatigue.\n',
      ['cures@7']
    ],
    ['a.mdx', '{/* evidence ignore unhedged-claim */}\n\nZinc cures colds.\n\nIron cures fatigue.\n', ['cures@5']],
    ['a.mdx', '<!--evidence ignore unhedged-claim-->\nZinc cures colds.\n\nIron cures fatigue.\n', ['cures@4']],
    [
      'a.html',
      '<!--evidence ignore unhedged-claim-->\n<p>Zinc cures colds.</p>\n<p>Iron cures fatigue.</p>',
      ['cures@3']
    ],
    [
      'a.html',
      '<body>\n<!--evidence disable unhedged-claim unsourced-statistic-->\n<p>Zinc cures colds.</p>\n<!--evidence enable-->\n<p>Iron cures fatigue.</p>\n</body>',
      ['cures@5']
    ]
  ]
  test.each(cases)('%s: %j', async (name, value, expected) => {
    const file = await lint(value, name)
    expect(file.messages.map((message) => message.actual + '@' + message.line)).toEqual(expected)
  })

  test('an unknown rule id is reported, the known ones still apply', async () => {
    const file = await lint('<!--evidence ignore unhedged-claim bogus-rule-->\nZinc cures colds.\n', 'a.md')
    expect(file.messages.map((message) => [message.source, message.ruleId, message.line, message.column])).toEqual([
      ['unified-message-control', 'known', 1, 1]
    ])
    expect(file.messages[0].reason).toContain('bogus-rule')
    expect(file.messages[0].fatal).toBe(false)
  })

  test('an unknown keyword is a warning, not a crash', async () => {
    const file = await lint('<!--evidence skip unhedged-claim-->\nZinc cures colds.\n', 'a.md')
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['unhedged-claim', 2],
      ['keyword', 1]
    ])
    expect(file.messages[1].reason).toContain('Unknown keyword `skip`')
  })

  test('comments do nothing in plain text', async () => {
    const file = await lint('<!--evidence ignore unhedged-claim-->\nZinc cures colds.\n', 'a.txt')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['unhedged-claim'])
  })

  test('every rule id of the preset is known', () => {
    expect(ruleIds).toContain('unhedged-claim')
  })
})

describe('input', () => {
  test('a file above maxSize gets one fatal message and no parse', async () => {
    const file = await createProcessor(null, {maxSize: 20}).process(
      new VFile({path: 'big.md', value: 'Zinc cures colds. Zinc cures colds.'})
    )
    expect(file.messages.map((message) => [message.ruleId, message.source, message.fatal])).toEqual([
      ['too-large', 'evidence-lint', true]
    ])
    expect(file.messages[0].reason).toMatch(/^Cannot lint `big\.md`: it is 0\.0 MiB, above the limit/)
  })

  test('a binary file', async () => {
    const file = await lint('PNG\u0000\u0000data', 'x.txt')
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['binary', true]])
  })

  test('invalid UTF-8 is found in the bytes on disk', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-'))
    const bytes = Buffer.concat([Buffer.from('ok\nCaf'), Buffer.from([0xe9]), Buffer.from(' reduces stress.\n')])
    fs.writeFileSync(path.join(folder, 'a.txt'), bytes)
    const file = await createProcessor().process(
      new VFile({path: path.join(folder, 'a.txt'), cwd: folder, value: bytes.toString('utf8')})
    )
    expect(file.messages.map((message) => message.reason)).toEqual([
      'Cannot lint `a.txt`: it is not valid UTF-8 (byte 6 on line 2); save it as UTF-8'
    ])
  })

  test('firstInvalidUtf8', () => {
    expect(firstInvalidUtf8(Buffer.from('héllo ✓ 𝔘'))).toBe(-1)
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0x80]))).toBe(1)
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0)
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x82]))).toBe(1)
  })
})

describe('large documents', () => {
  const paragraph = (i: number) =>
    `Paragraph ${i}: Dr. Lee says magnesium may help some adults, e.g. with sleep. See [the review](https://example.com/${i}).`

  test('large text is parsed in pieces with the tree and positions of a whole parse', () => {
    const text = Array.from({length: 200}, (_, i) => paragraph(i) + (i % 3 === 0 ? '\n\n' : '\n')).join('')
    const parse = (chunkThreshold: number) => {
      let parses = 0
      const tree = unified()
        .use(function () {
          const data = this.data() as {nlcstRootExtensions?: Array<() => undefined>}
          data.nlcstRootExtensions = [() => void parses++]
        })
        .use(evidenceParse, {format: 'text', chunkThreshold})
        .parse(new VFile({path: 'a.txt', value: text}))
      return {tree, parses}
    }
    const whole = parse(Infinity)
    const pieces = parse(1000)
    expect(whole.parses).toBe(1)
    expect(pieces.parses).toBeGreaterThan(1)
    expect(JSON.stringify(pieces.tree)).toBe(JSON.stringify(whole.tree))
    expect(positionsExact(pieces.tree as NlcstRoot, text)).toBe(true)
  })

  test('Markdown converted in runs of blocks gives the same tree', () => {
    const value =
      Array.from({length: 200}, (_, i) => (i % 10 === 0 ? '## Part ' + i + '\n\n' : '') + paragraph(i)).join('\n\n') +
      '\n'
    const file = new VFile({path: 'a.md', value})
    const tree = parseMarkdown(file)
    const whole = markdownToNlcst(tree, file, () => englishParser(), false, Infinity)
    const runs = markdownToNlcst(tree, file, () => englishParser(), false, 1000)
    expect(JSON.stringify(runs)).toBe(JSON.stringify(whole))
    expect(positionsExact(runs, value)).toBe(true)
  })
})

describe('bytes', () => {
  test('a file given as bytes is linted as its UTF-8 text', async () => {
    const file = await createProcessor().process(
      new VFile({path: 'a.md', value: new TextEncoder().encode('# Café\n\nMagnesium reduces anxiety.\n')})
    )
    expect(typeof file.value).toBe('string')
    expect(findings(file)).toEqual([['unhedged-claim', 'reduces']])
  })
})
