/**
 * Long functions are split into named steps: no function in src/ or rules/ runs over 80
 * lines, except those listed here with the reason they still do. A listed function may shrink
 * (then lower its number or drop it) but not grow, and no other may pass the limit.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const limit = 80

/** Functions still over the limit: `file name` → their length today (`Infinity` where another
 * branch is changing the file), and why. */
const notYetSplit: Record<string, {lines: number; why: string}> = {}

/** The functions of one TypeScript file longer than the limit (functions, arrows, methods,
 * constructors and accessors), as `file name` → lines. */
function longFunctionsIn(file: string, text: string): Record<string, number> {
  const out: Record<string, number> = {}
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true)
  const visit = (node: ts.Node): void => {
    if (
      ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isConstructorDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node)
    ) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line
      const last = source.getLineAndCharacterOfPosition(node.end).line
      if (last - first + 1 > limit) {
        const named = ts.isConstructorDeclaration(node)
          ? 'constructor'
          : node.name && ts.isIdentifier(node.name)
            ? node.name.text
            : ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name)
              ? node.parent.name.text
              : `(anonymous at line ${first + 1})`
        out[`${file} ${named}`] = last - first + 1
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return out
}

/** Every function of the TypeScript files under `folder` longer than the limit. */
function longFunctions(folder: string): Record<string, number> {
  const out: Record<string, number> = {}
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        const file = path.relative(root, full)
        Object.assign(out, longFunctionsIn(file, fs.readFileSync(full, 'utf8')))
      }
    }
  }
  walk(path.join(root, folder))
  return out
}

describe('function length', () => {
  const found = {...longFunctions('src'), ...longFunctions('rules')}

  it(`no function over ${limit} lines except those listed`, () => {
    expect(
      Object.keys(found)
        .filter((key) => !(key in notYetSplit))
        .sort()
    ).toEqual([])
  })

  it('the check finds each kind of long function, and no short one', () => {
    const body = (lines: number) => Array.from({length: lines}, (_, k) => `    x += ${k}`).join('\n')
    const text = [
      `function f() {\n${body(80)}\n}`,
      `const g = () => {\n${body(80)}\n}`,
      `class C {\n  constructor() {\n${body(80)}\n  }\n  m() {\n${body(80)}\n  }`,
      `  get v() {\n${body(80)}\n  }\n}`,
      `function short() {\n${body(78)}\n}`
    ].join('\n')
    expect(longFunctionsIn('x.ts', text)).toEqual({
      'x.ts f': 82,
      'x.ts g': 82,
      'x.ts constructor': 82,
      'x.ts m': 82,
      'x.ts v': 82
    })
  })

  it('a listed function does not grow', () => {
    expect(
      Object.entries(found).filter(([key, lines]) => key in notYetSplit && lines > notYetSplit[key].lines)
    ).toEqual([])
  })
})
