/**
 * fast-check generators for the property tests (`test/properties.test.ts`, `npm run fuzz`):
 * arbitrary Unicode text, Markdown built from random blocks, random (and broken) HTML, and
 * sentences built from realistic health-writing fragments.
 *
 * Documents built from blocks also say where each block starts and ends, and which blocks are
 * plain paragraphs, so a property can edit one paragraph and compare the others.
 */
import fc from 'fast-check'

// ---------------------------------------------------------------------------------------------
// Fragments of health writing

export const subjects = [
  'Magnesium',
  'Magnesium glycinate',
  'Zinc',
  'Vitamin D',
  'Omega-3 fish oil',
  'Green tea',
  'Fasting',
  'It',
  'This formulation',
  'Chronic stress',
  'Poor sleep',
  'Ashwagandha',
  'Probiotics',
  'Regular exercise',
  'The glycinate complex',
  'Melatonin',
  'Turmeric',
  'Red-light therapy',
  'Creatine',
  'Caffeine'
]
export const predicates = [
  'reduces anxiety',
  'may reduce anxiety',
  'improves sleep quality',
  'cures colds',
  'is linked to better sleep',
  'boosts immunity',
  'ensures higher brain concentrations',
  'lowers cortisol',
  'is effective',
  'works best',
  'is a powerful tool for gut health',
  'helps regulate cortisol',
  'is clinically proven to reduce stress',
  'definitely prevents constipation',
  'could support recovery',
  'is associated with lower blood pressure',
  'will transform patient outcomes',
  'calms overactive brain circuits, reducing anxiety',
  'suggests a benefit',
  'is not a miracle cure',
  'crosses the blood-brain barrier',
  'has measurable neural effects',
  'always works'
]
export const statistics = [
  'nearly 50% of adults',
  'one in three people',
  '1,200 patients',
  '30–40%',
  '~30–40%',
  'twice as likely',
  'p < 0.05',
  '9 out of 10',
  'one-third',
  '18 studies',
  'over 300 enzymatic processes',
  '95% CI 1.2–3.4',
  '3x',
  '40% greater',
  'below 4%',
  '10-15%',
  '200–400 mg daily',
  'in 2023',
  'adults over 50',
  '50 percent'
]
export const attributions = [
  'A 2017 meta-analysis in Nutrients found that',
  'Studies show that',
  'Smith and colleagues reported in 2019 that',
  'A study in mice found that',
  'A 2022 cohort study of 1,200 patients showed that',
  'Research suggests that',
  'A clinical trial published in Stress and Health (2020) demonstrated that',
  'Experts agree that',
  'An observational study proved that',
  'A 2018 review in Clinical Nutrition ESPEN reported that'
]
export const citations = [
  '[1]',
  '[2]',
  '[1, 4]',
  '[9]',
  '(Smith et al., 2019)',
  '(Nutrients, 2018)',
  '[^1]',
  '¹',
  '³',
  'https://doi.org/10.3390/nu9050429',
  'doi:10.1000/182',
  'PMID: 12345678',
  '(Lee & Park, 2021)',
  '(2)'
]
export const otherSentences = [
  'Consult a healthcare provider.',
  'Take it with food.',
  'Does magnesium reduce anxiety?',
  'This statement is not intended to diagnose, treat, cure, or prevent any disease.',
  'You may also like',
  'Chronic stress disrupts the gut-brain axis.',
  'Related articles:',
  'Magnesium glycinate may play a vital role.',
  'Functional MRI studies, though preliminary, suggest enhanced connectivity.'
]
const words = [
  'the',
  'and',
  'of',
  'in',
  'adults',
  'anxiety',
  'sleep',
  'cortisol',
  'levels',
  'people',
  'dose',
  'daily',
  'study',
  'trial',
  'researchers',
  'found',
  'patients',
  'symptoms',
  'may',
  'not',
  'very',
  'gut',
  'brain'
]

/** One sentence built from the fragments, or a word soup of them. */
export const sentence: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.option(fc.constantFrom(...attributions), {freq: 3}),
        fc.constantFrom(...subjects),
        fc.constantFrom(...predicates),
        fc.option(fc.tuple(fc.constantFrom('in', 'for', 'among', 'by'), fc.constantFrom(...statistics)), {freq: 2}),
        fc.option(fc.constantFrom(...citations), {freq: 3}),
        fc.constantFrom('.', '.', '.', '!', '?', '', ';', '…'),
        fc.boolean()
      )
      .map(([attribution, subject, predicate, statistic, citation, end, citationAfter]) => {
        let text = attribution ? attribution + ' ' + subject.toLowerCase() + ' ' + predicate : subject + ' ' + predicate
        if (statistic) text += ' ' + statistic.join(' ')
        if (citation && !citationAfter) text += ' ' + citation
        text += end
        if (citation && citationAfter) text += citation
        return text
      })
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...statistics),
        fc.constantFrom(...words, ...predicates),
        fc.option(fc.constantFrom(...citations))
      )
      .map(
        ([statistic, rest, citation]) =>
          statistic[0].toUpperCase() + statistic.slice(1) + ' ' + rest + (citation ? ' ' + citation : '') + '.'
      )
  },
  {weight: 1, arbitrary: fc.constantFrom(...otherSentences)},
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom(...subjects, ...predicates, ...statistics, ...citations, ...words, ...attributions), {
        minLength: 1,
        maxLength: 8
      })
      .map((parts) => parts.join(' ') + '.')
  }
)

// ---------------------------------------------------------------------------------------------
// Arbitrary Unicode text

const controlChar = fc
  .oneof(fc.integer({min: 0, max: 31}), fc.constantFrom(127, 0x85, 0x9f, 0xad, 0x200b, 0x200d, 0xfeff, 0xfffd, 0xfffe))
  .map((code) => String.fromCharCode(code))
const loneSurrogate = fc.integer({min: 0xd800, max: 0xdfff}).map((code) => String.fromCharCode(code))
const lineBreak = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\u2028', '\u2029', '\f', '\v')
const punctuation = fc.constantFrom(
  ...'.,;:!?()[]{}<>"\'`*_#%&|~^$@/\\-–—…«»“”‘’¹²³⁴'.split(''),
  '. ',
  ' (',
  ') ',
  '[1]',
  '(Smith et al., 2019)',
  '%'
)
/** A very long token: letters, digits, a URL or a single repeated mark. */
export function longToken(maxLength: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom('a', '9', '%', 'x.', '-', 'é', '😀', '[1]', 'https://e.com/', '1,0'),
      fc.integer({min: 50, max: maxLength})
    )
    .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length))
}

/** Arbitrary Unicode text: any code points, lone surrogates, control characters, every kind of
 * line break, punctuation, fragments of health writing and (rarely) very long tokens. */
export function unicodeText(options: {maxLength?: number; maxToken?: number} = {}): fc.Arbitrary<string> {
  const unit = fc.oneof(
    {weight: 6, arbitrary: fc.string({unit: 'binary', maxLength: 6})},
    {weight: 4, arbitrary: fc.string({unit: 'grapheme-ascii', maxLength: 8})},
    {weight: 2, arbitrary: controlChar},
    {weight: 2, arbitrary: loneSurrogate},
    {weight: 3, arbitrary: lineBreak},
    {weight: 4, arbitrary: punctuation},
    {weight: 2, arbitrary: fc.constant(' ')},
    {weight: 5, arbitrary: sentence},
    {weight: 3, arbitrary: fc.constantFrom(...statistics, ...citations, ...words)},
    {weight: 1, arbitrary: longToken(options.maxToken ?? 2000)}
  )
  return fc.array(unit, {maxLength: options.maxLength ?? 40}).map((parts) => parts.join(''))
}

// ---------------------------------------------------------------------------------------------
// Documents built from blocks

/** A generated document: its text, and where its blocks are. */
export interface Doc {
  value: string
  /** One entry per block, in order: `[start, end)` offsets into `value` and the block's kind. */
  blocks: Array<{start: number; end: number; kind: string}>
}

/** One block: its kind and its text (for Markdown), or a tree (for HTML). */
interface Block {
  kind: string
  text: string
}

const paragraph = fc.array(sentence, {minLength: 1, maxLength: 4}).map((list) => list.join(' '))

const url = fc.constantFrom(
  'https://doi.org/10.3390/nu9050429',
  'https://pubmed.ncbi.nlm.nih.gov/12345678/',
  'https://shop.example.com/buy',
  '/glossary',
  'http://a.b/(x)',
  '#ref-1',
  ''
)

/** Inline Markdown: emphasis, code, links, footnote references, raw HTML around some words. */
const inlineMarkdown: fc.Arbitrary<string> = fc
  .tuple(
    paragraph,
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom(
          '**',
          '*',
          '_',
          '`',
          '~~',
          'link',
          'ref',
          'sup',
          'span',
          'br',
          '[^1]',
          '[^note]',
          '\\',
          '<',
          '&amp;',
          'autolink'
        ),
        url
      ),
      {maxLength: 4}
    )
  )
  .map(([text, edits]) => {
    let result = text
    for (const [at, kind, href] of edits) {
      const parts = result.split(' ')
      const index = at % parts.length
      const word = parts[index]
      if (kind === 'link') parts[index] = `[${word}](${href})`
      else if (kind === 'ref') parts[index] = `[${word}][1]`
      else if (kind === 'sup') parts[index] = `${word}<sup>${(at % 9) + 1}</sup>`
      else if (kind === 'span') parts[index] = `<span class="x">${word}</span>`
      else if (kind === 'br') parts[index] = `${word}<br>`
      else if (kind === 'autolink') parts[index] = `<${href || 'https://example.com'}>`
      else if (kind.startsWith('[^') || kind === '\\' || kind === '<' || kind === '&amp;') parts[index] = word + kind
      else parts[index] = kind + word + kind
      result = parts.join(' ')
    }
    return result
  })

const referenceEntry = fc
  .tuple(
    fc.constantFrom('Smith J', 'Lee K, Park S', 'Boyle NB, Lawton C, Dye L', 'Anonymous', 'Smith J, et al'),
    fc.constantFrom(
      'Magnesium and anxiety: a systematic review',
      'Zinc for the common cold',
      'Effects of fasting in mice',
      'Vitamin D: a randomized controlled trial',
      'A cohort study of sleep'
    ),
    fc.constantFrom('Nutrients', 'Clinical Nutrition ESPEN', 'Stress and Health', 'BMJ', 'The Lancet', ''),
    fc.integer({min: 1990, max: 2030}),
    fc.option(fc.constantFrom(' doi:10.3390/nu9050429', ' https://pubmed.ncbi.nlm.nih.gov/1/', ' PMID: 28445426'))
  )
  .map(
    ([authors, title, journal, year, tail]) =>
      `${authors}. ${title}. ${journal ? journal + '. ' : ''}${year};9(5):429.${tail ?? ''}`
  )

const markdownBlock: fc.Arbitrary<Block> = fc.oneof(
  {weight: 8, arbitrary: inlineMarkdown.map((text) => ({kind: 'paragraph', text}))},
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({min: 1, max: 6}), sentence)
      .map(([level, text]) => ({kind: 'heading', text: '#'.repeat(level) + ' ' + text}))
  },
  {
    weight: 1,
    arbitrary: sentence.map((text) => ({kind: 'setext', text: text + '\n' + (text.length % 2 ? '===' : '---')}))
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom('- ', '* ', '1. ', '2) ', '- [ ] '),
        fc.array(fc.tuple(fc.boolean(), inlineMarkdown), {minLength: 1, maxLength: 5})
      )
      .map(([marker, items]) => ({
        kind: 'list',
        text: items.map(([nested, item]) => (nested ? '    ' : '') + marker + item).join('\n')
      }))
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.integer({min: 1, max: 4}),
        fc.array(
          fc.array(fc.oneof(sentence, fc.constantFrom(...statistics), fc.constant('')), {minLength: 1, maxLength: 4}),
          {minLength: 1, maxLength: 4}
        ),
        fc.boolean()
      )
      .map(([columns, rows, broken]) => {
        const row = (cells: string[]) =>
          '| ' + Array.from({length: columns}, (_, i) => (cells[i] ?? '').replace(/\|/g, '\\|')).join(' | ') + ' |'
        const lines = [row(rows[0]), '|' + ' --- |'.repeat(broken ? columns + 1 : columns), ...rows.slice(1).map(row)]
        return {kind: 'table', text: lines.join('\n')}
      })
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('1', 'note', '2'), paragraph)
      .map(([label, text]) => ({kind: 'footnote', text: `[^${label}]: ${text}`}))
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('1', 'a', 'ref'), url)
      .map(([label, href]) => ({kind: 'definition', text: `[${label}]: ${href || '<>'}`}))
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('```', '~~~', '````'),
        fc.constantFrom('', 'js', 'md'),
        fc.array(sentence, {maxLength: 3}),
        fc.boolean()
      )
      .map(([fence, lang, lines, closed]) => ({
        kind: 'code',
        text: fence + lang + '\n' + lines.join('\n') + (closed ? '\n' + fence : '')
      }))
  },
  {weight: 1, arbitrary: sentence.map((text) => ({kind: 'indented-code', text: '    ' + text}))},
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('div', 'p', 'aside', 'table', 'section'), paragraph, fc.boolean())
      .map(([tag, text, closed]) => ({kind: 'html', text: `<${tag}>\n<p>${text}</p>${closed ? `\n</${tag}>` : ''}`}))
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        '<!-- a comment -->',
        '<!--evidence ignore unhedged-claim-->',
        '<!--evidence disable-->',
        '<!--evidence enable-->',
        '<!--evidence ignore made-up-rule-->',
        '<!-- unclosed',
        '<script>Zinc cures colds. 50%</script>',
        '<style>p{}</style>'
      )
      .map((text) => ({kind: 'comment', text}))
  },
  {weight: 1, arbitrary: paragraph.map((text) => ({kind: 'blockquote', text: '> ' + text}))},
  {weight: 1, arbitrary: fc.constantFrom('---', '***', '___').map((text) => ({kind: 'break', text}))},
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('## References', '# Sources', '### Bibliography', 'References', '## Works cited', '## Notes'),
        fc.array(referenceEntry, {minLength: 1, maxLength: 6}),
        fc.constantFrom('1. ', '- ', '[n] ', '')
      )
      .map(([heading, entries, marker]) => ({
        kind: 'references',
        text:
          heading +
          '\n\n' +
          entries
            .map((entry, i) => (marker === '[n] ' ? `[${i + 1}] ` : marker === '1. ' ? `${i + 1}. ` : marker) + entry)
            .join('\n')
      }))
  },
  {weight: 1, arbitrary: unicodeText({maxLength: 8, maxToken: 300}).map((text) => ({kind: 'junk', text}))}
)

const frontMatter = fc.oneof(
  sentence.map((title) => `---\ntitle: ${title}\ndescription: "Nearly 50% of adults"\n---`),
  fc.constant('---\nunclosed: front matter'),
  fc.constant('+++\ntitle = "Zinc cures colds"\n+++')
)

/** Join rendered blocks with separators, recording where each block lands. */
function assemble(blocks: Block[], separators: string[], prefix = ''): Doc {
  let value = prefix
  const placed: Doc['blocks'] = []
  blocks.forEach((block, index) => {
    if (index > 0) value += separators[index % separators.length]
    placed.push({start: value.length, end: value.length + block.text.length, kind: block.kind})
    value += block.text
  })
  return {value, blocks: placed}
}

/** Markdown built from random blocks, optionally with front matter, CRLF line endings, or
 * blocks joined by a single line break instead of a blank line. */
export function markdownDoc(options: {maxBlocks?: number} = {}): fc.Arbitrary<Doc> {
  return fc
    .tuple(
      fc.option(frontMatter, {freq: 4}),
      fc.array(markdownBlock, {minLength: 1, maxLength: options.maxBlocks ?? 8}),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.array(fc.constantFrom('\n\n', '\n\n', '\n\n\n', '\n'), {minLength: 1, maxLength: 3})
    )
    .map(([front, blocks, eol, separators]) => {
      const all = front ? [{kind: 'front-matter', text: front}, ...blocks] : blocks
      const doc = assemble(all, separators)
      return eol === '\n' ? doc : withLineEnding(doc, eol)
    })
}

/** Markdown whose blocks are joined by blank lines only (no CR, no front matter oddities):
 * every block a stable unit, for the stability property. */
export function cleanMarkdownDoc(options: {maxBlocks?: number} = {}): fc.Arbitrary<Doc> {
  return fc
    .array(
      markdownBlock.filter(
        (block) => block.kind !== 'junk' && block.kind !== 'comment' && block.kind !== 'code' && block.kind !== 'html'
      ),
      {minLength: 2, maxLength: options.maxBlocks ?? 6}
    )
    .map((blocks): Block[] =>
      blocks.some((b) => b.kind === 'paragraph') ? blocks : [...blocks, {kind: 'paragraph', text: 'Zinc cures colds.'}]
    )
    .map((blocks) => assemble(blocks, ['\n\n']))
}

/** Plain text: paragraphs (and headings, lists) separated by blank lines. */
export function textDoc(options: {maxBlocks?: number} = {}): fc.Arbitrary<Doc> {
  const block: fc.Arbitrary<Block> = fc.oneof(
    {weight: 6, arbitrary: paragraph.map((text) => ({kind: 'paragraph', text}))},
    {weight: 1, arbitrary: sentence.map((text) => ({kind: 'heading', text: text.replace(/[.!?;…]+$/, '')}))},
    {
      weight: 1,
      arbitrary: fc
        .array(sentence, {minLength: 1, maxLength: 4})
        .map((items) => ({kind: 'list', text: items.map((item) => '- ' + item).join('\n')}))
    }
  )
  return fc
    .array(block, {minLength: 2, maxLength: options.maxBlocks ?? 6})
    .map((blocks): Block[] =>
      blocks.some((b) => b.kind === 'paragraph') ? blocks : [...blocks, {kind: 'paragraph', text: 'Zinc cures colds.'}]
    )
    .map((blocks) => assemble(blocks, ['\n\n']))
}

function withLineEnding(doc: Doc, eol: string): Doc {
  let value = ''
  let from = 0
  const blocks: Doc['blocks'] = []
  const convert = (text: string) => text.replace(/\r\n|\r|\n/g, eol)
  for (const block of doc.blocks) {
    value += convert(doc.value.slice(from, block.start))
    const start = value.length
    value += convert(doc.value.slice(block.start, block.end))
    blocks.push({start, end: value.length, kind: block.kind})
    from = block.end
  }
  value += convert(doc.value.slice(from))
  return {value, blocks}
}

// ---------------------------------------------------------------------------------------------
// HTML

const inlineTags = ['a', 'b', 'em', 'strong', 'span', 'sup', 'sub', 'code', 'i', 'small', 'abbr']
const blockTags = [
  'p',
  'div',
  'section',
  'article',
  'blockquote',
  'li',
  'td',
  'th',
  'figcaption',
  'nav',
  'aside',
  'header',
  'footer'
]

const htmlText = fc.oneof(
  {weight: 5, arbitrary: sentence.map(escapeHtml)},
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '&amp;',
      '&nbsp;',
      '&lt;',
      '&#8212;',
      '&#xD800;',
      '&#0;',
      '&bogus;',
      '&',
      '<',
      '>',
      ' ',
      '\n',
      '\r\n'
    )
  },
  {weight: 1, arbitrary: unicodeText({maxLength: 4, maxToken: 200})}
)

const attributes = fc.constantFrom(
  '',
  ' class="x"',
  ' href="https://doi.org/10.1/x"',
  ' href="/shop"',
  ' id="ref-1"',
  ' data-nlcst="ignore"',
  ' hidden',
  " href='unterminated",
  ' title="a>b"',
  ' lang="fr"'
)

/** Random HTML: nested elements, lists, tables, links, script/style, comments and broken tags. */
export const htmlNode: fc.Arbitrary<string> = fc.letrec<{node: string; element: string}>((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    {weight: 4, arbitrary: htmlText},
    {weight: 3, arbitrary: tie('element')},
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '<br>',
        '<hr>',
        '<img src="x.png" alt="Zinc cures colds">',
        '<wbr>',
        '<br/>',
        '<input value="50%">'
      )
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '<script>Zinc cures colds. 50% of adults</script>',
        '<style>.a{content:"50%"}</style>',
        '<!-- Zinc cures colds -->',
        '<!--evidence ignore unhedged-claim-->',
        '<![CDATA[50%]]>',
        '<!DOCTYPE html>',
        '<?xml version="1.0"?>'
      )
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '<p',
        '</div>',
        '<a href="',
        '</',
        '<',
        '<b><i>x</b></i>',
        '<td>',
        '</li>',
        '<table><tr>',
        '<ul>',
        '<svg><text>50%</text>',
        '<textarea>',
        '<title>50%',
        '<sup>1'
      )
    }
  ),
  element: fc
    .tuple(
      fc.constantFrom(...inlineTags, ...blockTags, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'tr'),
      attributes,
      fc.array(tie('node'), {maxLength: 4}),
      fc.constantFrom('close', 'close', 'close', 'open', 'wrong')
    )
    .map(([tag, attrs, children, closing]) => {
      let inner = children.join('')
      if (tag === 'ul' || tag === 'ol') inner = children.map((child) => '<li>' + child + '</li>').join('')
      if (tag === 'table') inner = '<tr>' + children.map((child) => '<td>' + child + '</td>').join('') + '</tr>'
      if (tag === 'tr') inner = children.map((child) => '<td>' + child + '</td>').join('')
      const end = closing === 'close' ? `</${tag}>` : closing === 'wrong' ? '</span>' : ''
      return `<${tag}${attrs}>${inner}${end}`
    })
})).node

/** An HTML document: a fragment of random nodes, or a whole page around them. */
export function htmlDoc(options: {maxNodes?: number} = {}): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(htmlNode, {maxLength: options.maxNodes ?? 6}), fc.constantFrom('fragment', 'page', 'head'))
    .map(([nodes, shape]) => {
      const body = nodes.join('\n')
      if (shape === 'page')
        return `<!doctype html>\n<html><head><title>Magnesium reduces anxiety</title><meta name="description" content="50% of adults"></head>\n<body>\n${body}\n</body></html>\n`
      if (shape === 'head') return `<head><script>var a = "50%"</script></head>${body}`
      return body
    })
}

/** HTML made of paragraphs (and headings, lists) one per line, for the stability property. */
export function cleanHtmlDoc(options: {maxBlocks?: number} = {}): fc.Arbitrary<Doc> {
  const block: fc.Arbitrary<Block> = fc.oneof(
    {weight: 6, arbitrary: paragraph.map((text) => ({kind: 'paragraph', text: '<p>' + escapeHtml(text) + '</p>'}))},
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({min: 1, max: 6}), sentence)
        .map(([level, text]) => ({kind: 'heading', text: `<h${level}>${escapeHtml(text)}</h${level}>`}))
    },
    {
      weight: 1,
      arbitrary: fc.array(sentence, {minLength: 1, maxLength: 4}).map((items) => ({
        kind: 'list',
        text: '<ul>' + items.map((item) => '<li>' + escapeHtml(item) + '</li>').join('') + '</ul>'
      }))
    }
  )
  return fc
    .array(block, {minLength: 2, maxLength: options.maxBlocks ?? 6})
    .map((blocks): Block[] =>
      blocks.some((b) => b.kind === 'paragraph')
        ? blocks
        : [...blocks, {kind: 'paragraph', text: '<p>Zinc cures colds.</p>'}]
    )
    .map((blocks) => {
      // Paragraph offsets are those of the text inside `<p>`.
      const doc = assemble(blocks, ['\n'])
      return {
        value: doc.value,
        blocks: doc.blocks.map((b) => (b.kind === 'paragraph' ? {...b, start: b.start + 3, end: b.end - 4} : b))
      }
    })
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

// ---------------------------------------------------------------------------------------------
// Insertions for the stability property

/** Text to insert into a paragraph: prose fragments with no characters that Markdown or HTML
 * reads as structure, and no line breaks. */
export const insertion: fc.Arbitrary<string> = fc
  .array(
    fc.constantFrom(
      ...words,
      ...statistics.filter((s) => !/[<>]/.test(s)),
      'reduces anxiety',
      'may',
      'is proven to',
      'studies show',
      'Nearly half of adults',
      '[1]',
      '(Smith et al., 2019)',
      'Researchers found that',
      '.',
      ',',
      'It',
      'They',
      'This'
    ),
    {minLength: 1, maxLength: 8}
  )
  .chain((parts) =>
    fc.tuple(fc.constant(parts.join(' ')), fc.constantFrom('', ' ', '. '), fc.constantFrom('', ' ', '. '))
  )
  .map(([text, before, after]) => before + text + after)
