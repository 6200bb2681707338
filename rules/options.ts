/**
 * Rule options, declared once per rule and checked by one function.
 *
 * Each rule declares its options as ESLint declares `meta.schema` and `defaultOptions`: a
 * spec names every option, its kind and its default. `validateOptions` checks a user's value
 * against a spec; the rule calls it when it runs, and the preset (src/index.ts) calls it when
 * it is attached, so a bad option fails early with the same message either way.
 *
 * What every rule takes alike: `null`, `undefined`, a bare number (a severity that
 * unified-lint-rule passed on as options), or any value that is not a plain object mean the
 * defaults; an option set to `undefined` or `null` is unset; options a spec does not name are
 * left alone.
 */

/** The kinds of option value the rules take. */
export type OptionKind =
  /** `true` or `false`. */
  | 'boolean'
  /** A non-empty string. */
  | 'string'
  /** A non-empty `http:` or `https:` address. */
  | 'http-url'
  /** A finite number above zero. */
  | 'positive-number'
  /** A number strictly between 0 and 1 (a probability threshold). */
  | 'unit-interval'
  /** A list of strings. */
  | 'string-list'
  /** A path or a list of paths, read as a list. */
  | 'paths'

/** One option of a rule. */
export interface OptionSpec {
  kind: OptionKind
  /** What it does (the rule's docs page says more). */
  description: string
}

/** The options of one rule: their specs and the defaults the rule starts from. */
export interface RuleOptionsSpec<Options extends object> {
  /** The rule's id, for messages (`retext-evidence:<rule>: option ...`). */
  rule: string
  schema: {[Key in keyof Options & string]-?: OptionSpec}
  defaultOptions: Partial<Options>
}

/** How each kind is checked, and what it must be when it is wrong. */
const checks: Record<OptionKind, {valid: (value: unknown) => boolean; mustBe: string}> = {
  boolean: {valid: (value) => typeof value === 'boolean', mustBe: 'a boolean'},
  string: {valid: (value) => typeof value === 'string' && value !== '', mustBe: 'a non-empty string'},
  'http-url': {valid: (value) => typeof value === 'string' && /^https?:\/\//.test(value), mustBe: 'an http(s) address'},
  'positive-number': {
    valid: (value) => typeof value === 'number' && Number.isFinite(value) && value > 0,
    mustBe: 'a positive number'
  },
  'unit-interval': {
    valid: (value) => typeof value === 'number' && value > 0 && value < 1,
    mustBe: 'a number between 0 and 1'
  },
  'string-list': {
    valid: (value) => Array.isArray(value) && value.every((item) => typeof item === 'string'),
    mustBe: 'a list of strings'
  },
  paths: {
    valid: (value) =>
      typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string')),
    mustBe: 'a path or a list of paths'
  }
}

/**
 * Check `options` against `spec` and return the rule's settings: the defaults, with every
 * option the user set (`paths` read as a list). Throws on a value of the wrong kind, naming
 * the rule and the option.
 */
export function validateOptions<Options extends object>(spec: RuleOptionsSpec<Options>, options: unknown): Options {
  const out = {...spec.defaultOptions} as Record<string, unknown>
  if (options === null || options === undefined || typeof options !== 'object' || Array.isArray(options))
    return out as Options
  const given = options as Record<string, unknown>
  for (const [key, option] of Object.entries(spec.schema) as Array<[string, OptionSpec]>) {
    const value = given[key]
    if (value === undefined || value === null) continue
    if (option.kind === 'http-url' && !checks.string.valid(value)) fail(spec.rule, key, checks.string.mustBe)
    if (!checks[option.kind].valid(value)) fail(spec.rule, key, checks[option.kind].mustBe)
    out[key] = option.kind === 'paths' && typeof value === 'string' ? [value] : value
  }
  return out as Options
}

function fail(rule: string, key: string, mustBe: string): never {
  throw new Error(`retext-evidence:${rule}: option \`${key}\` must be ${mustBe}`)
}
