/**
 * The package as a user gets it: `npm pack`, the tarball installed into a new project in a
 * temporary folder (outside the repository, so nothing resolves from its `node_modules`), with
 * install scripts off. There: the preset in a unified pipeline, `lint()` and the processor from
 * their subpath exports, `npx -p retext-evidence evidence-lint` on a Markdown file,
 * `evidence-language-server --stdio` giving a diagnostic, and `evidence-publish-hook` giving a
 * verdict. Before those, every import in the packed code is checked: a relative one must name
 * a file in the tarball, a bare one a package in `dependencies`.
 */
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import {builtinModules} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import {pathToFileURL} from 'node:url'
import ts from 'typescript'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node'
import {ensureBuilt, root} from './cli-helpers.js'

const claimDoc = '# Sleep\n\nMagnesium reduces anxiety.\n'
let temp = ''
let project = ''
let installed = ''
const env = {
  ...process.env,
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false'
}
delete (env as Record<string, string | undefined>).NODE_OPTIONS

beforeAll(() => {
  ensureBuilt()
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-packed-'))
  // dist/ is built above; the tarball is what `npm publish` would upload.
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', temp], {
    cwd: root,
    encoding: 'utf8',
    env,
    timeout: 120_000
  })
  if (pack.status !== 0) throw new Error('npm pack failed:\n' + pack.stderr)
  const tarball = path.join(temp, (JSON.parse(pack.stdout) as Array<{filename: string}>)[0].filename)
  project = path.join(temp, 'project')
  fs.mkdirSync(project)
  fs.writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({name: 'try-evidence', private: true, type: 'module'}, null, 2)
  )
  fs.writeFileSync(path.join(project, 'post.md'), claimDoc)
  // --ignore-scripts: the package must work without any install script of its own.
  const install = spawnSync(
    'npm',
    ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', tarball],
    {cwd: project, encoding: 'utf8', env, timeout: 600_000}
  )
  if (install.status !== 0) throw new Error('npm install of the tarball failed:\n' + install.stderr)
  installed = path.join(project, 'node_modules', 'retext-evidence')
}, 900_000)

afterAll(() => {
  if (temp) fs.rmSync(temp, {recursive: true, force: true})
})

function filesUnder(folder: string): string[] {
  return fs.readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}

describe('the tarball', () => {
  test('needs no install script, and every import resolves to a packed file or a dependency', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')) as {
      scripts?: Record<string, string>
      dependencies: Record<string, string>
      bin: Record<string, string>
    }
    for (const script of ['preinstall', 'install', 'postinstall'])
      expect(manifest.scripts?.[script], script).toBeUndefined()
    const dependencies = new Set(Object.keys(manifest.dependencies))
    const builtins = new Set(builtinModules)
    const problems: string[] = []
    const code = [
      ...filesUnder(path.join(installed, 'dist')).filter((file) => file.endsWith('.js')),
      ...Object.values(manifest.bin).map((file) => path.join(installed, file))
    ]
    expect(code.length).toBeGreaterThan(50)
    for (const file of code) {
      const text = fs.readFileSync(file, 'utf8')
      // TypeScript's scanner: the imports and exports of the code, not words in comments or strings.
      for (const {fileName: specifier} of ts.preProcessFile(text, true, true).importedFiles) {
        const where = path.relative(installed, file) + ': ' + specifier
        if (specifier.startsWith('.')) {
          if (!fs.existsSync(path.resolve(path.dirname(file), specifier)))
            problems.push(where + ' is not in the tarball (add it to `files`)')
        } else if (
          !specifier.startsWith('node:') &&
          !builtins.has(specifier) &&
          !specifier.startsWith('retext-evidence/')
        ) {
          const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]
          if (!dependencies.has(name)) problems.push(where + ' is not in `dependencies`')
        }
      }
    }
    // Workers are started by URL, not imported: they must be packed too.
    for (const file of [
      'dist/src/cli/ndjson-worker.js',
      'dist/src/hook/worker.js',
      'dist/src/language-server/worker.js'
    ]) {
      if (!fs.existsSync(path.join(installed, file))) problems.push(file + ' is not in the tarball')
    }
    expect(problems).toEqual([])
    // Nothing resolves from the repository: the project is outside it.
    expect(path.relative(root, project).startsWith('..')).toBe(true)
  })

  test('the preset in a unified pipeline, lint() and the processor from their exports', () => {
    const script = [
      "import {unified} from 'unified'",
      "import retextEnglish from 'retext-english'",
      "import {VFile} from 'vfile'",
      "import retextEvidence from 'retext-evidence'",
      "import {lint} from 'retext-evidence/lint'",
      "import {createProcessor} from 'retext-evidence/processor'",
      'const processor = unified().use(retextEnglish).use(retextEvidence)',
      "const file = new VFile('Magnesium reduces anxiety.')",
      'await processor.run(processor.parse(file), file)',
      "const result = await lint({content: 'Zinc cures colds.', format: 'text'}, {failOn: 'warning'})",
      "const markdown = await createProcessor(undefined, {format: 'markdown'}).process(new VFile({path: 'a.md', value: '# A\\n\\nMagnesium reduces anxiety.'}))",
      'const brief = (m) => [m.ruleId, m.line, m.column, m.actual, m.expected]',
      'console.log(JSON.stringify({preset: file.messages.map(brief), lint: [result.pass, result.messages.map(brief)], processor: markdown.messages.map(brief)}))'
    ].join('\n')
    fs.writeFileSync(path.join(project, 'pipeline.mjs'), script)
    const run = spawnSync(process.execPath, ['pipeline.mjs'], {cwd: project, encoding: 'utf8', env, timeout: 120_000})
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toEqual({
      preset: [['unhedged-claim', 1, 11, 'reduces', ['may reduce']]],
      lint: [false, [['unhedged-claim', 1, 6, 'cures', ['may cure']]]],
      processor: [['unhedged-claim', 3, 11, 'reduces', ['may reduce']]]
    })
  })

  test('npx -p retext-evidence evidence-lint on a Markdown file', () => {
    // Offline: npx must find the installed package, not fetch one from the registry.
    const npx = (args: string[]) =>
      spawnSync('npx', ['-p', 'retext-evidence', 'evidence-lint', ...args], {
        cwd: project,
        encoding: 'utf8',
        env: {...env, npm_config_offline: 'true'},
        timeout: 120_000
      })
    const run = npx(['post.md'])
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('post.md')
    expect(run.stderr).toMatch(/3:11-3:18\s+warning\s+Unhedged claim: “reduces”.*\s+unhedged-claim\s+retext-evidence/)
    expect(run.status).toBe(0)
    const frail = npx(['--frail', '--report', 'json', 'post.md'])
    expect(frail.status).toBe(1)
    const report = JSON.parse(frail.stderr) as Array<{messages: Array<{ruleId: string; line: number; column: number}>}>
    expect(report[0].messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['unhedged-claim', 3, 11]
    ])
  })

  test('evidence-language-server --stdio publishes the diagnostic', {timeout: 180_000}, async () => {
    const child = spawn(path.join(project, 'node_modules', '.bin', 'evidence-language-server'), ['--stdio'], {
      cwd: project,
      env,
      stdio: ['pipe', 'pipe', 'pipe']
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin)
    )
    const uri = pathToFileURL(path.join(project, 'post.md')).href
    const published = new Promise<PublishDiagnosticsParams>((resolve) => {
      connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
        if (params.uri === uri && params.diagnostics.length > 0) resolve(params)
      })
    })
    connection.onRequest('workspace/configuration', (params: {items: unknown[]}) => params.items.map(() => null))
    connection.listen()
    const root = pathToFileURL(project).href
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{uri: root, name: 'project'}],
      capabilities: {}
    })
    await connection.sendNotification(InitializedNotification.type, {})
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri, languageId: 'markdown', version: 1, text: claimDoc}
    })
    const params = await published
    expect(params.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range, diagnostic.source])).toEqual([
      ['unhedged-claim', {start: {line: 2, character: 10}, end: {line: 2, character: 17}}, 'retext-evidence']
    ])
    await connection.sendRequest(ShutdownRequest.type)
    await connection.sendNotification(ExitNotification.type)
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    connection.dispose()
    expect(code, stderr).toBe(0)
  })

  test('evidence-publish-hook answers POST /lint with a verdict', {timeout: 180_000}, async () => {
    const childEnv: Record<string, string | undefined> = {...env}
    delete childEnv.EVIDENCE_HOOK_SECRET
    const child = spawn(
      path.join(project, 'node_modules', '.bin', 'evidence-publish-hook'),
      ['--host', '127.0.0.1', '--port', '0', '--fail-on', 'warning'],
      {cwd: project, env: childEnv}
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    try {
      const first = await new Promise<string>((resolve, reject) => {
        readline.createInterface({input: child.stdout}).once('line', resolve)
        child.once('exit', (code) => reject(new Error('the hook exited with ' + code + ': ' + stderr)))
      })
      const url = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(first)?.[1]
      expect(url, first).toBeDefined()
      const response = await fetch(url + '/lint', {
        method: 'POST',
        headers: {'content-type': 'application/json'},
        body: JSON.stringify({format: 'markdown', content: claimDoc})
      })
      expect(response.status).toBe(200)
      const body = (await response.json()) as {
        pass: boolean
        summary: unknown
        messages: Array<{ruleId: string; line: number; column: number}>
      }
      expect([
        body.pass,
        body.summary,
        body.messages.map((message) => [message.ruleId, message.line, message.column])
      ]).toEqual([false, {errors: 0, warnings: 1}, [['unhedged-claim', 3, 11]]])
    } finally {
      child.kill('SIGTERM')
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)))
    }
  })
})
