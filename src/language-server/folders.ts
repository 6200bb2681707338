/**
 * Which folder a document is linted from. unified-language-server lints a document only when
 * it lies in a workspace folder or, when the editor gives none, under a `package.json` or
 * `.git`; anything else (a writer's folder of articles opened on its own) got no diagnostics
 * and no word why. The proxy keeps the list of folders here and, for a `file:` document outside
 * all of them, adds one to the worker (`workspace/didChangeWorkspaceFolders`) before opening
 * it: the nearest folder above it with a `package.json` or `.git` (what the worker would have
 * used), else the document's own folder. Configs are still searched upward from the document,
 * so with none it is linted with the defaults.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export interface AddedFolder {
  uri: string
  name: string
  /** `project`: a `package.json` or `.git` is in it; `alone`: the document's own folder. */
  kind: 'project' | 'alone'
}

export class DocumentFolders {
  /** Folder URIs without a final slash. */
  private readonly folders: string[] = []

  /** The editor's folders, from `initialize`'s `workspaceFolders` (or `rootUri`). */
  constructor(params: Record<string, unknown> | undefined) {
    const given = Array.isArray(params?.workspaceFolders) ? (params.workspaceFolders as Array<{uri?: unknown}>) : []
    for (const folder of given) if (typeof folder?.uri === 'string') this.folders.push(folder.uri.replace(/\/$/, ''))
    if (this.folders.length === 0 && typeof params?.rootUri === 'string')
      this.folders.push(params.rootUri.replace(/\/$/, ''))
  }

  /** The folder to add for a document outside every known one (and remember it), or nothing. */
  add(uri: string): AddedFolder | undefined {
    if (!uri.startsWith('file:') || this.folders.some((folder) => uri.startsWith(folder + '/'))) return undefined
    let directory: string
    try {
      directory = path.dirname(fileURLToPath(uri))
    } catch {
      return undefined
    }
    // Levels up from the document's folder to the nearest one with package.json or .git.
    let levels = 0
    let found = false
    for (let current = directory; ; levels++) {
      if (fs.existsSync(path.join(current, 'package.json')) || fs.existsSync(path.join(current, '.git'))) {
        found = true
        break
      }
      const parent = path.dirname(current)
      if (parent === current) break
      current = parent
    }
    if (!found) levels = 0
    // Cut the document's own URI, so the folder is spelled (encoded) as the editor spells it.
    let folder = uri.slice(0, uri.lastIndexOf('/'))
    for (let index = 0; index < levels; index++) folder = folder.slice(0, folder.lastIndexOf('/'))
    this.folders.push(folder)
    return {uri: folder, name: path.basename(fileURLToPath(folder + '/')) || folder, kind: found ? 'project' : 'alone'}
  }
}
