/**
 * Flattening nlcst sentences into tokens with offsets.
 */
import type {Node as NlcstNode, Parent as NlcstParent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Token, TokenKind} from './types.js'

/** The token kind of an nlcst node type (a switch: no lookup of an arbitrary key in an object,
 * which `__proto__` or `constructor` would also answer). */
function kindOf(type: string): TokenKind | undefined {
  switch (type) {
    case 'WordNode':
    case 'TextNode':
      return 'word'
    case 'WhiteSpaceNode':
      return 'whitespace'
    case 'PunctuationNode':
      return 'punctuation'
    case 'SymbolNode':
      return 'symbol'
    case 'SourceNode':
      return 'source'
    default:
      return undefined
  }
}

/** Lower-case a token's text, with curly apostrophes and quotes made straight. */
export function normalise(value: string): string {
  const lower = value.toLowerCase()
  // Most words hold no curly mark: no replacement to make (same result, less work). Read char
  // by char: a regular expression's call costs more than the scan of a short word.
  if (!hasCurly(lower)) return lower
  return lower.replace(/[\u2018\u2019\u02BC]/g, "'").replace(/[\u201C\u201D]/g, '"')
}

/** Whether `value` holds a curly apostrophe or quote (U+2018, U+2019, U+02BC, U+201C, U+201D). */
function hasCurly(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 0x2bc) continue
    if (code === 0x2018 || code === 0x2019 || code === 0x2bc || code === 0x201c || code === 0x201d) return true
  }
  return false
}

/** Turn the children of an nlcst sentence into tokens. Nodes without a position are skipped. */
export function tokensOf(sentence: NlcstParent): Token[] {
  const tokens: Token[] = []
  const children = sentence.children as NlcstNode[]
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    const kind = kindOf(child.type)
    const position = child.position
    if (!kind || !position) continue
    const start = position.start.offset
    const end = position.end.offset
    if (start === undefined || end === undefined) continue
    const value = textOf(child)
    // One space (most white space tokens) is its own lower case.
    tokens.push({kind, value, lower: value === ' ' ? value : normalise(value), start, end, node: child})
  }
  return tokens
}

/** `toString` of nlcst-to-string, without its array for the usual word of one text node. */
function textOf(node: NlcstNode): string {
  if ('value' in node) return (node as {value: string}).value
  const children = (node as NlcstParent).children
  if (children && children.length === 1 && 'value' in children[0]) return (children[0] as {value: string}).value
  return toString(node as never)
}

/** Whether a token is a word. */
export function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word'
}

/** Whether a white-space token holds a line break. */
export function isLineBreak(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'whitespace' && token.value.includes('\n')
}

/** The index of the next non-white-space token at or after `index`, or `tokens.length`. */
export function nextSolid(tokens: Token[], index: number): number {
  let i = index
  while (i < tokens.length && tokens[i].kind === 'whitespace') i++
  return i
}

/** The index of the previous non-white-space token at or before `index`, or -1. */
export function previousSolid(tokens: Token[], index: number): number {
  let i = index
  while (i >= 0 && tokens[i].kind === 'whitespace') i--
  return i
}
