/**
 * Where config files are found, for every face (CLI, `lint()`, language server): unified-engine
 * walks up from each linted file looking for `.evidencerc` (`.json`, `.yml`, `.yaml`, `.js`,
 * `.cjs`, `.mjs`) or the `evidence` field of a `package.json`; `.evidenceignore` lists files
 * to leave alone. What such a file may hold is checked by `configTransform` (validate.ts).
 */
import {configTransform, type EnginePreset} from './validate.js'

/** unified-engine's discovery options: the config file name, the package.json field, the
 * ignore file name. */
export const configDiscovery = {
  rcName: '.evidencerc',
  packageField: 'evidence',
  ignoreName: '.evidenceignore'
} as const

/** A unified-engine `configTransform` for a run in `cwd`: validates a found config and turns
 * it into the engine's preset (errors name the file relative to `cwd`). */
export function configTransformIn(cwd: string): (raw: unknown, filePath: string) => EnginePreset {
  return (raw, filePath) => configTransform(raw, filePath, cwd)
}
