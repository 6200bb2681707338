/**
 * Number words and month names, one list each for every reader (statistics, numerals, counts
 * of people and studies, reference entries): until issue 18 the statistics and attribution
 * readers each kept their own.
 */

/**
 * Number words and their values. Tens and units combine (`twenty-five`); scale words
 * multiply (`two hundred`, `1.2 million`).
 */
export const numberWords: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12
}

/** Month names and abbreviations: a number next to one is a date (`4 May 2022`), and a
 * reference entry's date may carry one (`2019 Mar;11(3):1`). */
export const monthNames: ReadonlySet<string> = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec'
])

/** Dashes of a numeric range (`10-20`, `10–20`, `10—20`): hyphen-minus, en dash, em dash,
 * minus sign. The numeral reader and the statistics reader read the same ones. */
export const rangeDashes: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014', '\u2212'])
