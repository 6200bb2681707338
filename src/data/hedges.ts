/**
 * Hedges: wording that marks a claim as uncertain or partial (docs/definitions.md, "Hedge").
 *
 * Entries are lower-case phrases matched word by word against a sentence's words
 * (`*` matches any one word). A hedge only counts when it governs the effect: the rules
 * look for it in the same clause (see `src/model/claims.ts`).
 *
 * Deliberately NOT here: *helps*, *supports*, *typically*, *often*, *generally* — the
 * definitions say "magnesium helps regulate cortisol" is still an unhedged claim.
 */
/**
 * Wording that reports an association, not an effect (`associated with`, `a link between`,
 * `predicts`). One list for two rules: a hedge of unhedged-claim (`hedges.correlational`
 * below) and correlational framing for mismatched-attribution (`correlationalPhrases` in
 * src/data/attribution-words.ts, which adds the wording of risk and odds).
 */
export const associationPhrases: readonly string[] = [
  'associated with',
  'association with',
  'association between',
  'associations between',
  'linked to',
  'linked with',
  'link between',
  'links between',
  'tied to',
  'connected to',
  'connection between',
  'correlated with',
  'correlation with',
  'correlation between',
  'related to',
  'relationship between',
  'in relation to',
  'corresponds to',
  'predicts',
  'predicted',
  'predictor of'
]

export const hedges: Record<string, string[]> = {
  /** Modal verbs. *can* counts ("can enhance its calming effects" is hedged). */
  modal: ['may', 'might', 'could', 'can', 'may also', 'might also', 'could also', 'would', 'may not', 'ought to'],
  /** Epistemic verbs: the writer reports an inference, not a fact. */
  'epistemic-verb': [
    'suggest',
    'suggests',
    'suggested',
    'suggesting',
    'indicate',
    'indicates',
    'indicated',
    'indicating',
    'appear',
    'appears',
    'appeared',
    'appearing',
    'seem',
    'seems',
    'seemed',
    'seeming',
    'hint',
    'hints',
    'hinted',
    'hinting',
    'imply',
    'implies',
    'implied',
    'propose',
    'proposes',
    'proposed',
    'hypothesize',
    'hypothesizes',
    'hypothesized',
    'hypothesise',
    'hypothesises',
    'hypothesised',
    'speculate',
    'speculates',
    'speculated',
    'believe',
    'believes',
    'believed',
    'think',
    'thinks',
    // (the rest of WordNet's synset of opinion with think and believe: `expect, believe, think,
    // suppose, imagine, reckon, guess`; imagine, expect and guess are left out, they also instruct)
    'reckon',
    'reckons',
    'reckoned',
    'suppose',
    'supposes',
    'thought to',
    'theorize',
    'theorizes',
    'theorise',
    'theorises',
    // distancing: the writer reports someone's claim without making it (`The company claims
    // its tea melts fat`), as `allegedly` and `reportedly` do
    'claims',
    'claimed',
    'claim that',
    // (the rest of the verb's forms: `gummies claim to melt away stress`, `a card claiming the copper draws it out`)
    'claim to',
    'claiming',
    // WordNet's verb of advertising (advertise, its spelling advertize) before its that-clause: the seller's word.
    ...['advertise', 'advertises', 'advertised', 'advertize', 'advertizes', 'advertized'].map((verb) => `${verb} that`),
    'allege',
    'alleges',
    'alleged',
    'point to',
    'points to',
    'pointed to',
    'is thought to',
    'are thought to',
    'is believed to',
    'are believed to',
    'is considered',
    'are considered',
    'is said to',
    'are said to',
    'is estimated',
    'are estimated',
    'tend to',
    'tends to',
    "it's thought",
    'it is thought',
    "it's believed",
    'it is believed',
    'it is possible',
    "it's possible",
    'it is likely',
    "it's likely"
  ],
  /** Hope, not fact: "I hope this cream works", "fingers crossed that it will work". */
  hope: ['i hope', 'we hope', "let's hope", 'hope that', 'hopes that', 'hoped that', 'hoping', 'hopefully'],
  /** Fear, not fact: what someone fears or worries will happen (WordNet's verbs of fearing and worrying, `fear`
   * and `worry`, and the adjectives of being afraid, `afraid`, `scared`, `worried`, `concerned`) before its
   * that-clause: "Many people worry that exercise will wear their joints out". */
  fear: [
    ...['fear', 'fears', 'feared', 'worry', 'worries', 'worried', 'afraid', 'scared', 'concerned'].map(
      (word) => `${word} that`
    )
  ],
  /** An open question: "tested whether vitamin D improves psoriasis". */
  question: ['whether', 'whether or not'],
  /** Intent, not effect: "designed to", "intended to" say what a product is for. */
  intent: ['designed to', 'intended to', 'meant to', 'aims to', 'aim to', 'aimed at', 'formulated to'],
  /** Adverbs and adjectives of likelihood. */
  adverb: [
    'possibly',
    'potentially',
    'probably',
    'likely',
    'perhaps',
    'presumably',
    'apparently',
    'arguably',
    'conceivably',
    'plausibly',
    'seemingly',
    'maybe',
    'unclear',
    'uncertain',
    'reportedly',
    'allegedly',
    'supposedly',
    'purportedly',
    'in theory',
    'theoretically',
    'to some extent',
    'somewhat',
    'partly',
    'partially'
  ],
  /** Adjectives of likelihood: like modals, they hedge only the words they stand with
   * ("a potential tool for", but not "improved control, with the potential for weight loss"). */
  adjective: ['possible', 'potential', 'probable', 'putative', 'hypothetical'],
  /** Correlational framing: the text reports an association, not an effect. */
  correlational: [...associationPhrases],
  /** Explicit limits on the claim. */
  limit: [
    'preliminary',
    'in some people',
    'in some cases',
    'in some studies',
    // a small or pilot study or trial (docs/definitions.md: *in a small trial*)
    // (one word may stand between: `in a small 2020 trial`, `in a small randomised study`)
    ...['in a small', 'in one small', 'in a pilot', 'in one pilot'].flatMap((scope) => [
      `${scope} study`,
      `${scope} trial`,
      `${scope} * study`,
      `${scope} * trial`
    ]),
    'in small studies',
    'in small trials',
    // (`some` before the same limit: `acts as a mild diuretic in some small studies`)
    'in some small studies',
    'in some small trials',
    'in pilot studies',
    'in some patients',
    'for some people',
    'some evidence',
    'limited evidence',
    'early evidence',
    'early research',
    'early studies',
    'emerging evidence suggests',
    'more research is needed',
    'further research is needed',
    'more studies are needed',
    'further studies are needed',
    'research is limited',
    'evidence is limited',
    'evidence is mixed',
    'results have been mixed',
    'results are mixed',
    'is mixed',
    // what is said of evidence after its clause (`Evidence that collagen improves skin is weak`): too little
    'is weak',
    'is thin',
    'is scant',
    'is scarce',
    'is lacking',
    'is inconclusive',
    'remains weak',
    'remains inconclusive',
    'promising',
    // promise is what evidence shows before it shows an effect: `has shown considerable promise in`
    ...['shown', 'shows', 'show', 'showed', 'holds', 'hold', 'held'].flatMap((verb) => [
      `${verb} promise`,
      `${verb} * promise`
    ]),
    'in mice',
    'in rats',
    'in animals',
    'in animal studies',
    'in animal models',
    'in vitro',
    'in test tubes',
    'in test-tube studies',
    'in cells',
    'in cell studies',
    'in lab studies',
    'in the lab',
    'in laboratory studies',
    'not yet',
    'not fully understood',
    'remains unclear',
    'if any',
    'hypothesis',
    // a concept not yet verified as what a sentence states (`The theory is that GLA calms...`): the nouns of
    // WordNet's synsets hypothesis/possibility/theory, speculation/conjecture, supposition and guess
    ...['theory', 'possibility', 'speculation', 'conjecture', 'supposition', 'guess'].map((noun) => `${noun} is that`),
    'theoretical',
    'marginal',
    'marginally',
    'small effect',
    'small effects',
    'minor effect',
    'for certain groups',
    'for some',
    'in certain people'
  ]
}

/** Phrases that contain a hedge word but do not hedge ("less likely to cause" compares). */
export const notHedges: string[] = [
  'more likely',
  'less likely',
  'most likely to',
  // (`twice as likely to quit`: a multiplier compares, as `more likely` does)
  'as likely to',
  "can't",
  'cannot',
  'as possible',
  'whenever possible',
  'if possible',
  'where possible',
  'potential side effects',
  'possible side effects',
  // a modal before a verb of telling asserts what follows (`I can tell you that cold water sharpens the mind`)
  ...['can', 'could'].flatMap((modal) =>
    ['tell you', 'assure you', 'promise you', 'confirm', 'vouch for', 'say'].map((telling) => `${modal} ${telling}`)
  )
]
