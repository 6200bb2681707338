/**
 * `evidence-language-server`: findings of retext-evidence in any editor with an LSP client,
 * as you type, with quick fixes (`reduces` → `may reduce`).
 *
 * Over standard input and output. Lints Markdown, MDX, HTML and plain-text files with
 * `retext-evidence/processor`, configured as `evidence-lint` is (`.evidencerc*`,
 * `"evidence"` in `package.json`, `.evidenceignore`). Settings (section `evidence`, or
 * `initializationOptions`): `requireConfig` (lint only files governed by a config file),
 * `ignorePath`, `ignorePathResolveFrom`, `maxLintMs` (the time budget of one lint). See `docs/editors.md`.
 *
 * unified-language-server does the linting in a worker thread; this thread speaks to the editor
 * and keeps typing cheap (see `language-server/proxy.ts`).
 */
import process from 'node:process'
import {packageInfo} from './cli/package-info.js'
import {LanguageServerProxy, serverName} from './language-server/proxy.js'

export {LanguageServerProxy, serverName, type ProxyOptions} from './language-server/proxy.js'
export {quickFixes, removalRange} from './language-server/code-actions.js'
export {isLinted, isConfigFile, lintedLanguages} from './language-server/documents.js'
export {editorMaxSize} from './language-server/processor.js'

export function helpText(): string {
  return [
    'Usage: ' + serverName + ' [--stdio] [--require-config]',
    '',
    '  Language server (LSP, over standard input and output) for retext-evidence: unhedged claims,',
    '  unsourced statistics and mismatched study attributions in Markdown, MDX, HTML and text,',
    '  with quick fixes.',
    '',
    'Options:',
    '',
    '  --stdio            talk over standard input and output (the default and only transport)',
    '  --require-config   lint only files governed by an .evidencerc* or package.json "evidence"',
    '                     (same as the setting evidence.requireConfig)',
    '  --resolve          look up the DOIs, PMIDs and PMCIDs attributions link to and check them',
    '                     (diagnostics are updated when the records arrive; off by default)',
    '  -h  --help         output usage information',
    '  -v  --version      output version number',
    '',
    'Editor set-up: docs/editors.md',
    ''
  ].join('\n')
}

/** Run the server on this process's standard input and output. */
export function main(argv: string[] = process.argv.slice(2)): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(helpText())
    return
  }
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(packageInfo().version + '\n')
    return
  }
  const transport = argv.find((arg) => /^--(?:node-ipc|socket|pipe)(?:=|$)/.test(arg))
  if (transport) {
    process.stderr.write(serverName + ': `' + transport + '` is not supported; use --stdio\n')
    process.exitCode = 1
    return
  }
  // `--clientProcessId=N` or `--clientProcessId N`: the worker exits when that process does.
  const workerArgv: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]
    if (arg === '--clientProcessId' && index + 1 < argv.length) workerArgv.push(arg, argv[++index])
    else if (arg.startsWith('--clientProcessId=')) workerArgv.push(arg)
    else if (arg === '--resolve') workerArgv.push(arg)
    else if (arg !== '--stdio' && arg !== '--require-config')
      process.stderr.write(serverName + ': ignoring unknown option `' + arg + '`\n')
  }

  const defaults: Record<string, unknown> = {}
  if (argv.includes('--require-config')) defaults.requireConfig = true

  const proxy = new LanguageServerProxy({
    input: process.stdin,
    output: process.stdout,
    workerUrl: new URL('./language-server/worker.js', import.meta.url),
    workerArgv,
    defaults,
    version: packageInfo().version,
    onExit: (code) => process.exit(code),
    log: (text) => process.stderr.write(text + '\n')
  })
  proxy.start()
}
