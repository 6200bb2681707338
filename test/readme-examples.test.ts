/**
 * The README's TypeScript examples compile with `tsc --strict` as a user's project would compile
 * them: each ```ts block is its own module importing `retext-evidence` by name (the package's
 * `exports` and its built types, resolved from inside the package). The remark-retext example
 * without its cast is compiled too, and must fail as it did for users, so that this test would
 * notice a README that drops the cast.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, expect, test} from 'vitest'
import {ensureBuilt, root} from './cli-helpers.js'

let folder = ''

beforeAll(() => {
  ensureBuilt()
  fs.mkdirSync(path.join(root, '.tmp'), {recursive: true})
  folder = fs.mkdtempSync(path.join(root, '.tmp', 'readme-'))
})
afterAll(() => {
  if (folder) fs.rmSync(folder, {recursive: true, force: true})
})

function blocks(markdown: string, language: string): string[] {
  const found: string[] = []
  let current: string[] | undefined
  for (const line of markdown.split('\n')) {
    if (current === undefined && line === '```' + language) current = []
    else if (current !== undefined && line === '```') {
      found.push(current.join('\n') + '\n')
      current = undefined
    } else current?.push(line)
  }
  return found
}

test('every ```ts block of the README compiles under tsc --strict', {timeout: 300_000}, () => {
  const examples = blocks(fs.readFileSync(path.join(root, 'README.md'), 'utf8'), 'ts')
  expect(examples.length).toBeGreaterThanOrEqual(4)
  examples.forEach((code, index) => fs.writeFileSync(path.join(folder, `example-${index + 1}.ts`), code))
  const remarkExample = examples.find((code) => code.includes('remarkRetext'))
  expect(remarkExample).toBeDefined()
  // The same example as the README had it: the processor passed without the cast.
  const uncast = (remarkExample as string).replace(' as unknown as Processor<NlcstRoot>', '')
  expect(uncast).not.toBe(remarkExample)
  fs.writeFileSync(path.join(folder, 'uncast.ts'), uncast)
  fs.writeFileSync(
    path.join(folder, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022', 'DOM'],
        types: ['node'],
        noEmit: true,
        skipLibCheck: true
      },
      include: ['*.ts']
    })
  )
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', folder], {
    cwd: folder,
    encoding: 'utf8',
    timeout: 280_000
  })
  const errors = run.stdout.split('\n').filter((line) => /error TS\d+/.test(line))
  expect(errors.filter((line) => !line.startsWith('uncast.ts'))).toEqual([])
  expect(errors.some((line) => line.startsWith('uncast.ts') && line.includes('error TS2345'))).toBe(true)
})
