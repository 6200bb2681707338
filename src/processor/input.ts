/**
 * Input that cannot be linted as prose gets one clear fatal message naming the file, instead of
 * a crash or a screen of nonsense findings: a binary file (NUL bytes), text that is not valid
 * UTF-8, and a file above the size limit (the English parser is slow on huge inputs, and a
 * Markdown parse of tens of megabytes takes gigabytes of memory).
 */
import fs from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'

/** Default size limit: 5 MiB (a Markdown file that size takes about a minute and over a gigabyte of
 * memory to lint on a small machine). */
export const defaultMaxSize = 5 * 1024 * 1024

export interface InputProblem {
  ruleId: 'too-large' | 'binary' | 'encoding' | 'too-complex'
  reason: string
}

/** How a file is named in messages: its path relative to the working folder, or `stdin`. */
export function displayName(file: VFile): string {
  if (!file.path) return 'stdin'
  return path.isAbsolute(file.path) ? path.relative(file.cwd, file.path) || file.path : file.path
}

/** An input the English parser cannot take: it overflowed the stack (a sentence or a word of more
 * than about 100,000 tokens, such as a megabyte of words without a full stop). */
export function tooComplex(file: VFile): InputProblem {
  return {
    ruleId: 'too-complex',
    reason:
      'Cannot lint `' +
      displayName(file) +
      '`: it holds a sentence or word too long for the English parser ' +
      '(about 100,000 tokens or more without a full stop); split it into sentences or paragraphs'
  }
}

/** An input that took longer than its time budget (`maxLintMs`) to parse and lint. */
export function tooSlow(file: VFile, ms: number): InputProblem {
  return {
    ruleId: 'too-complex',
    reason:
      'Cannot lint `' +
      displayName(file) +
      '`: it took longer than its time budget of ' +
      formatMs(ms) +
      ' (`maxLintMs`), so it was stopped; split it into smaller files, or raise `maxLintMs`'
  }
}

function formatMs(ms: number): string {
  return ms >= 1000 ? (ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1) + ' s' : Math.round(ms) + ' ms'
}

/** What is wrong with this input, if anything. */
export function inputProblem(doc: string, file: VFile, maxSize: number = defaultMaxSize): InputProblem | undefined {
  const name = displayName(file)
  // `doc.length` is at most the byte length: compute bytes only when it could matter.
  const bytes = doc.length * 3 > maxSize ? Buffer.byteLength(doc, 'utf8') : doc.length
  if (bytes > maxSize) {
    return {
      ruleId: 'too-large',
      reason:
        'Cannot lint `' +
        name +
        '`: it is ' +
        megabytes(bytes) +
        ', above the limit of ' +
        megabytes(maxSize) +
        ' (split the file, or raise `maxSize` in the config)'
    }
  }
  const nul = doc.indexOf('\u0000')
  if (nul !== -1) {
    return {
      ruleId: 'binary',
      reason: 'Cannot lint `' + name + '`: it looks like a binary file (NUL byte at character ' + nul + ')'
    }
  }
  if (doc.includes('\uFFFD')) {
    const invalid = invalidUtf8(file)
    if (invalid) {
      return {
        ruleId: 'encoding',
        reason:
          'Cannot lint `' +
          name +
          '`: it is not valid UTF-8 (byte ' +
          invalid.byte +
          ' on line ' +
          invalid.line +
          '); save it as UTF-8'
      }
    }
  }
  return undefined
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1) + ' MiB'
}

/** Where the file on disk stops being valid UTF-8 (the text read from it holds U+FFFD, which is
 * either written in the file or a replaced invalid sequence: only the bytes can tell). */
function invalidUtf8(file: VFile): {byte: number; line: number} | undefined {
  if (!file.path) return undefined
  let bytes: Uint8Array
  try {
    bytes = fs.readFileSync(path.resolve(file.cwd, file.path))
  } catch {
    return undefined
  }
  const at = firstInvalidUtf8(bytes)
  if (at === -1) return undefined
  let line = 1
  for (let i = 0; i < at; i++) if (bytes[i] === 10) line++
  return {byte: at, line}
}

/** The index of the first byte that does not belong to a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    let need: number
    let min: number
    if (b < 0x80) {
      i++
      continue
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      min = 0x800
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      min = 0x10000
    } else return i
    let code = b & (0xff >> (need + 2))
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      code = (code << 6) | (c & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}
