/**
 * Regex audit (issue 9): every regular expression of the package is checked with recheck, a ReDoS
 * checker, and the test fails on any whose backtracking is super-linear (polynomial or
 * exponential) in the length of the text, naming its file and line.
 *
 * Collected: the regex literals and `RegExp(...)` / `new RegExp(...)` calls of `src/**`,
 * `rules/**` and `bin/**` (read with the TypeScript parser, so a `/` that divides is never taken
 * for a regex), and every RegExp value exported by the lexicon and data modules (`dist/src/data`,
 * `dist/src/model/lexicon.js`, walked through arrays, objects, maps and sets). A `RegExp(...)`
 * whose pattern is not a string literal cannot be audited and fails the test: give it a literal
 * pattern, or replace it by code.
 *
 * recheck runs in its pure JavaScript build (`RECHECK_SYNC_BACKEND=pure`), so no native binary or
 * Java is needed. An expression it cannot decide in time with its automaton checker is checked
 * again with the fuzzing checker; one it still cannot decide fails the test.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'

process.env.RECHECK_SYNC_BACKEND = 'pure'
const {checkSync} = await import('recheck')

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Fewer literals than this means the collector is broken (the package has about 270). */
const minimumLiterals = 200

interface Found {
  /** `file:line`, or the module and export name of a runtime value. */
  where: string
  source: string
  flags: string
}

interface Collected {
  found: Found[]
  /** `RegExp(...)` calls whose pattern is not a literal, by place. */
  dynamic: string[]
}

/** The regular expressions written in one file of source text. */
function collectFromSource(fileName: string, text: string): Collected {
  const kind = fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind)
  const found: Found[] = []
  const dynamic: string[] = []
  const where = (node: ts.Node) => fileName + ':' + (file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1)
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = (node as ts.RegularExpressionLiteral).text
      const slash = literal.lastIndexOf('/')
      found.push({where: where(node), source: literal.slice(1, slash), flags: literal.slice(slash + 1)})
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpName(node.expression)) {
      const [pattern, flags] = node.arguments ?? []
      const source = pattern && literalText(pattern)
      const flagText = flags === undefined ? '' : literalText(flags)
      if (source === undefined || flagText === undefined) dynamic.push(where(node))
      else found.push({where: where(node), source, flags: flagText})
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return {found, dynamic}
}

function isRegExpName(node: ts.Expression): boolean {
  if (ts.isIdentifier(node)) return node.text === 'RegExp'
  return ts.isPropertyAccessExpression(node) && node.name.text === 'RegExp'
}

function literalText(node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
    const literal = (node as ts.RegularExpressionLiteral).text
    return literal.slice(1, literal.lastIndexOf('/'))
  }
  return undefined
}

function filesUnder(folder: string, extensions: readonly string[]): string[] {
  const out: string[] = []
  for (const entry of fs.readdirSync(path.join(root, folder), {withFileTypes: true})) {
    const relative = path.posix.join(folder, entry.name)
    if (entry.isDirectory()) out.push(...filesUnder(relative, extensions))
    else if (extensions.some((extension) => entry.name.endsWith(extension)) && !entry.name.endsWith('.d.ts'))
      out.push(relative)
  }
  return out.sort()
}

/** RegExp values reachable from a module's exports. */
function regexValues(name: string, value: unknown, seen: Set<unknown>, out: Found[]): void {
  if (value instanceof RegExp) {
    out.push({where: name, source: value.source, flags: value.flags})
    return
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return
  seen.add(value)
  if (value instanceof Map) {
    for (const [key, item] of value) {
      regexValues(name + '.get(' + String(key) + ')', key, seen, out)
      regexValues(name + '.get(' + String(key) + ')', item, seen, out)
    }
  } else if (value instanceof Set) {
    for (const item of value) regexValues(name + ' (set)', item, seen, out)
  } else {
    for (const [key, item] of Object.entries(value)) regexValues(name + '.' + key, item, seen, out)
  }
}

const sourceFiles = [
  ...filesUnder('src', ['.ts']),
  ...filesUnder('rules', ['.ts']),
  ...filesUnder('bin', ['.js', '.mjs', '.cjs'])
]
const literals: Found[] = []
const dynamic: string[] = []
for (const file of sourceFiles) {
  const collected = collectFromSource(file, fs.readFileSync(path.join(root, file), 'utf8'))
  literals.push(...collected.found)
  dynamic.push(...collected.dynamic)
}

const dataModules = [...filesUnder('dist/src/data', ['.js']), 'dist/src/model/lexicon.js']
const runtime: Found[] = []
for (const module of dataModules) {
  const exports = (await import(pathToFileURL(path.join(root, module)).href)) as Record<string, unknown>
  for (const [name, value] of Object.entries(exports))
    regexValues(module + ' export ' + name, value, new Set(), runtime)
}

/** Every expression once (the first place it was seen), with every place it occurs. */
function unique(list: Found[]): Array<Found & {places: string[]}> {
  const byKey = new Map<string, Found & {places: string[]}>()
  for (const item of list) {
    const key = item.flags + '/' + item.source
    const known = byKey.get(key)
    if (known) known.places.push(item.where)
    else byKey.set(key, {...item, places: [item.where]})
  }
  return [...byKey.values()]
}

interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown'
  complexity?: string | undefined
  attack?: string | undefined
  reason?: string | undefined
}

/** recheck's verdict: the automaton checker first (by recheck's own choice), the fuzzing checker
 * when that one runs out of time. */
function audit(source: string, flags: string): Verdict {
  let diagnostics = checkSync(source, flags, {timeout: 3000})
  if (diagnostics.status === 'unknown') diagnostics = checkSync(source, flags, {timeout: 20_000, checker: 'fuzz'})
  if (diagnostics.status === 'safe') return {status: 'safe'}
  if (diagnostics.status === 'vulnerable') {
    const complexity =
      diagnostics.complexity.type +
      (diagnostics.complexity.type === 'polynomial' ? ' (degree ' + diagnostics.complexity.degree + ')' : '')
    return {status: 'vulnerable', complexity, attack: diagnostics.attack.pattern}
  }
  return {
    status: 'unknown',
    reason: diagnostics.error.kind + ('message' in diagnostics.error ? ': ' + String(diagnostics.error.message) : '')
  }
}

describe('regex audit: the collector', () => {
  it('reads literals and RegExp calls, never a division', () => {
    const sample = [
      'const a = /x+y/gi',
      'const b = 4 / 2 / 1',
      "const c = new RegExp('[a-z]+', 'u')",
      'const d = RegExp(`t`)',
      'const e = new RegExp(name)',
      'const f = globalThis.RegExp(/q/.source + "r")',
      "const g = 'not /a regex/'"
    ].join('\n')
    const {found, dynamic} = collectFromSource('sample.ts', sample)
    expect(found).toEqual([
      {where: 'sample.ts:1', source: 'x+y', flags: 'gi'},
      {where: 'sample.ts:3', source: '[a-z]+', flags: 'u'},
      {where: 'sample.ts:4', source: 't', flags: ''},
      {where: 'sample.ts:6', source: 'q', flags: ''}
    ])
    expect(dynamic).toEqual(['sample.ts:5', 'sample.ts:6'])
  })

  it('finds the package’s expressions (not suspiciously few) and only literal patterns', () => {
    expect(literals.length, 'regex literals in src/, rules/ and bin/').toBeGreaterThanOrEqual(minimumLiterals)
    const files = new Set(literals.map((item) => item.where.split(':')[0]))
    // Spot checks: expressions known to be in these files.
    for (const file of [
      'src/readers/statistics.ts',
      'src/readers/references/entry.ts',
      'src/readers/attributions.ts',
      'src/processor/parse-chunked.ts',
      'src/hook/server.ts'
    ]) {
      expect(files.has(file), file).toBe(true)
    }
    expect(dynamic, 'RegExp(...) with a computed pattern cannot be audited: write it as a literal or as code').toEqual(
      []
    )
  })

  it('walks the data modules’ exports for RegExp values', () => {
    expect(dataModules.length).toBeGreaterThanOrEqual(10)
    const out: Found[] = []
    regexValues('sample', {a: [/x/], b: new Map([['k', /y/g]]), c: new Set([{d: /z/i}])}, new Set(), out)
    expect(out.map((item) => '/' + item.source + '/' + item.flags)).toEqual(['/x/', '/y/g', '/z/i'])
  })
})

describe('regex audit: recheck', () => {
  it('flags known super-linear expressions (so the audit can fail)', () => {
    expect(audit('^(a+)+$', '')).toMatchObject({status: 'vulnerable', complexity: 'exponential'})
    expect(audit('\\s*$', '').status).toBe('vulnerable')
    expect(audit('\\d+\\s*\\(\\d+\\)', '').complexity).toMatch(/^polynomial/)
    expect(audit('^\\d+(?:\\.\\d+)?$', '')).toEqual({status: 'safe'})
  })

  it('finds no super-linear backtracking in any expression of the package', () => {
    const expressions = unique([...literals, ...runtime])
    const problems: string[] = []
    for (const expression of expressions) {
      const verdict = audit(expression.source, expression.flags)
      if (verdict.status === 'safe') continue
      const what =
        verdict.status === 'vulnerable'
          ? verdict.complexity + ' backtracking, attack ' + verdict.attack
          : 'undecided (' + verdict.reason + ')'
      problems.push(expression.places.join(', ') + ': /' + expression.source + '/' + expression.flags + ': ' + what)
    }
    expect(problems).toEqual([])
  }, 300_000)
})
