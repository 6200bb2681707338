/**
 * Which documents the language server lints: files (`file:` URLs) that are Markdown, MDX, HTML
 * or plain text, by extension or by the editor's language id. Config files are never linted
 * as prose (their problems are shown on them instead), nor are other languages an editor may
 * send to every server (JSON, code), nor unsaved buffers without a path (`untitled:`), which
 * have no folder to find a config in.
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {defaultExtensions} from '../processor.js'

/** Language ids (as editors name them) of the documents the server lints. */
export const lintedLanguages: ReadonlySet<string> = new Set(['markdown', 'mdx', 'html', 'plaintext', 'text', 'txt'])

const lintedExtensions: ReadonlySet<string> = new Set(defaultExtensions.map((extension) => '.' + extension))

const configName = /^(?:\.evidencerc(?:\.(?:json|ya?ml|c?js|mjs))?|package\.json|\.evidenceignore)$/

/** Whether a file name is one of the config or ignore files the server reads. */
export function isConfigFile(filePath: string): boolean {
  return configName.test(path.basename(filePath))
}

/** Whether to lint the document at `uri` with language `languageId`. */
export function isLinted(uri: string, languageId: string): boolean {
  if (!uri.startsWith('file:')) return false
  let filePath: string
  try {
    filePath = fileURLToPath(uri)
  } catch {
    return false
  }
  if (isConfigFile(filePath)) return false
  return lintedExtensions.has(path.extname(filePath).toLowerCase()) || lintedLanguages.has(languageId.toLowerCase())
}
