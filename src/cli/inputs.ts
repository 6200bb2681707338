/**
 * Turn unified-engine's messages about inputs into one line each that names the file (the
 * engine's own carry multi-line causes and stack traces), and report inputs that gave nothing
 * to lint: a folder with no file of the searched extensions, a glob that matches nothing.
 */
import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export const inputSource = 'evidence-lint'

function nameOf(file: VFile): string {
  if (!file.path) return 'stdin'
  return path.isAbsolute(file.path) ? path.relative(file.cwd, file.path) || file.path : file.path
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = []
  let current = error
  while (current && chain.length < 10) {
    chain.push(current)
    current =
      current instanceof Error || (typeof current === 'object' && current !== null && 'cause' in current)
        ? (current as {cause?: unknown}).cause
        : undefined
  }
  return chain
}

function firstLine(value: unknown): string {
  const text = value instanceof Error ? value.message : String(value)
  return text.split('\n')[0].trim().replace(/:$/, '')
}

/** What an operating-system error means for the file, without the absolute path it names. */
const systemErrors: Record<string, string> = {
  EACCES: 'permission denied: it cannot be read',
  EPERM: 'permission denied: it cannot be read',
  ENOENT: 'it no longer exists (deleted or moved after the run started)',
  ENOTDIR: 'it no longer exists (a folder on its path was replaced after the run started)',
  EISDIR: 'it is a folder, not a file',
  ELOOP: 'too many levels of symbolic links (a link loop)',
  EIO: 'the disk could not read it (input/output error)',
  EMFILE: 'too many files open at once',
  ENFILE: 'too many files open at once'
}

function systemError(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as {code?: unknown}).code : undefined
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return undefined
  const text = systemErrors[code]
  return text ? text + ' (' + code + ')' : undefined
}

/** Rewrite the engine's messages about a file as one line naming it. */
export function normalizeMessage(file: VFile, message: VFileMessage): void {
  const name = nameOf(file)
  let reason: string | undefined
  let ruleId: string | undefined
  if (message.reason === 'No such file or folder') {
    reason = 'Cannot lint `' + name + '`: no such file or folder'
    ruleId = 'missing'
  } else if (/^Cannot process specified file: it.s ignored$/.test(message.reason)) {
    reason =
      'Cannot lint `' +
      name +
      '`: it is ignored (by `.evidenceignore` or `--ignore-pattern`); pass `--silently-ignore` to skip it quietly'
    ruleId = 'ignored'
  } else if (message.reason === 'Cannot process file' || (message.fatal && !message.source && message.cause)) {
    const chain = causes(message.cause).slice(message.reason === 'Cannot process file' ? 0 : 1)
    const config = chain
      .map(firstLine)
      .map((text) => /^Cannot parse file `(.+)`$/.exec(text)?.[1])
      .find(Boolean)
    const last = chain.length > 0 ? chain[chain.length - 1] : undefined
    const inner = last === undefined ? message.reason : firstLine(last)
    if (/^Invalid config /.test(inner)) reason = 'Cannot lint `' + name + '`: i' + inner.slice(1)
    else if (config) reason = 'Cannot lint `' + name + '`: invalid config `' + config + '`: ' + inner
    else reason = 'Cannot lint `' + name + '`: ' + (systemError(last) ?? inner)
    ruleId = config || /^Invalid config /.test(inner) ? 'config' : 'file'
  }
  if (reason) {
    message.reason = reason
    message.message = reason
    message.ruleId = ruleId
    message.source = inputSource
    message.cause = undefined
    message.stack = ''
  }
}

export interface InputCheck {
  cwd: string
  /** The paths and globs given on the command line. */
  inputs: string[]
  /** Extensions searched in folders, without dots. */
  extensions: string[]
}

/** Files with a fatal message for each given folder or glob that yielded no file to lint. */
export function emptyInputs(check: InputCheck, files: VFile[]): VFile[] {
  const found = files.filter((file) => file.path).map((file) => path.resolve(file.cwd, file.path))
  const result: VFile[] = []
  const looked = check.extensions.map((extension) => '.' + extension).join(', ')
  for (const input of check.inputs) {
    const absolute = path.resolve(check.cwd, input)
    let stats: fs.Stats | undefined
    try {
      stats = fs.statSync(absolute)
    } catch {
      stats = undefined
    }
    let reason: string | undefined
    if (stats?.isDirectory()) {
      const prefix = absolute.endsWith(path.sep) ? absolute : absolute + path.sep
      if (!found.some((file) => file.startsWith(prefix))) {
        reason =
          'Cannot lint `' +
          input +
          '`: no files to lint in this folder (looked for ' +
          looked +
          ', skipping ignored files)'
      }
    } else if (!stats && /[*?[\]{}!]/.test(input) && found.length === 0) {
      reason = 'Cannot lint `' + input + '`: no files match this glob'
    }
    if (reason) {
      const file = new VFile({path: input, cwd: check.cwd})
      const message = file.message(reason, {ruleId: 'no-files', source: inputSource})
      message.fatal = true
      result.push(file)
    }
  }
  return result
}
