/**
 * The length of a Markdown footnote label, shared by every reader of one: the citations reader
 * (a reference `[^12]` in a sentence), the references reader (a definition `[^12]: ...` opening
 * an entry) and the document model (a reference just after a sentence, where a Markdown bridge
 * dropped it from the sentence's text). A reference counts as a source only if its definition
 * can be read, so all three use one limit.
 */

/**
 * A footnote's `[`, `^` and label together are shorter than this (`[^12]`, `[^smith-2019]`,
 * `[^survey-of-supplement-use-among-adults-2019]`): a longer `[^...]` is not read as a footnote.
 * GFM allows labels up to CommonMark's 999 characters; 60 leaves room for a descriptive label of
 * a few words while a bracket of prose that happens to start with `^` is left alone.
 */
export const footnoteLabelMaxChars = 60
