/**
 * `evidence-lint`: lint Markdown, MDX, HTML and text files for unhedged claims, unsourced
 * statistics and mismatched study attributions.
 *
 * Built on unified-args' argument parser and unified-engine (files, folders, globs, standard
 * input, `.evidencerc*` / `package.json#evidence` config discovery, `.evidenceignore`). It only
 * reports: it never writes a document to stdout and never changes a file. Exit code 0 when
 * clean or warnings only, 1 on errors (or on warnings with `--frail`), and 1 on bad usage;
 * 130 on SIGINT and 143 on SIGTERM.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import type {ResolveDefaults} from '../../rules/mismatched-attribution/index.js'
import type {Readable, Writable} from 'node:stream'
import {engine, type Context} from 'unified-engine'
import {defaultExtensions, evidenceParse} from '../processor.js'
import {loadParseArgv, type ParsedArgs} from './args.js'
import {ConfigError, configDiscovery, configTransformIn} from '../config/index.js'
import {packageInfo} from './package-info.js'
import {emptyInputs, normalizeMessage} from './inputs.js'
import {bundledReporters, type Reporter} from './reporters.js'
import {cliProcessor} from './turns.js'
import {ndjsonHelp, runNdjson} from './ndjson.js'
import type {VFile} from 'vfile'

export interface Io {
  cwd: string
  stdin: Readable
  stdout: Writable
  stderr: Writable
  env: Record<string, string | undefined>
}

const name = 'evidence-lint'
const description =
  'Lint health and science writing for unhedged claims, unsourced statistics and mismatched study attributions'

/** Options that would write documents or trees, or need a long-running process. */
const refused: Array<[string, (engine: Record<string, unknown>, args: Record<string, unknown>) => boolean]> = [
  ['--output', (e) => e.output !== undefined && e.output !== false],
  ['--tree-out', (e) => Boolean(e.treeOut)],
  ['--tree-in', (e) => Boolean(e.treeIn)],
  ['--tree', (e) => Boolean(e.treeIn) || Boolean(e.treeOut)],
  ['--inspect', (e) => Boolean(e.inspect)],
  ['--watch', (_e, a) => Boolean(a.watch)]
]

export function helpText(): string {
  return [
    'Usage: ' + name + ' [options] [path | glob ...]',
    '',
    '  ' + description,
    '',
    'Reads Markdown (.md .markdown .mdx), HTML (.html .htm) and text (.txt, anything else);',
    'folders are searched for ' +
      defaultExtensions.map((e) => '.' + e).join(' ') +
      '. With no path, reads standard input',
    '(as text, or as the format of --file-path).',
    '',
    'Options:',
    '',
    '  -h  --help                 output usage information',
    '  -v  --version              output version number',
    '  -q  --quiet                output only warnings and errors',
    '  -S  --silent               output only errors',
    '  -f  --frail                exit with 1 on warnings',
    '      --report pretty|json|sarif   reporter (default: pretty; json and sarif are built in)',
    '      --report-file <path>   write the report to this file instead of standard error',
    '  -r  --rc-path <path>       use this config file instead of searching for one',
    '      --no-config            do not search for config files',
    '  -i  --ignore-path <path>   use this ignore file instead of .evidenceignore',
    '      --ignore-pattern <globs>  also ignore these globs',
    '      --no-ignore            do not search for ignore files',
    '      --silently-ignore      do not report files given explicitly but ignored',
    '  -e  --ext <extensions>     search folders for these extensions instead',
    '      --file-path <path>     name standard input (picks its format and config)',
    "      --max-lint-ms <ms>     time budget of one file (default: the config's maxLintMs, else 10 s",
    '                             plus 10 s per MiB); a file over it gets one too-complex error; 0: none',
    '  -u  --use <plugin>         also use this unified plugin',
    '  -s  --setting <settings>   settings for plugins',
    '      --[no-]color           colour in the pretty report (default: when stderr is a terminal)',
    '      --verbose              output more details in the pretty report',
    '',
    'Config (.evidencerc, .evidencerc.json, .evidencerc.yml, .evidencerc.js, or "evidence" in package.json):',
    '',
    '  {"rules": {"unhedged-claim": "error", "unsourced-statistic": ["warn", {}], "mismatched-attribution": false}}',
    '',
    'Ignore comments (Markdown, MDX, HTML): <!--evidence ignore unhedged-claim-->, <!--evidence disable rule-->,',
    '<!--evidence enable-->.',
    '',
    'Examples:',
    '',
    '  $ ' + name + ' docs/',
    '  $ ' + name + ' --frail "content/**/*.md"',
    '  $ ' + name + ' --report sarif --report-file evidence.sarif .',
    '  $ cat post.html | ' + name + ' --file-path post.html',
    '  $ ' + name + ' --ndjson --jobs 4 < records.ndjson > results.ndjson',
    '',
    ndjsonHelp
  ].join('\n')
}

/** Run the CLI; resolves to the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  const info = packageInfo()
  const line = (text: string) => io.stderr.write(name + ': ' + text + '\n')
  if (argv.includes('--ndjson') && !argv.includes('--help') && !argv.includes('-h')) return runNdjson(argv, io)
  const parseArgv = await loadParseArgv()

  const own = takeOwnFlags(argv, io)
  if ('problem' in own) {
    line(own.problem)
    return 1
  }

  let state: ParsedArgs
  try {
    state = parseArgv(own.argv, {
      name,
      description,
      version: info.version,
      cwd: io.cwd,
      processor: () => cliProcessor(own.resolving),
      extensions: [...defaultExtensions],
      ...configDiscovery,
      pluginPrefix: 'retext'
    })
  } catch (error) {
    line(firstLine(error) + ' (see --help)')
    return 1
  }

  if (state.args.help) {
    io.stdout.write(helpText())
    return 0
  }
  if (state.args.version) {
    io.stdout.write(info.version + '\n')
    return 0
  }
  const problem = refusedFlag(state)
  if (problem) {
    line(problem)
    return 1
  }

  const reporting = reporterOf(state, own.reportFile, io)
  if ('problem' in reporting) {
    line(reporting.problem)
    return 1
  }
  return runEngine(engineOptionsOf(state, own, reporting.reporter, io), line, reporting.emptyInput)
}

/** evidence-lint's own flags, which unified-args' parser does not know. */
interface OwnFlags {
  /** What is left for unified-args. */
  argv: string[]
  resolving: ResolveDefaults | undefined
  maxLintMs: number | false | undefined
  reportFile: string | undefined
}

/** The resolution flags, `--max-lint-ms` and `--report-file`, taken out of `argv` before
 * unified-args reads the rest, or the line that refuses them. */
function takeOwnFlags(argv: string[], io: Io): OwnFlags | {problem: string} {
  let resolving: ResolveDefaults | undefined
  let maxLintMs: number | false | undefined
  try {
    const taken = takeResolveFlags(argv, io)
    argv = taken.argv
    resolving = taken.defaults
    ;({argv, maxLintMs} = takeMaxLintMs(argv))
  } catch (error) {
    return {problem: firstLine(error) + ' (see --help)'}
  }
  const report = takeReportFile(argv, io.cwd)
  if ('problem' in report) return report
  return {argv: report.argv, resolving, maxLintMs, reportFile: report.reportFile}
}

/** `--report-file PATH` (as ESLint's `--output-file`) taken out of `argv`: unified-args does
 * not know it. */
function takeReportFile(
  argv: string[],
  cwd: string
): {argv: string[]; reportFile: string | undefined} | {problem: string} {
  let reportFile: string | undefined
  const rest: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index]
    if (flag === '--report-file' || flag.startsWith('--report-file=')) {
      const value = flag === '--report-file' ? argv[++index] : flag.slice('--report-file='.length)
      if (!value) return {problem: '`--report-file` needs a path (see --help)'}
      // A slip such as `--report-file post.md` (the flag taking the document as its value) must
      // not overwrite a document with a report.
      if (defaultExtensions.includes(path.extname(value).slice(1).toLowerCase())) {
        return {
          problem:
            '`--report-file ' +
            value +
            '` would overwrite a document with the report: ' +
            'name a report file such as evidence.json, evidence.sarif or evidence.log'
        }
      }
      reportFile = path.resolve(cwd, value)
    } else rest.push(flag)
  }
  return {argv: rest, reportFile}
}

/** The line refusing a flag that would write documents or trees, or wait for changes, if any. */
function refusedFlag(state: ParsedArgs): string | undefined {
  const options = state.engine as unknown as Record<string, unknown>
  for (const [flag, test] of refused) {
    if (test(options, state.args as unknown as Record<string, unknown>)) {
      return '`' + flag + '` is not supported: evidence-lint only reports, it never writes files or trees'
    }
  }
  return undefined
}

/** The reporter: the named or bundled one, wrapped so that before reporting the engine's input
 * errors become one-line messages and each folder or glob that gave nothing to lint gets a fatal
 * message (which fails the run: `emptyInput.value`), and written to `--report-file` if given. */
function reporterOf(
  state: ParsedArgs,
  reportFile: string | undefined,
  io: Io
): {reporter: unknown; emptyInput: {value: boolean}} | {problem: string} {
  let reporter: unknown = state.engine.reporter
  if (typeof reporter === 'string' && reporter in bundledReporters) reporter = bundledReporters[reporter]
  if (reporter === undefined) reporter = bundledReporters.pretty

  const check = {
    cwd: io.cwd,
    inputs: (state.engine.files ?? []).map(String),
    extensions: (state.engine.extensions ?? []).map(String)
  }
  const emptyInput = {value: false}
  if (typeof reporter === 'function') {
    const inner = reporter as Reporter
    reporter = (files: VFile[], options: Record<string, unknown>) => {
      for (const file of files) for (const message of file.messages) normalizeMessage(file, message)
      const extra = emptyInputs(check, files)
      if (extra.length > 0) emptyInput.value = true
      return inner(extra.length > 0 ? [...files, ...extra] : files, options)
    }
  }

  if (reportFile !== undefined) {
    if (typeof reporter !== 'function') {
      return {
        problem:
          '`--report-file` works with the bundled reporters (pretty, json, sarif), not `' + String(reporter) + '`'
      }
    }
    reporter = toReportFile(reporter as Reporter, reportFile, io.cwd)
  }
  return {reporter, emptyInput}
}

/** `inner`'s report written (without colour) to `target` instead of standard error. */
function toReportFile(inner: Reporter, target: string, cwd: string): Reporter {
  return async (files: VFile[], options: Record<string, unknown>) => {
    const text = await inner(files, {...options, color: false})
    try {
      await fs.writeFile(target, text === '' || text.endsWith('\n') ? text : text + '\n')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new Error(
        'cannot write the report to `' +
          path.relative(cwd, target) +
          '`: ' +
          (code === 'ENOENT' ? 'no such folder' : code === 'EISDIR' ? 'it is a folder' : (code ?? String(error)))
      )
    }
    return ''
  }
}

/** unified-engine's options: the parsed ones, with colour, `--max-lint-ms`, our processor, the
 * streams, the reporter and the config transform; never writing output. */
function engineOptionsOf(state: ParsedArgs, own: OwnFlags, reporter: unknown, io: Io): Parameters<typeof engine>[0] {
  const colorGiven = own.argv.some((flag) => /^--(?:no-)?colou?r(?:=|$)/.test(flag))
  const color = colorGiven
    ? Boolean(state.engine.color)
    : Boolean((io.stderr as {isTTY?: boolean}).isTTY) && !io.env.NO_COLOR

  // The flag wins over a config's `maxLintMs`: the engine applies given plugins after configs.
  const given = state.engine.plugins
  const plugins: unknown[] = Array.isArray(given) ? [...given] : Object.entries(given ?? {})
  if (own.maxLintMs !== undefined) plugins.push([evidenceParse, {maxLintMs: own.maxLintMs}])

  return {
    ...state.engine,
    plugins,
    processor: cliProcessor(own.resolving),
    cwd: io.cwd,
    streamIn: io.stdin,
    streamOut: io.stdout,
    streamError: io.stderr,
    out: false,
    output: false,
    alwaysStringify: false,
    color,
    reporter,
    configTransform: configTransformIn(io.cwd)
  } as Parameters<typeof engine>[0]
}

/** Run the engine; the exit code (1 on an engine error, said in one line, or on empty input). */
function runEngine(
  engineOptions: Parameters<typeof engine>[0],
  line: (text: string) => void,
  emptyInput: {value: boolean}
): Promise<number> {
  return new Promise<number>((resolve) => {
    engine(engineOptions, (error?: Error | null, code?: 0 | 1, _context?: Context) => {
      if (error) {
        line(engineError(error))
        resolve(1)
      } else resolve(emptyInput.value ? 1 : (code ?? 0))
    })
  })
}

/** `--resolve`, `--offline`, `--cache-dir <path>` (or `=path`) out of `argv`, as the defaults
 * the linted files get (`--verbose` stays for the reporter too); the service addresses and the
 * cache folder's default come from the environment. */
export function takeResolveFlags(
  argv: string[],
  io: Pick<Io, 'cwd' | 'env'>
): {argv: string[]; defaults: ResolveDefaults} {
  const rest: string[] = []
  const defaults: ResolveDefaults = {env: io.env}
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index]
    if (flag === '--') {
      rest.push(...argv.slice(index))
      break
    }
    if (flag === '--resolve') defaults.resolve = true
    else if (flag === '--no-resolve') defaults.resolve = false
    else if (flag === '--offline') defaults.offline = true
    else if (flag === '--cache-dir' || flag.startsWith('--cache-dir=')) {
      const value = flag === '--cache-dir' ? argv[++index] : flag.slice('--cache-dir='.length)
      if (value === undefined || value === '' || value.startsWith('-')) throw new Error('`--cache-dir` needs a folder')
      defaults.cacheDir = path.resolve(io.cwd, value)
    } else {
      if (flag === '--verbose') defaults.verbose = true
      rest.push(flag)
    }
  }
  return {argv: rest, defaults}
}

/** `--max-lint-ms <ms>` or `--max-lint-ms=<ms>` taken out of `argv` (`0`: no budget). */
export function takeMaxLintMs(argv: string[]): {argv: string[]; maxLintMs: number | false | undefined} {
  const rest: string[] = []
  let maxLintMs: number | false | undefined
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]
    let value: string | undefined
    if (arg === '--max-lint-ms') {
      value = argv[++index]
      if (value === undefined) throw new Error('`--max-lint-ms` needs a number of milliseconds')
    } else if (arg.startsWith('--max-lint-ms=')) value = arg.slice('--max-lint-ms='.length)
    else {
      rest.push(arg)
      continue
    }
    const ms = value.trim() === '' ? Number.NaN : Number(value)
    if (!Number.isFinite(ms) || ms < 0)
      throw new Error('`--max-lint-ms` must be a number of milliseconds (0 for no budget), not `' + value + '`')
    maxLintMs = ms === 0 ? false : ms
  }
  return {argv: rest, maxLintMs}
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split('\n')[0]
}

function engineError(error: Error): string {
  const text = firstLine(error)
  if (text === 'No input') return 'no input: give files, folders or globs, or pipe text on standard input (see --help)'
  if (error instanceof ConfigError) return text
  return text
}

/** Exit codes on a signal: 128 + its number, as a shell reports a process it ended. */
const signalCodes = {SIGINT: 130, SIGTERM: 143} as const

/** Entry point of `bin/evidence-lint.js`. */
export async function main(): Promise<void> {
  // A reader that goes away early (`evidence-lint --help | head -c1`, a report piped into a
  // pager that is quit): stop writing to that stream, say so once on the other if it is still
  // open, and exit with the lint's own code. Nothing is lost but output the reader refused.
  let stdoutClosed = false
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (stdoutClosed) return
    stdoutClosed = true
    process.stderr.write(
      name + ': standard output was closed early (' + (error.code ?? 'error') + '): the rest of the output is dropped\n'
    )
  })
  // The report goes to standard error: when it is closed there is nowhere left to say so.
  process.stderr.on('error', () => {})

  // Ctrl-C or a SIGTERM: stop at once (files are linted one per turn of the event loop, so this
  // runs between two files), say so in one line, exit 128 + the signal's number. evidence-lint
  // never writes files, so there is nothing to undo.
  for (const signal of Object.keys(signalCodes) as Array<keyof typeof signalCodes>) {
    process.once(signal, () => {
      process.stderr.write(
        name + ': interrupted (' + signal + '): stopped before every file was linted; no report, no file changed\n'
      )
      process.exit(signalCodes[signal])
    })
  }

  try {
    process.exitCode = await run(process.argv.slice(2), {
      cwd: process.cwd(),
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env
    })
  } catch (error) {
    process.stderr.write(name + ': ' + firstLine(error) + '\n')
    process.exitCode = 1
  }
}
