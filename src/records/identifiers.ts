/**
 * Identifiers a sentence points to: DOIs, PMIDs and PMCIDs read from its links, URLs and
 * written identifiers (the scanners are those of `../text/identifiers.ts`), normalised so that
 * one work has one key.
 */
import {doiInUrl, findIdentifiers, pmcidInUrl, pmidInUrl} from '../text/identifiers.js'
import type {Identifier, IdentifierKind} from './types.js'

/** An identifier from its kind and written value, or `undefined` when the value is not one. */
export function identifier(kind: IdentifierKind, written: string): Identifier | undefined {
  let value = written.trim()
  if (kind === 'doi') {
    // DOIs are case-insensitive (ASCII); keep the written case for the request.
    if (!value.startsWith('10.') || !value.includes('/')) return undefined
    try {
      value = decodeURIComponent(value)
    } catch {
      // Keep the value as written.
    }
    return {kind, value, key: 'doi:' + value.toLowerCase()}
  }
  if (kind === 'pmid') {
    if (!/^\d{1,9}$/.test(value)) return undefined
    value = String(Number(value))
    return {kind, value, key: 'pmid:' + value}
  }
  const digits = value.toUpperCase().startsWith('PMC') ? value.slice(3) : value
  if (!/^\d{1,10}$/.test(digits)) return undefined
  value = 'PMC' + String(Number(digits))
  return {kind, value, key: 'pmcid:' + value}
}

/** The identifiers a source (a link's URL, a URL, a written DOI or PMID) carries, first the most specific. */
export function identifiersIn(text: string): Identifier[] {
  const out: Identifier[] = []
  const add = (id: Identifier | undefined) => {
    if (id && !out.some((o) => o.key === id.key)) out.push(id)
  }
  const doi = doiInUrl(text)
  const pmid = pmidInUrl(text)
  const pmcid = pmcidInUrl(text)
  if (doi) add(identifier('doi', doi))
  if (pmid) add(identifier('pmid', pmid))
  if (pmcid) add(identifier('pmcid', pmcid))
  if (out.length === 0)
    for (const found of findIdentifiers(text)) if (found.kind !== 'url') add(identifier(found.kind, found.value))
  return out
}
