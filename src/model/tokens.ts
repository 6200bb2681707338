/**
 * Flattening nlcst sentences into tokens with offsets.
 */
import type {Node as NlcstNode, Parent as NlcstParent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Token, TokenKind} from './types.js'

const kinds: Record<string, TokenKind> = {
  WordNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
  WhiteSpaceNode: 'whitespace',
  SourceNode: 'source',
  TextNode: 'word'
}

/** Lower-case a token's text, with curly apostrophes and quotes made straight. */
export function normalise(value: string): string {
  const lower = value.toLowerCase()
  // Most words hold no curly mark: no replacement to make (same result, less work).
  if (!curly.test(lower)) return lower
  return lower.replace(/[\u2018\u2019\u02BC]/g, "'").replace(/[\u201C\u201D]/g, '"')
}

const curly = /[\u2018\u2019\u02BC\u201C\u201D]/

/** Turn the children of an nlcst sentence into tokens. Nodes without a position are skipped. */
export function tokensOf(sentence: NlcstParent): Token[] {
  const tokens: Token[] = []
  for (const child of sentence.children as NlcstNode[]) {
    const kind = kinds[child.type]
    const position = child.position
    if (!kind || !position || position.start.offset === undefined || position.end.offset === undefined) continue
    const value = textOf(child)
    tokens.push({
      kind,
      value,
      lower: normalise(value),
      start: position.start.offset,
      end: position.end.offset,
      node: child
    })
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
