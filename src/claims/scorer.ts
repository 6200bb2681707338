/**
 * The claim scorer: a logistic model over the features of `./features.ts`, trained by
 * `npm run train` (scripts/train.mjs) on the labelled development documents. It holds
 * weights, not text: each feature name is hashed into one of `dims` slots.
 *
 * `EVIDENCE_CLAIM_MODEL` may name a JSON file of the same shape as `../data/claim-model.ts`
 * (scripts/train.mjs writes one per fold when it cross-validates); the shipped weights are
 * used otherwise; `off` turns the scorer off (the rules alone decide), for evaluation.
 * `EVIDENCE_CLAIM_THRESHOLD=trained` runs it at its trained threshold instead of its default one
 * (rules/unhedged-claim/index.ts), as `scorer: true` does.
 */
import fs from 'node:fs'
import {claimModel as shipped} from '../data/claim-model.js'

/** A trained model: hashed weights and the decision threshold. */
export interface ClaimModel {
  /** How many hash slots. */
  dims: number
  /** Probability at or above which a sentence is a claim when the scorer is asked for (`scorer: true`): the best
   * F1, cross-validated by document. */
  threshold: number
  /** The threshold the scorer runs at by default: the lowest at which, cross-validated by document, the labelled
   * articles score at least as well as with the rules alone (1: off). Absent in older model files (then off). */
  conservative?: number | undefined
  /** Slots with a non-zero weight, ascending. */
  indices: number[]
  /** Their weights. */
  values: number[]
}

/** FNV-1a hash of a feature name into `dims` slots. */
export function slot(name: string, dims: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0) % dims
}

interface Loaded {
  model: ClaimModel
  weights: Float64Array
}

let loaded: Loaded | undefined

function load(): Loaded {
  if (loaded) return loaded
  const override = process.env.EVIDENCE_CLAIM_MODEL
  const model: ClaimModel =
    override && override !== 'off' ? (JSON.parse(fs.readFileSync(override, 'utf8')) as ClaimModel) : shipped
  const weights = new Float64Array(model.dims)
  for (let i = 0; i < model.indices.length; i++) weights[model.indices[i]] = model.values[i]
  loaded = {model, weights}
  return loaded
}

/** The probability that a sentence with these features states an unhedged claim. */
export function claimProbability(features: string[]): number {
  const {model, weights} = load()
  let sum = 0
  for (const name of features) sum += weights[slot(name, model.dims)]
  return 1 / (1 + Math.exp(-sum))
}

/** The threshold the shipped (or overriding) model was tuned to. */
export function claimThreshold(): number {
  return load().model.threshold
}

/** The threshold the scorer runs at by default; Infinity (off) when the model names none or none below 1. */
export function defaultClaimThreshold(): number {
  const value = load().model.conservative
  return value !== undefined && value < 1 ? value : Infinity
}
