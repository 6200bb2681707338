/** The parts of citation-js that retext-evidence uses (the packages ship no types). */
declare module '@citation-js/core' {
  export interface CslName {
    family?: string
    given?: string
    literal?: string
  }
  export interface CslItem {
    id?: string
    type?: string
    title?: string
    'container-title'?: string | string[]
    'container-title-short'?: string
    author?: CslName[]
    issued?: {'date-parts'?: Array<Array<number | string>>; raw?: string; literal?: string}
    volume?: string | number
    issue?: string | number
    page?: string
    DOI?: string
    PMID?: string
    PMCID?: string
    URL?: string
    ISSN?: string
    [key: string]: unknown
  }
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>)
    data: CslItem[]
  }
  const core: {Cite: typeof Cite}
  export default core
}
declare module '@citation-js/plugin-bibtex'
