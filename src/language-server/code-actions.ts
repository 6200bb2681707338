/**
 * Quick fixes: each string of a diagnostic's `expected` replaces exactly the flagged words
 * (`reduces` → `may reduce`); an empty string removes them, and the space they leave behind.
 * One suggestion is the preferred fix (what an editor's "fix" key applies).
 *
 * The same mapping as unified-language-server's, with three differences: it reads the latest
 * text (held by the main thread, so it answers at once even while a lint runs); a diagnostic
 * whose words have since changed gets no fix (its `data.actual` no longer matches, and
 * replacing the range would garble the new text); and a diagnostic that comes back without
 * its `data` (some clients drop it) is matched to the one the server published.
 */
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Range} from './config.js'

/** The parts of an LSP diagnostic the quick fixes read. */
export interface Diagnostic {
  range: Range
  message: string
  severity?: number | undefined
  code?: number | string | undefined
  source?: string | undefined
  codeDescription?: {href: string} | undefined
  data?: unknown | undefined
}

export interface TextEdit {
  range: Range
  newText: string
}

export interface CodeAction {
  title: string
  kind: 'quickfix'
  diagnostics: Diagnostic[]
  isPreferred?: boolean | undefined
  edit: {changes: Record<string, TextEdit[]>}
}

interface FixData {
  expected: unknown[]
  actual?: unknown | undefined
}

/** The quick fixes for the diagnostics a client sends with `textDocument/codeAction`. */
export function quickFixes(
  document: TextDocument,
  diagnostics: readonly Diagnostic[],
  published: readonly Diagnostic[] = [],
  only?: readonly string[] | null | undefined
): CodeAction[] {
  if (
    only &&
    only.length > 0 &&
    !only.some((kind) => kind === 'quickfix' || kind === '' || 'quickfix'.startsWith(kind + '.'))
  )
    return []
  const actions: CodeAction[] = []
  for (const diagnostic of diagnostics) {
    if (!isRange(diagnostic?.range)) continue
    const data = fixData(diagnostic) ?? fixData(published.find((candidate) => sameDiagnostic(candidate, diagnostic)))
    if (!data) continue
    const actual = document.getText(diagnostic.range)
    if (typeof data.actual === 'string' && data.actual !== actual) continue
    const replacements = data.expected.filter((value): value is string => typeof value === 'string')
    for (const replacement of replacements) {
      const empty = comparePositions(diagnostic.range.start, diagnostic.range.end) === 0
      const title = replacement
        ? empty
          ? 'Insert `' + replacement + '`'
          : 'Replace `' + actual + '` with `' + replacement + '`'
        : 'Remove `' + actual + '`'
      const range = replacement === '' ? removalRange(document, diagnostic.range) : diagnostic.range
      const action: CodeAction = {
        title,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: {changes: {[document.uri]: [{range, newText: replacement}]}}
      }
      if (replacements.length === 1) action.isPreferred = true
      actions.push(action)
    }
  }
  return actions
}

function isRange(value: unknown): value is Range {
  const range = value as Range | undefined
  const point = (p: unknown) =>
    typeof p === 'object' &&
    p !== null &&
    Number.isInteger((p as Range['start']).line) &&
    Number.isInteger((p as Range['start']).character)
  return typeof range === 'object' && range !== null && point(range.start) && point(range.end)
}

function fixData(diagnostic: Diagnostic | undefined): FixData | undefined {
  const data = diagnostic?.data as {expected?: unknown; actual?: unknown} | null | undefined
  if (!data || typeof data !== 'object' || !Array.isArray(data.expected)) return undefined
  return {expected: data.expected, actual: data.actual}
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return (
    comparePositions(a.range.start, b.range.start) === 0 &&
    comparePositions(a.range.end, b.range.end) === 0 &&
    String(a.code ?? '') === String(b.code ?? '') &&
    a.message === b.message
  )
}

function comparePositions(a: Range['start'], b: Range['start']): number {
  return a.line === b.line ? a.character - b.character : a.line - b.line
}

/**
 * The range to delete when removing the words at `range`: the words and the spaces after them
 * (`definitely cures` → `cures`), or the spaces before them when punctuation or the end of the
 * line follows (`it works definitely.` → `it works.`).
 */
export function removalRange(document: TextDocument, range: Range): Range {
  const text = document.getText()
  const start = document.offsetAt(range.start)
  const end = document.offsetAt(range.end)
  if (start === end) return range
  let after = end
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++
  let before = start
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--
  const atLineStart = before === 0 || text[before - 1] === '\n' || text[before - 1] === '\r'
  if (after > end && (before < start || atLineStart)) return {start: range.start, end: document.positionAt(after)}
  if (before < start) return {start: document.positionAt(before), end: range.end}
  return range
}
