/** The parts of citation-js that retext-evidence uses (the packages ship no types). */
declare module '@citation-js/core' {
  export interface CslName {
    family?: string | undefined
    given?: string | undefined
    literal?: string | undefined
  }
  export interface CslItem {
    id?: string | undefined
    type?: string | undefined
    title?: string | undefined
    'container-title'?: string | string[]
    'container-title-short'?: string
    author?: CslName[] | undefined
    issued?: {'date-parts'?: Array<Array<number | string>>; raw?: string; literal?: string} | undefined
    volume?: string | number | undefined
    issue?: string | number | undefined
    page?: string | undefined
    DOI?: string | undefined
    PMID?: string | undefined
    PMCID?: string | undefined
    URL?: string | undefined
    ISSN?: string | undefined
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
