/**
 * The package's own `package.json` (name, version, homepage), found by walking up from this
 * module: the same code runs from `src/` in tests and from `dist/src/` when installed.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export interface PackageInfo {
  name: string
  version: string
  homepage?: string | undefined
}

let cached: PackageInfo | undefined

export function packageInfo(): PackageInfo {
  if (cached) return cached
  let folder = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = path.join(folder, 'package.json')
    if (fs.existsSync(candidate)) {
      const data = JSON.parse(fs.readFileSync(candidate, 'utf8')) as Partial<PackageInfo>
      if (data.name === 'retext-evidence') {
        cached = {name: data.name, version: data.version ?? '0.0.0', homepage: data.homepage}
        return cached
      }
    }
    const parent = path.dirname(folder)
    if (parent === folder) break
    folder = parent
  }
  cached = {name: 'retext-evidence', version: '0.0.0'}
  return cached
}
