/**
 * Effect words: verbs and predicates that state a change to a body, mind, symptom,
 * condition, biomarker or outcome (what-to-flag.md, "Effect").
 *
 * Verbs are listed by lemma; `src/model/lexicon.ts` inflects them (reduces, reduced,
 * reducing). `hedged` is the hedged rewording a quick fix offers for the finite form
 * (`reduces` → `may reduce`); it is derived from the lemma unless given.
 */

/** Verbs whose subject is said to cause an effect. */
export const effectVerbs: string[] = [
  // less of something bad
  'reduce', 'lower', 'decrease', 'lessen', 'cut', 'shrink', 'curb', 'diminish', 'minimize', 'minimise',
  'relieve', 'alleviate', 'ease', 'mitigate', 'soothe', 'calm', 'relax', 'quiet', 'quell', 'dampen',
  'suppress', 'inhibit', 'block', 'prevent', 'halt', 'combat', 'fight', 'counteract', 'counter',
  'tackle', 'beat', 'banish', 'eliminate', 'eradicate', 'clear', 'flush', 'detoxify', 'detox', 'cleanse',
  'kill', 'destroy', 'address', 'neutralize', 'neutralise', 'deplete', 'burn', 'melt', 'dissolve', 'unclog',
  'shed', 'slash', 'erase', 'reverse', 'cure', 'treat', 'heal', 'repair', 'protect', 'shield',
  'slow', 'delay', 'impede', 'hinder', 'attenuate', 'shorten', 'resolve',
  // harm: an intervention's adverse effect is a claim too
  'worsen', 'aggravate', 'impair', 'damage', 'harm', 'disrupt',
  // more of something good
  'improve', 'boost', 'increase', 'raise', 'enhance', 'elevate', 'amplify', 'strengthen', 'promote',
  'support', 'help', 'aid', 'assist', 'facilitate', 'restore', 'rebuild', 'regenerate', 'rejuvenate',
  'revitalize', 'revitalise', 'energize', 'energise', 'nourish', 'hydrate', 'moisturize', 'moisturise',
  'tighten', 'firm', 'smooth', 'plump', 'brighten', 'thicken', 'regrow', 'grow', 'build', 'tone',
  'sharpen', 'lift', 'speed', 'accelerate', 'prolong', 'optimize', 'optimise', 'maximize',
  'maximise', 'stimulate', 'excite', 'activate', 'trigger', 'induce', 'increase', 'deliver', 'transform',
  'revolutionize', 'revolutionise', 'ensure',
  // regulation
  'regulate', 'balance', 'rebalance', 'stabilize', 'stabilise', 'normalize', 'normalise', 'modulate',
  'fine-tune', 'control', 'maintain', 'bind', 'cross', 'absorb', 'exert', 'complement',
  // causes
  'cause', 'trigger', 'offer', 'provide', 'allow', 'enable', 'translate'
]

/**
 * Verbs that state an effect only when their object is a benefit: "offers relief" and
 * "provides protection" are claims, "offers exceptional power" and "delivers an optimal blend
 * of light" are not.
 */
export const benefitObjectVerbs: string[] = ['offer', 'provide', 'deliver', 'give', 'bring']

/** Nouns of benefit that make the object of `benefitObjectVerbs` an effect. */
export const benefitNouns: string[] = [
  'benefit', 'benefits', 'relief', 'protection', 'support', 'solution', 'improvement', 'improvements',
  'results', 'healing', 'boost', 'advantages', 'advantage', 'effects', 'effect', 'value', 'values',
  'complement', 'cure', 'remedy', 'recovery', 'comfort', 'energy', 'immunity', 'defence', 'defense'
]

/** Irregular inflections: lemma → [third person, past, participle]. */
export const irregular: Record<string, [string, string, string]> = {
  cut: ['cuts', 'cut', 'cutting'],
  shed: ['sheds', 'shed', 'shedding'],
  fight: ['fights', 'fought', 'fighting'],
  build: ['builds', 'built', 'building'],
  grow: ['grows', 'grew', 'growing'],
  regrow: ['regrows', 'regrew', 'regrowing'],
  beat: ['beats', 'beat', 'beating'],
  stop: ['stops', 'stopped', 'stopping'],
  slim: ['slims', 'slimmed', 'slimming'],
  bind: ['binds', 'bound', 'binding'],
  lead: ['leads', 'led', 'leading']
}

/**
 * Verbs that carry an effect only with a particular complement: `works best`, `leads to
 * improvements`, `plays a key role in`. Matched as phrases (`*` = any one word).
 */
export const effectPhrases: string[] = [
  'works best', 'work best', 'works wonders', 'work wonders', 'works synergistically',
  'leads to improvements', 'lead to improvements', 'leads to better', 'leads to improved', 'results in improved',
  'results in better', 'translates into', 'translates to',
  'plays a key role in', 'plays a vital role in', 'plays a central role in', 'plays a crucial role in',
  'plays an important role in', 'plays a critical role in', 'play a key role in', 'play a vital role in',
  'play a central role in', 'play a crucial role in', 'play an important role in', 'play a critical role in',
  'acts as a', 'acts as an', 'act as a', 'act as an', 'has benefits', 'have benefits', 'has health benefits',
  'have health benefits', 'offers benefits', 'offer benefits', 'provides benefits', 'provide benefits',
  'health benefits', 'exerts influence', 'exert influence', 'makes it easier', 'make it easier',
  'has a profound impact', 'have a profound impact', 'has measurable', 'has a powerful effect',
  'measurable improvements', 'keeps the doctor away', 'resulted in', 'results in', 'result in', 'led to',
  'leads to', 'lead to', 'gives rise to', 'is associated with less',
  // contribution: `contributes to healthy joints`
  'contributes to', 'contribute to', 'contributed to',
  // property claims: `has strong antioxidant activity`, `is prized for its anti-ageing action`
  ...['has', 'have'].flatMap((verb) => ['properties', 'activity', 'action', 'effects'].flatMap((noun) => [`${verb} * ${noun}`, `${verb} * * ${noun}`])),
  'is prized for', 'are prized for', 'is known for its', 'are known for their', 'is renowned for', 'are renowned for',
  // `has a calming effect on`, `had a significant benefit`, `have an anti-inflammatory effect`
  ...['has', 'have', 'had'].flatMap((verb) =>
    ['a', 'an'].flatMap((article) =>
      ['effect', 'benefit', 'impact', 'influence'].flatMap((noun) => [`${verb} ${article} * ${noun}`, `${verb} ${article} * * ${noun}`])
    )
  )
]

/**
 * Predicates (adjectives and noun phrases) that state an effect when said of an
 * intervention: "is effective", "best for sleep", "a powerful tool for".
 */
export const effectPredicates: string[] = [
  'effective', 'highly effective', 'very effective', 'effective for', 'effective against', 'effective in',
  'beneficial', 'beneficial for', 'essential for', 'crucial for', 'vital for', 'critical for',
  'key to', 'key for', 'best for', 'good for', 'great for', 'ideal for', 'perfect for', 'excellent for',
  'useful for', 'useful as', 'helpful for', 'powerful tool', 'powerful tool for', 'potent', 'powerful',
  'the best type for', 'the best form for', 'the best choice for', 'the best option for',
  'the best way to', 'gentle on', 'highly bioavailable', 'more bioavailable', 'bioavailable',
  'responsible for', 'a cure for', 'the cure for', 'the answer to', 'the solution for', 'the solution to',
  'a solution for', 'gentler solution', 'anxiolytic', 'protective', 'safe and effective',
  'a quick fix', 'quick fix for', 'a natural remedy for', 'a remedy for', 'efficacious', 'safe and efficacious',
  'superior to', 'as good as', 'more effective than', 'an effective treatment', 'an effective alternative',
  // harm and risk: `is hard on the kidneys`
  'hard on', 'harsh on', 'tough on', 'bad for', 'harmful to', 'harmful for', 'toxic to', 'dangerous for',
  // a remedy by name: `a proven treatment for`, `a natural painkiller`, `a wonder drug`
  'a * treatment for', 'an * treatment for', 'a * * treatment for', 'a * cure for', 'a * remedy for',
  'a * painkiller', 'a wonder drug', 'a miracle drug', 'a miracle cure', 'the gold standard'
]

/** Nouns of benefit that, said of an intervention's own ("magnesium's benefits"), state an effect. */
export const effectNouns: string[] = ['benefits', 'benefit', 'effectiveness', 'efficacy', 'ability to']
