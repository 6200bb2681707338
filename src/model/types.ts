/**
 * The document model: what retext-evidence knows about a document after one analysis.
 *
 * Every rule reads this model (see `getModel` in `./index.ts`); nothing in it is computed
 * twice. Offsets are UTF-16 offsets into `file.value` (the source text the user wrote,
 * Markdown or HTML included), so a message placed from them points at the right characters
 * whether the preset runs in a plain retext pipeline or behind remark-retext/rehype-retext.
 */
import type {Node as NlcstNode} from 'nlcst'

/** The kind of an nlcst token, flattened out of its sentence. */
export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'whitespace' | 'source'

/** One token of a sentence: a word, a punctuation mark, a symbol, white space or a source. */
export interface Token {
  kind: TokenKind
  /** The token's text as nlcst has it (for words: the word's text, inner punctuation included). */
  value: string
  /** `value` lower-cased, with curly apostrophes made straight. */
  lower: string
  /** Start offset in `file.value`. */
  start: number
  /** End offset in `file.value`. */
  end: number
  /** The nlcst node the token came from. */
  node: NlcstNode
}

/** A run of tokens `[start, end)` (indices into `Sentence.tokens`) and its offsets. */
export interface Span {
  /** Index of the first token. */
  from: number
  /** Index after the last token. */
  to: number
  /** Start offset in `file.value`. */
  start: number
  /** End offset in `file.value`. */
  end: number
}

/** A lexicon entry found in a sentence. */
export interface LexiconMatch extends Span {
  /** The entry as written in the lexicon (lower case). */
  phrase: string
  /** The class of the entry (for example `modal`, `epistemic-verb`; see the lexicons). */
  category: string
}

/** What a sentence is, for the purposes of linting prose. Only `prose` carries claims. `image` is the whole alt
 * text of a Markdown image (`![A jar of balm on a counter](jar.jpg)`): a description of a picture. */
export type SentenceKind =
  | 'prose'
  | 'heading'
  | 'navigation'
  | 'reference'
  | 'disclaimer'
  | 'question'
  | 'instruction'
  | 'code'
  | 'metadata'
  | 'image'

/** The kinds of source a sentence can carry (see docs/sources.md). */
export type SourceKind =
  | 'bracket-number'
  | 'parenthetical-number'
  | 'superscript'
  | 'footnote'
  | 'author-year'
  | 'journal-year'
  | 'link'
  | 'url'
  | 'doi'
  | 'pmid'
  | 'named-attribution'
  /** "according to <name>", for a name in the preset's `sources` option. */
  | 'named-body'

/** A source found in or attached to a sentence. */
export interface Source {
  kind: SourceKind
  /** Start offset in `file.value`. */
  start: number
  /** End offset in `file.value`. */
  end: number
  /** The source as written (`[3]`, `(Smith et al., 2019)`, the URL of a link, ...). */
  value: string
  /** True when the citation stood after the sentence's full stop and the parser put it at
   * the start of the next sentence. */
  trailing?: boolean | undefined
}

/** An effect predicate (`reduces`, `is effective`, `promotes`, `best for`) and its agent. */
export interface Effect extends Span {
  /** The effect words as written in the source. */
  text: string
  /** The lexicon entry that matched. */
  phrase: string
  /** How the effect is stated: finite verb, participle, predicate adjective, ..., or a
   * fragment (an item of a list of outcomes: `- Improved focus`). */
  form: 'finite' | 'participle' | 'infinitive' | 'predicate' | 'noun' | 'fragment'
  /** The agent's words (empty for a list fragment whose agent is its label or the topic). */
  agent: string
  /** Whether the agent is (or stands for) an intervention. */
  intervention: boolean
  /** Hedges that govern this effect. In a clause segment of more than 256 hedges (one sentence of thousands of
   * hedged clauses), a sample of them: of each kind, the first and last 32 (empty exactly when all of them would be;
   * see `sampledHedges` in `./claims.ts`). */
  hedges: LexiconMatch[]
  /** Negations that govern this effect. */
  negated: boolean
}

/** One sentence of the document with everything the rules need to know about it. */
export interface Sentence {
  /** Position in `DocumentModel.sentences`. */
  index: number
  /** Start offset in `file.value`. */
  start: number
  /** End offset in `file.value`. */
  end: number
  /** The sentence's text as nlcst has it (tokens joined; link URLs and markup left out). */
  text: string
  /** The sentence's tokens, white space included, leading and trailing white space excluded. */
  tokens: Token[]
  /** What the sentence is; only `prose` sentences carry claims. */
  kind: SentenceKind
  /** True when the sentence is (the start of) a list item. */
  listItem: boolean
  /** Token index after a leading label such as `High absorption:` (0 when there is none). */
  labelEnd: number
  /** The index of the paragraph (nlcst ParagraphNode) the sentence belongs to. */
  paragraph: number
  /** Sources in or attached to the sentence. */
  sources: Source[]
  /** Hedges anywhere in the sentence. */
  hedges: LexiconMatch[]
  /** Boosters anywhere in the sentence. */
  boosters: LexiconMatch[]
  /** Negations anywhere in the sentence. */
  negations: LexiconMatch[]
  /** Vague attributions (`studies show`): not sources. */
  vagueAttributions: LexiconMatch[]
  /** Effect predicates with their agents. */
  effects: Effect[]
}

/** The formats the source text can be in. */
export type SourceFormat = 'text' | 'markdown' | 'html'

/** A region of `file.value` (a reference section, a table, code, front matter). */
export interface Region {
  start: number
  end: number
  /** 1-based line of `start`. */
  line: number
}

/** The analysis of one document, computed once and shared by all rules. */
export interface DocumentModel {
  /** The source text (`file.value` as a string). */
  value: string
  /** The format the source text was recognised as. */
  format: SourceFormat
  /** Every sentence, in document order. */
  sentences: Sentence[]
  /** Reference sections (References, Sources, Bibliography, ...), heading included. */
  referenceSections: Region[]
  /** The intervention the document is mostly about (its most frequent cue), if any. */
  topic: string | undefined
  /** The sentence at an offset, if any (binary search). */
  sentenceAt(offset: number): Sentence | undefined
}
