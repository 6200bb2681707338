/**
 * Points (line, column, offset) for offsets into `file.value`, from vfile-location,
 * computed once per file.
 */
import type {VFile} from 'vfile'
import type {Point, Position} from 'unist'
import {location} from 'vfile-location'

interface CachedLocation {
  value: string
  toPoint: (offset: number) => Point | undefined
}

function locator(file: VFile): CachedLocation {
  const data = file.data as {evidenceLocation?: CachedLocation}
  const value = String(file.value ?? '')
  if (data.evidenceLocation && data.evidenceLocation.value === value) return data.evidenceLocation
  const place = location(file)
  const cached = {value, toPoint: (offset: number) => place.toPoint(offset)}
  data.evidenceLocation = cached
  return cached
}

/** The position covering `[start, end)` of `file.value`. */
export function positionOf(file: VFile, start: number, end: number): Position {
  const {toPoint} = locator(file)
  const from = toPoint(start) ?? {line: 1, column: 1, offset: 0}
  const to = toPoint(end) ?? from
  return {start: from, end: to}
}
