/**
 * Product names that a page template prints (`<?= $step1_name ?>`). A page saved from a template
 * keeps the template's expressions; the HTML parser reads each as a comment and drops it, so a
 * sentence such as `As you can see, <?= $step1_name ?> has changed my face` loses its subject.
 * Where the source between two tokens of a sentence is such an expression, and the variable names
 * a name, a product or a brand, a word stands in for it (read as `product`, an intervention cue),
 * placed over the expression's own offsets.
 */
import type {Node as NlcstNode} from 'nlcst'
import type {Token} from './types.js'

/** What a template's product name reads as: an intervention cue. */
const templateWord = 'product'

/** Words in a template variable's name that make it a product's name. */
const nameParts = ['name', 'product', 'brand']

/** Is `text` a template expression that prints a product's name (`<?= $step1_name ?>`, `<?php echo
 * $brand; ?>`)? Read piece by piece, with no regular expression over the whole. */
export function isTemplateName(text: string): boolean {
  const trimmed = text.trim()
  if (!trimmed.startsWith('<?') || !trimmed.endsWith('?>')) return false
  let inner = trimmed.slice(2, -2).trim()
  if (inner.startsWith('=')) inner = inner.slice(1).trim()
  else if (inner.toLowerCase().startsWith('php')) {
    inner = inner.slice(3).trim()
    if (!inner.toLowerCase().startsWith('echo')) return false
    inner = inner.slice(4).trim()
  } else return false
  if (inner.endsWith(';')) inner = inner.slice(0, -1).trim()
  if (!/^\$[\w>-]+$/.test(inner)) return false
  const lower = inner.toLowerCase()
  return nameParts.some((part) => lower.includes(part))
}

/** The longest gap between two tokens that is read for a template name. */
const MAX_GAP = 200

/** The tokens of a sentence with a word in place of each template name between two of them
 * (call only for a source that holds `<?`). */
export function withTemplateNames(tokens: Token[], source: string): Token[] {
  let out: Token[] | undefined
  for (let index = 0; index < tokens.length; index++) {
    if (index > 0) {
      const start = tokens[index - 1].end
      const end = tokens[index].start
      if (end - start >= 5 && end - start <= MAX_GAP && isTemplateName(source.slice(start, end))) {
        out ??= tokens.slice(0, index)
        out.push(wordToken(source.slice(start, end), start, end))
      }
    }
    out?.push(tokens[index])
  }
  return out ?? tokens
}

/** A word token over a template's expression: its text as written (so that a message names
 * the expression), read as `product`. */
function wordToken(value: string, start: number, end: number): Token {
  const node = {
    type: 'WordNode',
    children: [{type: 'TextNode', value}],
    position: {start: {line: 0, column: 0, offset: start}, end: {line: 0, column: 0, offset: end}}
  } as unknown as NlcstNode
  return {kind: 'word', value, lower: templateWord, start, end, node}
}
