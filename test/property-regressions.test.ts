/**
 * Counter-examples found by the property tests (`test/properties.test.ts`), shrunk and kept as
 * plain tests: each failed before its fix.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/lint.js'
import {createProcessor} from '../src/processor.js'

async function process(value: string, filePath: string): Promise<VFile> {
  return createProcessor().process(new VFile({path: filePath, value}))
}

describe('HTML whose nodes have no positions', () => {
  it('a lone unclosed tag lints to nothing instead of throwing', async () => {
    for (const value of ['<p', '<div class="x"', '<a href="']) {
      expect((await process(value, 'a.html')).messages).toEqual([])
      expect((await lint({content: value, format: 'html'}, {config: false})).messages).toEqual([])
    }
  })

  it('text before an unclosed tag is still linted', async () => {
    const file = await process('Zinc cures colds.\n<p', 'a.html')
    expect(file.messages.map((m) => m.actual)).toEqual(['cures'])
  })
})

/** `[actual, the source text under the message]` for each message. */
async function covered(value: string, filePath: string): Promise<Array<[string | null | undefined, string]>> {
  const file = await process(value, filePath)
  return file.messages.map((m) => {
    const place = m.place && 'start' in m.place ? m.place : undefined
    return [m.actual, place ? value.slice(place.start.offset, place.end.offset) : '']
  })
}

describe('words after a character reference or an escape are placed on the source', () => {
  it('HTML: named, numeric, astral and legacy references', async () => {
    expect(await covered('Zinc &lt; x definitely prevents constipation.', 'a.html')).toEqual([
      ['definitely', 'definitely']
    ])
    expect(await covered('<p>Zinc &lt; x. Zinc definitely prevents colds. Zinc cures colds.</p>', 'a.html')).toEqual([
      ['definitely', 'definitely'],
      ['cures', 'cures']
    ])
    for (const before of ['&amp;', '&#8217;', '&#x2019;', '&nbsp;', '&#x1F600;', '&copy2024', '&amp;amp;', 'AT&T']) {
      expect(await covered(`<p>Iron ${before} zinc cures colds.</p>`, 'a.html'), before).toEqual([['cures', 'cures']])
    }
  })

  it('HTML: CRLF line endings inside a paragraph', async () => {
    expect(await covered('<p>Iron &amp; more.\r\nZinc cures colds.</p>', 'a.html')).toEqual([['cures', 'cures']])
  })

  it('Markdown: references, escapes, continuation lines and table cells', async () => {
    expect(await covered('Zinc &lt; x definitely prevents constipation.', 'a.md')).toEqual([
      ['definitely', 'definitely']
    ])
    expect(await covered('Zinc \\* x definitely prevents constipation.', 'a.md')).toEqual([
      ['definitely', 'definitely']
    ])
    expect(await covered('Iron &amp; zinc are minerals.\n   Zinc cures colds.', 'a.md')).toEqual([['cures', 'cures']])
    expect(await covered('| a |\n|---|\n| Zinc &amp; iron cure colds. 50% |', 'a.md')).toEqual([
      ['cure', 'cure'],
      ['50%', '50%']
    ])
  })

  it('Markdown: HTML blocks', async () => {
    expect(await covered('<p>Zinc &amp; x cures colds.</p>', 'a.md')).toEqual([['cures', 'cures']])
  })
})

describe('HTML list items are list items, not headings', () => {
  // Once words after `&#8211;` were placed on the source, a capitalised `<li>` ended its line
  // and read as a heading; Markdown list items never did.
  it('a capitalised list item gives the same findings in HTML and Markdown', async () => {
    const html = await covered(
      '<ul><li>ELIMINATES 84% of WRINKLES &#8211; Guaranteed</li><li>Contains ACTIVE MANUKA HONEY</li></ul>',
      'a.html'
    )
    const markdown = await covered('- ELIMINATES 84% of WRINKLES – Guaranteed\n- Contains ACTIVE MANUKA HONEY', 'a.md')
    // (With default options the scorer reads the first item as a boosted claim: its finding, on the word after
    // `&#8211;`, is placed on that word's source too.)
    expect(html).toEqual([
      ['Guaranteed', 'Guaranteed'],
      ['84%', '84%']
    ])
    expect(html).toEqual(markdown)
  })
})

describe('a bare `&` before a line ending', () => {
  // parse5 counts that line ending twice: the lines after it were one too many, and
  // hast-util-to-nlcst, which reads lines and columns, placed the text after it at 0.
  it('HTML: findings after it are placed on their words', async () => {
    expect(await covered('<p>a &\nb</p><p>Zinc cures colds.</p>', 'a.html')).toEqual([['cures', 'cures']])
    expect(
      await covered(
        '&\n<a><a hidden><h4></h4></a>An observational study proved that magnesium reduces anxiety.</a>',
        'a.html'
      )
    ).toEqual([
      ['reduces', 'reduces'],
      ['An observational study', 'An observational study']
    ])
  })

  it('Markdown: findings in an HTML block after it are placed on their words', async () => {
    expect(await covered('<div>\na &\nb\n<p>Zinc cures colds.</p></div>', 'a.md')).toEqual([['cures', 'cures']])
  })
})

describe('text that runs over a tag the HTML parser dropped', () => {
  // A stray end tag or table tags outside a table leave one text node spanning them.
  it('findings after the dropped tag are placed on their words', async () => {
    expect(await covered('&#xD800;\n</div>\nMagnesium reduces anxiety.', 'a.html')).toEqual([['reduces', 'reduces']])
    expect(await covered('<a><tr><td>&#0;</td><td>nearly 50% of adults</td></tr></a>', 'a.html')).toEqual([
      ['nearly 50%', 'nearly 50%']
    ])
  })
})

describe('a byte order mark before Markdown', () => {
  // micromark drops it and counts offsets without it.
  it('findings are placed on their words', async () => {
    expect(
      await covered('\uFEFFover 300 enzymatic processes Magnesium.\n\n<p>Iron cures fatigue.</p>', 'a.md')
    ).toEqual([
      ['cures', 'cures'],
      ['over 300 enzymatic processes', 'over 300 enzymatic processes']
    ])
  })
})

describe('a paragraph does not depend on how the next one begins', () => {
  // parse-latin merged a sentence opening with a lower-case word into the one before it across
  // a blank line, gluing that sentence's full stop to its last word (`one-third.`).
  it('the last word of a paragraph keeps its full stop apart', async () => {
    for (const next of [
      'Functional MRI studies suggest a benefit.',
      'adults Functional MRI studies suggest a benefit.'
    ]) {
      expect(await covered('- one-third.\n\n' + next, 'a.txt'), next).toEqual([['one-third', 'one-third']])
      expect(await covered('- one-third.\n\n' + next, 'a.md'), next).toEqual([['one-third', 'one-third']])
      expect(await covered('<ul><li>one-third.</li></ul>\n\n<p>' + next + '</p>', 'a.html'), next).toEqual([
        ['one-third', 'one-third']
      ])
    }
  })

  it('a sentence without words opening the next paragraph is not merged into the one before', async () => {
    // `. and 40% greater` gave its `.` to the list item above, which then ended in `.`.
    const findings = async (next: string) =>
      (await covered('- Magnesium reduces anxiety?\\\n\n' + next, 'a.md')).filter(([actual]) => actual === 'reduces')
    expect(await findings('. and 40% greater')).toEqual(await findings('Zinc cures colds.'))
  })
})

describe('white space that parse5 joins around content it moved', () => {
  // `<p>` inside `<table>` is moved before the table, and the white space on both sides of it
  // becomes one text node whose range holds the paragraph: realigning it moved the
  // paragraph's words too.
  it('the moved paragraph keeps its places', async () => {
    const value = '<table>\n<p>Magnesium reduces anxiety.</p>\n\n    Magnesium reduces anxiety.\n\nMagnesium.'
    expect(await covered(value, 'a.md')).toEqual([['reduces', 'reduces']])
    expect(await covered('<table>\n<p>Magnesium &amp; zinc reduce anxiety.</p>\n\n   \n\nIron.', 'a.html')).toEqual([
      ['reduce', 'reduce']
    ])
  })
})

describe('odd HTML inside Markdown and unknown references', () => {
  it('a lone `<` that opens no tag in Markdown is no HTML block to read (no crash message)', async () => {
    const file = await process('<nearly 50% of adults', 'a.md')
    expect(file.messages.map((m) => [m.ruleId, m.actual])).toEqual([['unsourced-statistic', 'nearly 50%']])
  })

  it('HTML: an unknown reference stays text, and words after it keep their places', async () => {
    expect(await covered('<a>&bogus;<td>Magnesium reduces anxiety.</a>', 'a.html')).toEqual([['reduces', 'reduces']])
  })
})

describe('text that parse5 moves out of a table', () => {
  // Text inside a `<table>` but outside its cells goes before the table, joined with the text
  // there: one text node whose range holds the table.
  it('findings in the moved text and in the table are placed on their words', async () => {
    expect(await covered('Magnesium reduces anxiety.\n<table><tr>\nMagnesium reduces anxiety.', 'a.html')).toEqual([
      ['reduces', 'reduces'],
      ['reduces', 'reduces']
    ])
    expect(await covered(' \n<table><tr></tr>\nMagnesium reduces anxiety.', 'a.html')).toEqual([['reduces', 'reduces']])
    expect(
      await covered('<a>Consult a healthcare provider.<table><tr></a>\nMagnesium reduces anxiety.', 'a.html')
    ).toEqual([['reduces', 'reduces']])
    const page =
      '<body>\n<table><tr><td>Magnesium reduces anxiety.</td></tr>\nStudies show that magnesium reduces anxiety.\n</body>'
    expect((await covered(page, 'a.html')).sort()).toEqual([
      ['reduces', 'reduces'],
      ['reduces', 'reduces']
    ])
  })

  it('the model keeps its sentences in document order', async () => {
    const file = await process(
      '<body>\n<table><tr><td>Zinc cures colds.</td></tr>\nIron cures fatigue.\n</body>',
      'a.html'
    )
    const model = (file.data as {evidence: {model: {sentences: Array<{start: number; text: string}>}}}).evidence.model
    expect(model.sentences.map((s) => s.text)).toEqual(['Zinc cures colds.', 'Iron cures fatigue.'])
  })
})

describe('a citation that opens the next paragraph', () => {
  // It was given back to the last sentence of the paragraph before, as `deficient.[1]` is.
  it('does not source the paragraph or list item before; on the next line it still does', async () => {
    expect(await covered('Magnesium reduces anxiety.\n\n[1] theMagnesium is a mineral.', 'a.txt')).toEqual([
      ['reduces', 'reduces']
    ])
    expect(await covered('Magnesium reduces anxiety.\n\n[1] The zinc story.', 'a.txt')).toEqual([
      ['reduces', 'reduces']
    ])
    expect(await covered('Magnesium reduces anxiety.\n\n[1] The zinc story.', 'a.md')).toEqual([['reduces', 'reduces']])
    expect(await covered('<p>Magnesium reduces anxiety.</p>\n<p>[1] Researchers ran a trial.</p>', 'a.html')).toEqual([
      ['reduces', 'reduces']
    ])
    expect(await covered('- Magnesium reduces anxiety.\n- [1] Researchers ran a trial.', 'a.md')).toEqual([
      ['reduces', 'reduces']
    ])
    expect(await covered('Magnesium reduces anxiety.\n(7)\n', 'a.txt')).toEqual([])
    expect(await covered('<p>Magnesium reduces anxiety.<sup>[1]</sup></p>', 'a.html')).toEqual([])
    // A footnote marker read from the text just after the sentence: not past a blank line.
    expect(await covered('Magnesium reduces anxiety.\n\n[^1] Zinc.', 'a.txt')).toEqual([['reduces', 'reduces']])
    expect(await covered('Magnesium reduces anxiety. [^1]\n', 'a.md')).toEqual([])
  })
})

describe('text that parse5 splits from white space before the body', () => {
  // parse5 starts such text just before the `;` of its first reference (`\n&amp;x` at the top
  // of a page or after `</script>` in the head).
  it('findings in it are placed on their words', async () => {
    expect(
      await covered('<script>x</script>\n&amp;\n&amp;\nMagnesium will transform patient outcomes.', 'a.html')
    ).toEqual([['will transform', 'will transform']])
    expect(await covered('\n&ldquo;Zinc &amp; iron cure colds in 50% of adults.&rdquo;', 'a.html')).toEqual([
      ['cure', 'cure'],
      ['50%', '50%']
    ])
  })
})

describe('white space that parse5 joins from far apart', () => {
  // The white space after `<tr>` and after `</html>` became one text node whose range covered
  // the moved sentence; taken for other text inside it, it hid the sentence from realigning.
  it('does not hide text from realigning', async () => {
    const page =
      '<html><head><title>Zinc</title></head>\n<body>\n<table><tr>\n<!DOCTYPE html>\nExperts agree that magnesium reduces anxiety.\n</body></html>\n'
    expect(await covered(page, 'a.html')).toEqual([['reduces', 'reduces']])
  })
})
