/**
 * Faces apart from the library: `lint()` (src/lint.ts) and the preset (src/index.ts) reach
 * nothing of the faces (the publish hook, the CLI, the language server), and every face reads
 * config files through the config room (src/config/).
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The repository files a module imports (relative specifiers only), `.js` read as `.ts`. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8')
  const out: string[] = []
  for (const match of text.matchAll(/^(?:import|export)[^'"\n]*?from '(\.{1,2}\/[^']+)'/gm)) {
    const target = path.resolve(path.dirname(file), match[1]).replace(/\.js$/, '.ts')
    if (fs.existsSync(target)) out.push(target)
  }
  return out
}

/** Every repository module `entry` reaches, as paths relative to the root. */
function reach(entry: string): string[] {
  const seen = new Set<string>()
  const todo = [path.join(root, entry)]
  while (todo.length > 0) {
    const file = todo.pop() as string
    if (seen.has(file)) continue
    seen.add(file)
    todo.push(...importsOf(file))
  }
  return [...seen].map((file) => path.relative(root, file)).sort()
}

const faces = /^src\/(hook|cli|language-server)\//

describe('layout', () => {
  it('lint() reaches no face', () => {
    const reached = reach('src/lint.ts')
    expect(reached).toContain('src/config/validate.ts')
    expect(reached.filter((file) => faces.test(file))).toEqual([])
  })

  it('the preset reaches no face and no config file reading', () => {
    const reached = reach('src/index.ts')
    expect(reached).toContain('rules/mismatched-attribution/index.ts')
    expect(reached.filter((file) => faces.test(file) || file.startsWith('src/config/'))).toEqual([])
  })

  it('the faces read configs through src/config/ and name no config file themselves', () => {
    const users = [
      'src/cli/run.ts',
      'src/lint/resolve.ts',
      'src/language-server/config.ts',
      'src/language-server/worker.ts'
    ]
    for (const file of users) {
      expect(
        importsOf(path.join(root, file)).map((f) => path.relative(root, f)),
        file
      ).toContain('src/config/index.ts')
      expect(fs.readFileSync(path.join(root, file), 'utf8'), file).not.toMatch(/rcName: '|'\.evidenceignore'/)
    }
  })
})
