/**
 * Finding and loading the copies of third-party code that a runtime patch changes
 * (`micromark-patch.ts`, `parse-latin-patch.ts`). A copy is found by resolving package names as
 * Node resolves them from the package that uses them (remark-parse's micromark, remark-retext's
 * parse-latin), and its files are loaded by URL, so the module objects are those the parsers
 * load. A copy that is not found, not loadable or not of the shape a patch expects is skipped:
 * it runs unpatched (slower on some inputs, the same results), and loading never throws.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'

/** The file `id` resolves to from `from` (a file's path or URL), or undefined. */
export function resolveFrom(from: string, id: string): string | undefined {
  try {
    return createRequire(from).resolve(id)
  } catch {
    return undefined
  }
}

/** The file the last of `ids` resolves to, each resolved from the file of the one before (the
 * first from `from`): `resolveChain(here, 'remark-parse', 'mdast-util-from-markdown')` is the
 * mdast-util-from-markdown that remark-parse loads. Undefined if any is not found. */
export function resolveChain(from: string, ...ids: string[]): string | undefined {
  let file: string | undefined = from
  for (const id of ids) {
    if (file === undefined) return undefined
    file = resolveFrom(file, id)
  }
  return file
}

/** The folder of package `name` that holds `file` (the nearest folder above it whose
 * `package.json` names it), or undefined. */
export function packageRoot(file: string | undefined, name: string): string | undefined {
  if (file === undefined) return undefined
  let dir = path.dirname(file)
  for (;;) {
    try {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as {name?: unknown}
      if (manifest.name === name) return dir
    } catch {
      // No manifest here (or not JSON): look further up.
    }
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

/** The module at `file` (a path), or an empty object when it is absent or fails to load. */
export async function importIfPresent<T>(file: string): Promise<Partial<T>> {
  try {
    if (!fs.existsSync(file)) return {}
    return ((await import(pathToFileURL(file).href)) ?? {}) as Partial<T>
  } catch {
    return {}
  }
}

/** Run one patch's step; a failure leaves what it would have patched as it was (unpatched). */
export async function attempt(step: () => unknown): Promise<void> {
  try {
    await step()
  } catch {
    // Not of the shape expected (or frozen): that copy runs unpatched (same results).
  }
}
