/**
 * The journals table (src/data/journals.ts) and its lookups: names and abbreviations, ISSNs,
 * DOI prefixes, publisher URL forms, Elsevier PIIs and volume-to-year rules.
 */
import {describe, expect, it} from 'vitest'
import {journals} from '../src/data/journals.js'
import {
  journalByDoi,
  journalByIssn,
  journalByName,
  journalByUrl,
  readPii,
  yearOfVolume
} from '../src/readers/journals.js'

function issnValid(issn: string): boolean {
  const d = issn.replace('-', '')
  let sum = 0
  for (let k = 0; k < 7; k++) sum += Number(d[k]) * (8 - k)
  const check = (11 - (sum % 11)) % 11
  return d[7] === (check === 10 ? 'X' : String(check))
}

describe('the journals table', () => {
  it('has at least 150 journals, each ISSN well formed with a valid check digit and listed once', () => {
    expect(journals.length).toBeGreaterThanOrEqual(150)
    const seen = new Set<string>()
    for (const j of journals) {
      for (const issn of j.issn) {
        expect(issn, j.name).toMatch(/^\d{4}-\d{3}[\dX]$/)
        expect(issnValid(issn), `${j.name} ${issn}`).toBe(true)
        expect(seen.has(issn), issn).toBe(false)
        seen.add(issn)
      }
      for (const prefix of j.doi ?? []) expect(prefix, j.name).toMatch(/^10\.\d{4,9}\/[a-z0-9.-]+\*?$/)
    }
  })

  it('finds journals by name and abbreviation', () => {
    expect(journalByName('Am J Clin Nutr')?.name).toBe('The American Journal of Clinical Nutrition')
    expect(journalByName('N Engl J Med')?.name).toBe('The New England Journal of Medicine')
    expect(journalByName('the Lancet')?.name).toBe('The Lancet')
    expect(journalByName('BJSM')?.name).toBe('British Journal of Sports Medicine')
    expect(journalByName('Proc Natl Acad Sci U S A')?.name).toMatch(/^Proceedings of the National Academy/)
    expect(journalByName('Nutrients (Basel)')?.name).toBe('Nutrients')
    expect(journalByName('Journal of Imaginary Results')).toBeUndefined()
  })

  it('finds journals by ISSN, DOI prefix and PII', () => {
    expect(journalByIssn('2072-6643')?.name).toBe('Nutrients')
    expect(journalByIssn('24054577')?.name).toBe('Clinical Nutrition ESPEN')
    expect(journalByDoi('10.3390/nu13020463')?.journal.name).toBe('Nutrients')
    expect(journalByDoi('10.1136/bmj.i5796')?.journal.name).toBe('BMJ')
    expect(journalByDoi('10.1136/bmjopen-2017-013739')?.journal.name).toBe('BMJ Open')
    expect(journalByDoi('10.1001/jamainternmed.2019.1234')?.journal.name).toBe('JAMA Internal Medicine')
    expect(journalByDoi('10.1001/jama.2019.1234')?.journal.name).toBe('JAMA')
    expect(journalByDoi('10.1056/NEJMoa1812792')?.journal.name).toBe('The New England Journal of Medicine')
    expect(journalByDoi('10.1080/10408398.2017.1234567')?.journal.name).toBe(
      'Critical Reviews in Food Science and Nutrition'
    )
    expect(journalByDoi('10.1016/S0140-6736(17)32252-3')).toMatchObject({
      journal: {name: 'The Lancet'},
      year: 2017,
      yearApproximate: true
    })
    expect(journalByDoi('10.9999/unknown.1')).toBeUndefined()
    expect(readPii('S0896627309010447')).toMatchObject({journal: {name: 'Neuron'}, year: 2009})
  })

  it('finds journals by publisher URL forms, with the year a volume stands for', () => {
    expect(journalByUrl('https://www.mdpi.com/2072-6643/13/2/463')).toMatchObject({
      journal: {name: 'Nutrients'},
      volume: 13,
      issue: '2',
      year: 2021
    })
    expect(journalByUrl('https://www.mdpi.com/1420-3049/25/19/4553')).toMatchObject({
      journal: {name: 'Molecules'},
      volume: 25,
      year: 2020
    })
    expect(journalByUrl('http://bjsm.bmj.com/content/bjsports/51/15/1111.full.pdf')?.journal.name).toBe(
      'British Journal of Sports Medicine'
    )
    expect(journalByUrl('https://academic.oup.com/jncics/article/8/1/pkad104/7468128')).toMatchObject({
      journal: {name: 'JNCI Cancer Spectrum'},
      volume: 8,
      year: 2024
    })
    expect(journalByUrl('https://www.sciencedirect.com/science/article/abs/pii/S1568163719301035')).toMatchObject({
      journal: {name: 'Ageing Research Reviews'},
      year: 2019
    })
    expect(journalByUrl('https://www.nature.com/articles/s41598-019-45678-9')?.journal.name).toBe('Scientific Reports')
    expect(journalByUrl('https://pubmed.ncbi.nlm.nih.gov/28445426/')).toBeUndefined()
  })

  it('applies volume-to-year rules only where a journal has one', () => {
    expect(yearOfVolume(journalByName('Nutrients')!, 9)).toBe(2017)
    expect(yearOfVolume(journalByName('PLoS One')!, 12)).toBe(2017)
    expect(yearOfVolume(journalByName('BMJ')!, 353)).toBeUndefined()
  })
})
