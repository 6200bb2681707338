/**
 * A SARIF 2.1.0 reporter (for GitHub code scanning and other SARIF viewers), built with
 * node-sarif-builder. One run, tool `evidence-lint`; one result per message:
 *
 * - `ruleId`: the rule id for retext-evidence's rules (`unhedged-claim`), `source:ruleId`
 *   for anything else (`unified-message-control:known`), `evidence-lint:file` for file errors;
 * - `level`: `error` for fatal messages, `warning` for warnings, `note` for infos;
 * - the location: the file's path relative to the working folder (forward slashes), and the
 *   region in lines and UTF-16 columns, `endColumn` exclusive as in vfile (`columnKind`
 *   is `utf16CodeUnits`).
 */
import path from 'node:path'
import {SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder} from 'node-sarif-builder'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {packageInfo} from './package-info.js'

const presetSource = 'retext-evidence'

/** Short descriptions of the preset's rules, for `tool.driver.rules`. */
export const ruleDescriptions: Record<string, string> = {
  'unhedged-claim': 'A claim about what an intervention does is stated as settled fact, with no hedge and no source.',
  'unsourced-statistic': 'A statistic is given with no source a reader can follow.',
  'mismatched-attribution':
    'A finding is attributed to a kind of study that cannot show it ' +
    '(for example causation from an observational study).'
}

export interface SarifOptions {
  /** Folder that result paths are relative to (default: each file's `cwd`). */
  cwd?: string | undefined
  /** Only fatal messages. */
  silent?: boolean | undefined
}

/** The rule id a message gets in SARIF. */
export function sarifRuleId(message: VFileMessage): string {
  if (message.source === presetSource && message.ruleId) return message.ruleId
  if (message.ruleId) return (message.source ? message.source + ':' : '') + message.ruleId
  return 'evidence-lint:file'
}

function level(message: VFileMessage): 'error' | 'warning' | 'note' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note'
}

function uriOf(file: VFile, cwd: string | undefined): string {
  if (!file.path) return 'stdin'
  const absolute = path.resolve(file.cwd, file.path)
  const relative = path.relative(cwd ?? file.cwd, absolute)
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute
  return shown.split(path.sep).join('/').split('/').map(encodeURIComponent).join('/')
}

/** Build the SARIF log for a set of files. */
export function sarifLog(files: VFile[], options: SarifOptions = {}) {
  const info = packageInfo()
  const builder = new SarifBuilder({$schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0'})
  const run = new SarifRunBuilder({columnKind: 'utf16CodeUnits'}).initSimple({
    toolDriverName: 'evidence-lint',
    toolDriverVersion: info.version,
    url: info.homepage ?? 'https://github.com/retext-evidence/retext-evidence'
  })

  const rules = new Map<string, string | undefined>()
  for (const id of Object.keys(ruleDescriptions)) rules.set(id, undefined)
  const results: SarifResultBuilder[] = []

  for (const file of files) {
    for (const message of file.messages) {
      if (options.silent && message.fatal !== true) continue
      const ruleId = sarifRuleId(message)
      if (!rules.has(ruleId) || (message.url && !rules.get(ruleId))) rules.set(ruleId, message.url ?? rules.get(ruleId))
      const place = message.place && 'start' in message.place ? message.place : undefined
      const startLine = message.line ?? 1
      const startColumn = message.column ?? 1
      const endLine = place?.end.line ?? startLine
      const endColumn = place?.end.column ?? startColumn
      const result = new SarifResultBuilder().initSimple({
        level: level(message),
        messageText: message.reason,
        ruleId,
        fileUri: uriOf(file, options.cwd),
        startLine,
        startColumn,
        endLine: Math.max(endLine, startLine),
        endColumn: endLine > startLine ? Math.max(endColumn, 1) : Math.max(endColumn, startColumn)
      })
      results.push(result)
    }
  }

  for (const [id, url] of rules) {
    const description = ruleDescriptions[id] ?? 'Reported by ' + id.split(':')[0] + '.'
    const rule = new SarifRuleBuilder().initSimple({
      ruleId: id,
      shortDescriptionText: description,
      ...(url ? {helpUri: url} : {})
    })
    run.addRule(rule)
  }
  for (const result of results) run.addResult(result)
  builder.addRun(run)
  return builder.buildSarifOutput()
}

/** The reporter: `(files, options) => string`, as unified-engine calls it. */
export function reporterSarif(files: VFile[], options: SarifOptions = {}): string {
  return JSON.stringify(sarifLog(files, options), undefined, 2) + '\n'
}
