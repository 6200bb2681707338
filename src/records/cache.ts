/**
 * The disk cache of records: one JSON file per identifier under `<cacheDir>/records/`, named by
 * a hash of its key, holding when it was saved and the record (or that the identifier was not
 * found). Entries older than the age limit are ignored; "not found" is kept at most a day.
 * A cache that cannot be read or written is no cache: nothing fails because of it.
 */
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type {StudyRecord} from './types.js'

export const defaultMaxAge = 30 * 24 * 60 * 60 * 1000
const notFoundMaxAge = 24 * 60 * 60 * 1000

export interface CacheEntry {
  key: string
  savedAt: number
  record?: StudyRecord | undefined
  notFound?: boolean | undefined
}

/** The default cache folder: `$XDG_CACHE_HOME/retext-evidence`, else the platform's cache folder. */
export function defaultCacheDir(
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform
): string {
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, 'retext-evidence')
  const home = env.HOME || os.homedir()
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'retext-evidence')
  if (platform === 'win32')
    return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'retext-evidence', 'Cache')
  return path.join(home, '.cache', 'retext-evidence')
}

export class RecordCache {
  readonly dir: string
  private readonly maxAge: number

  constructor(dir: string, maxAge = defaultMaxAge) {
    this.dir = path.join(dir, 'records')
    this.maxAge = maxAge
  }

  fileOf(key: string): string {
    return path.join(this.dir, crypto.createHash('sha256').update(key).digest('hex').slice(0, 40) + '.json')
  }

  /** A fresh entry for `key`, if any. */
  async get(key: string, now = Date.now()): Promise<CacheEntry | undefined> {
    let entry: CacheEntry
    try {
      entry = JSON.parse(await fs.readFile(this.fileOf(key), 'utf8')) as CacheEntry
    } catch {
      return undefined
    }
    if (!entry || entry.key !== key || typeof entry.savedAt !== 'number') return undefined
    const limit = entry.notFound ? Math.min(this.maxAge, notFoundMaxAge) : this.maxAge
    if (now - entry.savedAt > limit || entry.savedAt > now + 60_000) return undefined
    if (!entry.notFound && (!entry.record || typeof entry.record !== 'object')) return undefined
    return entry
  }

  async set(key: string, value: {record?: StudyRecord; notFound?: boolean}, now = Date.now()): Promise<void> {
    const file = this.fileOf(key)
    const entry: CacheEntry = {key, savedAt: now, ...value}
    try {
      await fs.mkdir(this.dir, {recursive: true})
      const temporary = file + '.' + process.pid + '.' + crypto.randomBytes(4).toString('hex') + '.tmp'
      await fs.writeFile(temporary, JSON.stringify(entry))
      await fs.rename(temporary, file)
    } catch {
      // A cache that cannot be written is no cache.
    }
  }
}
