/**
 * Effect words: verbs and predicates that state a change to a body, mind, symptom,
 * condition, biomarker or outcome (docs/definitions.md, "Effect").
 *
 * Verbs are listed by lemma; `src/model/lexicon.ts` inflects them (reduces, reduced,
 * reducing). `hedged` is the hedged rewording a quick fix offers for the finite form
 * (`reduces` → `may reduce`); it is derived from the lemma unless given.
 */
import {outcomeComparatives} from './claim-cues.js'

/** Verbs whose subject is said to cause an effect. */
export const effectVerbs: string[] = [
  // less of something bad
  'reduce',
  'lower',
  'decrease',
  'lessen',
  'cut',
  'shrink',
  'curb',
  'diminish',
  'minimize',
  'minimise',
  // ending a condition: `stops seizures` (only with a bodily object: healthObjectVerbs); `end`, of one
  // WordNet synset with `stop` (`end, stop, finish, terminate, cease`), likewise
  'stop',
  'end',
  'relieve',
  'alleviate',
  'ease',
  'mitigate',
  'soothe',
  'calm',
  'relax',
  'quiet',
  'quell',
  'dampen',
  'suppress',
  'inhibit',
  'block',
  'prevent',
  'halt',
  'combat',
  'fight',
  'counteract',
  'counter',
  'tackle',
  'beat',
  'banish',
  'eliminate',
  'eradicate',
  'clear',
  'flush',
  'detoxify',
  'detox',
  'cleanse',
  'kill',
  'destroy',
  'address',
  'neutralize',
  'neutralise',
  'deplete',
  'burn',
  'melt',
  'dissolve',
  'unclog',
  'shed',
  'slash',
  'erase',
  'reverse',
  'cure',
  'treat',
  'heal',
  'repair',
  'protect',
  'shield',
  'slow',
  'delay',
  'impede',
  'hinder',
  'attenuate',
  'shorten',
  'resolve',
  // harm: an intervention's adverse effect is a claim too
  'worsen',
  'aggravate',
  'impair',
  'damage',
  'harm',
  'disrupt',
  'upset',
  'irritate',
  // more of something good
  'improve',
  'boost',
  'increase',
  'raise',
  'enhance',
  'elevate',
  'amplify',
  'strengthen',
  'promote',
  'support',
  'help',
  'aid',
  'assist',
  'facilitate',
  'restore',
  'rebuild',
  'regenerate',
  'rejuvenate',
  'revitalize',
  'revitalise',
  'energize',
  'energise',
  'nourish',
  'hydrate',
  'moisturize',
  'moisturise',
  'tighten',
  'firm',
  'smooth',
  'plump',
  'brighten',
  'thicken',
  'regrow',
  'grow',
  'build',
  'tone',
  'sharpen',
  'lift',
  'speed',
  'accelerate',
  'prolong',
  'optimize',
  'optimise',
  'maximize',
  'maximise',
  'stimulate',
  'excite',
  'activate',
  'trigger',
  'induce',
  'deliver',
  'transform',
  'revolutionize',
  'revolutionise',
  'ensure',
  'guarantee',
  // entailment (WordNet's `mean`, `entail`: have as a consequence), of a bodily object only
  // (`a cup tonight means a clear head tomorrow`)
  'mean',
  'entail',
  // regulation
  'regulate',
  'balance',
  'rebalance',
  'stabilize',
  'stabilise',
  'normalize',
  'normalise',
  'modulate',
  'fine-tune',
  'control',
  'maintain',
  'bind',
  'cross',
  'absorb',
  'exert',
  'complement',
  // causes
  'cause',
  'offer',
  'provide',
  'allow',
  'enable',
  'translate',
  // WordNet work#v (verb.stative): "have an effect or outcome, often the one desired"
  'work',
  // multipliers of verb.change: `halves the risk`, `doubles collagen production`
  'halve',
  'double',
  'triple',
  'quadruple',
  // comparison of efficacy (like `beat`): `outperforms caffeine-based boosters`
  'outperform',
  'outdo',
  'surpass',
  'outshine',
  // the vessels' width: `nitrates widen blood vessels`
  'widen',
  'dilate',
  // starting or speeding up a process: `kickstarts your metabolism`, `supercharges immunity`
  'kickstart',
  'jumpstart',
  'jump-start',
  'supercharge',
  'turbocharge'
]

/** Effect verbs that state an effect only as a finite verb: `this cream works`, not `working
 * similarly to` or `working in war zones`. */
export const finiteOnlyVerbs: string[] = ['work']

/** Particles that give an effect verb another sense (`calcium builds up in the arteries`
 * accumulates; it builds nothing; `the dose works out at 300 mg` comes to, WordNet's `work out`:
 * "find the solution", "be calculated"). Lemma → particles. */
export const otherSenseParticles: Record<string, string[]> = {
  build: ['up'],
  cut: ['out', 'back'],
  stop: ['by', 'in'],
  work: ['out']
}

/** Verbs that state an effect only when their object is the body, a bodily state or a feeling
 * (`stops seizures`, not `stops them from fermenting`); verbs of assuring too (`guarantees a deep
 * sleep`, not `guarantees consumers are getting the genuine article`). */
export const healthObjectVerbs: string[] = ['stop', 'end', 'ensure', 'guarantee', 'mean', 'entail']

/** Verbs whose intransitive use says that their subject changes, not that it changes
 * something (`Rosemary grows well in dry soil`, `Zinc levels drop`): with nothing after them
 * but an adverb, a preposition or the end of the clause, they state no effect of the subject. */
export const ergativeVerbs: string[] = [
  'grow',
  'improve',
  'increase',
  'decrease',
  'drop',
  'fall',
  'rise',
  'heal',
  'recover',
  'change',
  'absorb',
  // rates and paces (`your heart rate speeds up`, `digestion slows`)
  'speed',
  'slow'
]

/**
 * Verbs of receiving an effect: the person or the condition is the subject and the
 * intervention the object of the preposition after the verb ("Women benefit from X",
 * "Insomnia responds well to X", "Joint pain improves with X"). Lemma → prepositions.
 */
export const receiverVerbs: Record<string, string[]> = {
  benefit: ['from'],
  respond: ['to'],
  improve: ['with', 'after', 'on'],
  heal: ['with', 'after'],
  recover: ['with', 'after'],
  thrive: ['on', 'with']
}

/**
 * Phrasal verbs of removing or lowering: a verb of motion or force with a particle that
 * makes it one (`brings down blood pressure`, `knocks out the flu`, `flushes out toxins`,
 * `melts away fat`, `fights off infections`). Lemma → particle; every inflection counts.
 * Not `break down` or `cut down`, whose other senses (`breaks down the differences`, `cut
 * down on sugar`) are as common.
 */
export const particleVerbs: Record<string, string> = {
  bring: 'down',
  knock: 'out',
  wipe: 'out',
  flush: 'out',
  melt: 'away',
  burn: 'off',
  fight: 'off',
  ward: 'off',
  stave: 'off',
  clear: 'up',
  clean: 'out',
  shut: 'down',
  soak: 'up'
}

/**
 * Phrasal verbs of an intervention's onset, WordNet's `kick in` ("enter a particular state: the effects
 * of the drug kicked in") and `take effect` ("become effective"): said of an intervention, they state
 * that it works (`Melatonin kicks in within 30 minutes`). Lemma → particle; every inflection counts.
 */
export const onsetVerbs: Record<string, string> = {
  kick: 'in',
  take: 'effect'
}

/**
 * Idioms of ending or removing: a light verb and a fixed complement that together mean
 * *remove* or *end* (`puts an end to restless nights`, `gets rid of bloating`, `takes the edge
 * off stress`, `takes the sting out of a burn`). Lemma → complements; every inflection counts.
 */
export const endingIdioms: Record<string, string[]> = {
  put: ['an end to', 'a stop to', '* to rest', '* * to rest', '* * * to rest'],
  get: ['rid of'],
  // (`takes the strain off your knees`, `takes the stiffness out of your joints`, `takes the ache away`: any
  // burden taken off, out of something or away)
  take: ['the edge off', 'the sting out of', 'the * off', 'the * out of', 'the * away', 'the * * away'],
  // (`knocked my night sweats on the head`: ended it, in British idiom)
  knock: ['* on the head', '* * on the head', '* * * on the head']
}

/**
 * Verbs of surpassing: after `nothing` (`Nothing beats X for sleep`, `nothing compares to X`)
 * they say that the intervention, their object, is the best there is.
 */
export const rivalVerbs: string[] = ['beat', 'compare', 'rival', 'match', 'top', 'outperform']

/**
 * Verbs of an outcome changing on its own (intransitive verbs of change in amount or state):
 * with the intervention in a phrase that opens the sentence (`With X, cortisol levels drop`,
 * `After a week on X, the flares faded`), they state its effect.
 */
export const outcomeChangeVerbs: string[] = [
  'drop',
  'fall',
  'decline',
  'decrease',
  'plummet',
  'plunge',
  'rise',
  'soar',
  'improve',
  'ease',
  'fade',
  'disappear',
  'vanish',
  'subside',
  'normalize',
  'normalise',
  'stabilize',
  'stabilise',
  'heal',
  'recover',
  'clear',
  'settle',
  'lift',
  'stop'
]

/** Verbs with a particle that together change a state on their own (`the pain went away`,
 * `the rash cleared up`, `the swelling died down`): outcome changes like outcomeChangeVerbs. */
export const outcomeChangeParticles: Record<string, string> = {
  go: 'away',
  clear: 'up',
  die: 'down',
  settle: 'down',
  calm: 'down'
}

/** Words of a changed state after a copula (`cholesterol was down`, `my skin is clearer`,
 * `the pain was gone`): with the intervention in a phrase that opens the sentence, an outcome
 * like outcomeChangeVerbs. */
export const changedStates: string[] = [
  'down',
  'up',
  'gone',
  'lower',
  'higher',
  'better',
  'normal',
  'clearer',
  // a state restored (`your heart is back to a steady rhythm`)
  'back',
  // the states of sleeping and waking reached (`you're asleep in minutes`)
  'asleep',
  'awake'
]

/** Adverbs that intensify a state of sleep or waking in fixed collocations (`fast asleep`,
 * `sound asleep`, `wide awake`): read past before the state. */
export const stateIntensifiers: ReadonlySet<string> = new Set(['fast', 'sound', 'wide'])

/** Idioms of a state that has ended, after a copula or *become* (`period cramps became a thing of
 * the past`, `my back pain is history`): said of a bodily state after a phrase naming an
 * intervention, they state its effect. */
export const endedStateIdioms: string[] = ['a thing of the past', 'history', 'gone for good']

/** Copulas of a state reached (`becomes`, `became`), besides the present and past of *be*. */
export const becomeForms: string[] = ['become', 'becomes', 'became']

/** Prepositions and conjunctions of a phrase that opens a sentence and attaches an
 * intervention to the clause after it (`With X,`, `After X,`, `On X,`, `Within a week of
 * starting X,`, `Since I started taking X,`). */
export const frontedAttachments: string[] = ['with', 'after', 'on', 'within', 'since', 'once']

/** Subordinators of condition that attach an intervention to the clause after them only with a
 * word of use (`If you take vitamin D every day, your mood will lift`; `If the pain persists,`
 * attaches nothing). */
export const conditionalAttachments: string[] = ['if', 'when', 'whenever']

/**
 * Verbs of experiencing: a person sees, notices or reports an outcome (`see fewer flares`,
 * `report lower stress`) that comes with an intervention (`with X`, `from X`) or whose
 * subject uses it (`X users`, `people taking X`).
 */
export const experiencerVerbs: string[] = [
  'see',
  'notice',
  'experience',
  'report',
  'enjoy',
  'feel',
  'achieve',
  'gain',
  'get'
]

/** Nouns and participles of change that make a noun phrase an outcome that changed (WordNet
 * noun.process / noun.event "change" kin): `improved focus`, `relief`, `see results`. */
export const outcomeChangeMarkers: string[] = [
  'improved',
  'reduced',
  'increased',
  'improvement',
  'improvements',
  'relief',
  'reduction',
  'reductions',
  'increase',
  'boost',
  'results',
  'benefits',
  'gains',
  'drop',
  'decrease',
  // `feel the difference`, `see the difference`: the change itself
  'difference'
]

/** Words that make a noun phrase an outcome that changed (`see fewer flares`, `report lower
 * stress`, `notice an improvement`): the comparatives of outcome (outcomeComparativeList of
 * src/data/claim-cues.ts) and the markers of change above. */
export const outcomeMarkers: string[] = [...outcomeComparatives, ...outcomeChangeMarkers]

/** Prepositions (and participles) that attach an intervention to an outcome: `with X`, `after taking X`. */
export const interventionAttachments: string[] = ['with', 'from', 'after', 'on', 'using', 'taking']

/** Words before a unit of use that an outcome comes by (`fewer attacks after three sessions`, `calmer bowels by the
 * fourth session`, `within two treatments`). */
export const useAttachmentWords: string[] = ['after', 'by', 'within']

/** Head nouns that make the word before them the intervention its subject uses (`ashwagandha users`). */
export const userNouns: string[] = ['users', 'user', 'takers', 'consumers', 'drinkers', 'eaters']

/**
 * Nouns of change (WordNet noun.process and noun.event: increase, decrease, and their kin)
 * that, followed by `in`/`of`/`to`, state an effect as a noun: "a surge in energy", "a drop
 * in blood pressure".
 */
export const changeNouns: string[] = [
  'reduction',
  'reductions',
  'decrease',
  'decline',
  'drop',
  'fall',
  'increase',
  'increases',
  'rise',
  'surge',
  'boost',
  'improvement',
  'improvements',
  'gain',
  'gains',
  'spike',
  'jump',
  'relief'
]

/** Verbs of making whose object is followed by an adjective of outcome (`makes skin softer`,
 * `leaves hair shinier`, `keeps joints supple`, `gets the bowels moving`). */
export const causativeVerbs: string[] = ['make', 'leave', 'keep', 'render', 'give', 'get']

/** Aspectual verbs: with an effect verb after them (`starts working`, `begins to fade`,
 * `continues to improve`, `keeps improving`, `goes on to strengthen`: *go* with its particle)
 * they carry its tense, so the pair is one finite effect whose subject is the agent. */
export const aspectualVerbs: string[] = ['start', 'begin', 'continue', 'keep', 'go']

/** Verbs of changing that state an effect when their object is someone's own life or body
 * (`these creams changed my life`). */
export const changingVerbs: string[] = ['change', 'alter']

/** Adjectives of outcome after a causative's object, besides comparatives (`-er`, `more X`). */
export const outcomeAdjectives: string[] = [
  'healthy',
  'supple',
  'soft',
  'smooth',
  'firm',
  'radiant',
  'glowing',
  'strong',
  'young',
  'youthful',
  'clear',
  'calm',
  'relaxed',
  'energized',
  'energised',
  'refreshed',
  'hydrated',
  'plump',
  'lean',
  'slim',
  'shiny',
  'thick',
  'full',
  'alert',
  'focused',
  'sharp',
  'rested',
  'flawless',
  'pain-free',
  'happy',
  'active',
  'energetic'
]

/** Adjectives of strength or nature before a remedy noun (`a natural antihistamine`, `a potent
 * antioxidant`): the noun phrase then claims the remedy's effect. */
export const remedyAdjectives: string[] = [
  'natural',
  'powerful',
  'potent',
  'strong',
  'effective',
  'proven',
  'excellent',
  'great',
  'gentle',
  'safe',
  'mild',
  'fantastic',
  'superb',
  'wonderful',
  'remarkable'
]

/** English plurals of person nouns that do not end in -s (a closed class): subjects of a base-form verb. */
export const irregularPersonPlurals: string[] = ['people', 'men', 'women', 'children']

/**
 * Verbs that state an effect only when their object is a benefit: "offers relief" and
 * "provides protection" are claims, "offers exceptional power" and "delivers an optimal blend
 * of light" are not.
 */
export const benefitObjectVerbs: string[] = ['offer', 'provide', 'deliver', 'give', 'bring']

/** Nouns of benefit that make the object of `benefitObjectVerbs` an effect. */
export const benefitNouns: string[] = [
  'benefit',
  'benefits',
  'relief',
  'protection',
  'support',
  'solution',
  'improvement',
  'improvements',
  'results',
  'healing',
  'boost',
  'advantages',
  'advantage',
  'effects',
  'effect',
  'value',
  'values',
  'complement',
  'cure',
  'remedy',
  'recovery',
  'comfort',
  'energy',
  'immunity',
  'defence',
  'defense',
  // WordNet's aid (n. 01210099: `aid, assist, assistance, help`) and the hyponyms of it that are given to
  // someone, as `boost` and `relief` above are: `gives you a lift`.
  'aid',
  'assistance',
  'help',
  'lift',
  'encouragement'
]

/** Irregular inflections: lemma → [third person, past, participle]. */
export const irregular: Record<string, [string, string, string]> = {
  begin: ['begins', 'began', 'beginning'],
  go: ['goes', 'went', 'going'],
  put: ['puts', 'put', 'putting'],
  bring: ['brings', 'brought', 'bringing'],
  take: ['takes', 'took', 'taking'],
  cut: ['cuts', 'cut', 'cutting'],
  upset: ['upsets', 'upset', 'upsetting'],
  shed: ['sheds', 'shed', 'shedding'],
  shut: ['shuts', 'shut', 'shutting'],
  fight: ['fights', 'fought', 'fighting'],
  build: ['builds', 'built', 'building'],
  grow: ['grows', 'grew', 'growing'],
  regrow: ['regrows', 'regrew', 'regrowing'],
  beat: ['beats', 'beat', 'beating'],
  stop: ['stops', 'stopped', 'stopping'],
  slim: ['slims', 'slimmed', 'slimming'],
  bind: ['binds', 'bound', 'binding'],
  lead: ['leads', 'led', 'leading'],
  feel: ['feels', 'felt', 'feeling'],
  sleep: ['sleeps', 'slept', 'sleeping'],
  get: ['gets', 'got', 'getting'],
  see: ['sees', 'saw', 'seeing'],
  leave: ['leaves', 'left', 'leaving'],
  keep: ['keeps', 'kept', 'keeping'],
  make: ['makes', 'made', 'making'],
  give: ['gives', 'gave', 'giving']
}

/**
 * Verbs that carry an effect only with a particular complement: `works best`, `leads to
 * improvements`, `plays a key role in`. Matched as phrases (`*` = any one word).
 */
export const effectPhrases: string[] = [
  'works best',
  'work best',
  'works wonders',
  'work wonders',
  // (the same idiom with *do*)
  'does wonders for',
  'do wonders for',
  'did wonders for',
  'works synergistically',
  // The light verb *make* with the outcome noun *difference* (outcomeChangeMarkers): `made a real difference to his
  // sleep`, `makes all the difference`, `made the biggest difference`.
  ...['make', 'makes', 'made', 'making'].flatMap((verb) => [
    `${verb} a difference`,
    `${verb} a * difference`,
    `${verb} the * difference`,
    `${verb} all the difference`
  ]),
  'leads to improvements',
  'lead to improvements',
  'leads to better',
  'leads to improved',
  'results in improved',
  'results in better',
  'translates into',
  'translates to',
  'plays a key role in',
  'plays a vital role in',
  'plays a central role in',
  'plays a crucial role in',
  'plays an important role in',
  'plays a critical role in',
  'play a key role in',
  'play a vital role in',
  'play a central role in',
  'play a crucial role in',
  'play an important role in',
  'play a critical role in',
  'acts as a',
  'acts as an',
  'act as a',
  'act as an',
  'has benefits',
  'have benefits',
  'has * benefits',
  'have * benefits',
  'has health benefits',
  'have health benefits',
  'offers benefits',
  'offer benefits',
  'provides benefits',
  'provide benefits',
  'health benefits',
  'exerts influence',
  'exert influence',
  'makes it easier',
  'make it easier',
  'has a profound impact',
  'have a profound impact',
  'has measurable',
  'has a powerful effect',
  'measurable improvements',
  'resulted in',
  'results in',
  'result in',
  'led to',
  'leads to',
  'lead to',
  'gives rise to',
  'is associated with less',
  // keeping something bad down: `keeps cortisol in check`, `keeps colds at bay`, `holds
  // dementia at bay` (the idioms take either verb of keeping)
  ...['keeps', 'keep', 'kept', 'keeping', 'holds', 'hold', 'held', 'holding'].flatMap((verb) => [
    `${verb} * in check`,
    `${verb} * * in check`,
    `${verb} * at bay`,
    `${verb} * * at bay`
  ]),
  // rising sharply, in idiom: `sends your energy through the roof`
  ...['send', 'sends', 'sent', 'sending'].flatMap((verb) => [
    `${verb} * through the roof`,
    `${verb} * * through the roof`
  ]),
  // contribution: `contributes to healthy joints`
  'contributes to',
  'contribute to',
  'contributed to',
  // property claims: `has strong antioxidant activity`, `is prized for its anti-ageing action`
  ...['has', 'have'].flatMap((verb) =>
    ['properties', 'activity', 'action', 'effects'].flatMap((noun) => [`${verb} * ${noun}`, `${verb} * * ${noun}`])
  ),
  'is prized for',
  'are prized for',
  'is known for its',
  'are known for their',
  'is renowned for',
  'are renowned for',
  // `has a calming effect on`, `had a significant benefit`, `have an anti-inflammatory effect`
  ...['has', 'have', 'had'].flatMap((verb) =>
    ['a', 'an'].flatMap((article) =>
      ['effect', 'benefit', 'impact', 'influence'].flatMap((noun) => [
        `${verb} ${article} * ${noun}`,
        `${verb} ${article} * * ${noun}`
      ])
    )
  )
]

/**
 * Predicates of suitability: they state an effect only when what follows is a state of the body
 * or mind, a bodily attribute, an effect, or the reader (`good for your heart`, `ideal for
 * colic`, `great at reducing bloating`, `good for you`); `perfect for travel`, `ideal for
 * beginners`, `great for on-the-go touch-ups` praise a product, they claim no effect.
 */
export const suitabilityPredicates: string[] = [
  'best for',
  'good for',
  'great for',
  'ideal for',
  'perfect for',
  'excellent for',
  'useful for',
  'helpful for',
  'great at',
  'good at',
  'excellent at',
  'amazing at',
  // a superlative choice: `the best supplement for` (`the most effective` is `effective` after a
  // superlative, which the model takes in); `the best choice for breakfast` chooses a meal
  'the best * for',
  'the best * * for',
  // all that is needed for a purpose: `is all you need for deep sleep`, `the only supplement you need for`
  'all you need for',
  'the only * you need for',
  'the only * * you need for'
]

/**
 * Predicates (adjectives and noun phrases) that state an effect when said of an
 * intervention: "is effective", "best for sleep", "a powerful tool for".
 */
export const effectPredicates: string[] = [
  // the predicates of suitability, claims only before a bodily complement (checked where found)
  ...suitabilityPredicates,
  'effective',
  'highly effective',
  'very effective',
  'effective for',
  'effective against',
  'effective in',
  'beneficial',
  'beneficial for',
  'essential for',
  'crucial for',
  'vital for',
  'critical for',
  'key to',
  'key for',
  'secret to',
  'secret for',
  'useful as',
  'powerful tool',
  'powerful tool for',
  'potent',
  'powerful',
  'the best way to',
  'gentle on',
  'easy on',
  'easier on',
  'gentler on',
  'kinder to',
  'highly bioavailable',
  'more bioavailable',
  'bioavailable',
  'responsible for',
  'gentler solution',
  'anxiolytic',
  'protective',
  'safe and effective',
  'a quick fix',
  'efficacious',
  'safe and efficacious',
  'superior to',
  'as good as',
  'more effective than',
  'an effective treatment',
  'an effective alternative',
  // harm and risk: `is hard on the kidneys`
  'hard on',
  'harsh on',
  'tough on',
  'bad for',
  'harmful to',
  'harmful for',
  'toxic to',
  'dangerous for',
  // a remedy by name: `a proven treatment for`, `a natural painkiller`, `a wonder drug`
  'a * treatment for',
  'an * treatment for',
  'a * * treatment for',
  'a * cure for',
  'a * remedy for',
  'a * painkiller',
  'a wonder drug',
  'a miracle drug',
  'a miracle cure',
  'the gold standard',
  // the same choice said of what the reader can do: `the best thing you can do for your heart`
  'the best * you can do for',
  'the best * * you can do for',
  'a game-changer for',
  'a game changer for',
  // praise for a purpose: `is amazing for sleep` (WordNet good#a 'having desirable or positive
  // qualities', its similar-to adjectives)
  ...[
    'amazing',
    'fantastic',
    'wonderful',
    'brilliant',
    'superb',
    'terrific',
    'outstanding',
    'awesome',
    'incredible',
    'unbeatable'
  ].map((adjective) => `${adjective} for`)
]

/** Nouns of benefit that, said of an intervention's own ("magnesium's benefits"), state an effect. */
export const effectNouns: string[] = ['benefits', 'benefit', 'effectiveness', 'efficacy', 'ability to']

/** The words of efficacy, said only of what is taken or done (`works`, `is effective`, `is more effective than`): with
 * one of the body's own substances as their subject (`Melatonin works best on eastward flights`), the substance is
 * taken, as `melatonin supplements` are. The forms of *work* and WordNet's adjectives of efficacy (*effective*,
 * *efficacious*). (read in src/model/claims.ts) */
export const efficacyWords: ReadonlySet<string> = new Set(['work', 'works', 'worked', 'effective', 'efficacious'])

/**
 * Verbs whose object is followed by an adjective or a noun (`gives you energy`,
 * `makes skin softer`, `keeps you full`), in all their forms. (read in src/model/claims.ts)
 */
export const givingVerbForms: ReadonlySet<string> = new Set([
  'give',
  'gives',
  'gave',
  'giving',
  'make',
  'makes',
  'made',
  'making',
  'leave',
  'leaves',
  'left',
  'leaving',
  'keep',
  'keeps',
  'kept',
  'keeping',
  'get',
  'gets',
  'got',
  'getting',
  'offer',
  'offers',
  'bring',
  'brings'
])

/**
 * Words after `help`/`aid` that open what is helped (`helps maintain`, `helps keep`, `helps you`,
 * `helps with`): the effect's span runs over them. (read in src/model/claims.ts)
 */
export const helpedWords: ReadonlySet<string> = new Set(['maintain', 'keep', 'make', 'you', 'your', 'the', 'with'])

/**
 * Verbs of showing or bringing about whose object is a noun of change said of an intervention
 * (`studies show a drop in blood pressure with X`), in all their forms.
 * (read in src/claims/constructions.ts)
 */
export const showingVerbForms: ReadonlySet<string> = new Set([
  'show',
  'shows',
  'showed',
  'shown',
  'see',
  'saw',
  'seen',
  'produce',
  'produces',
  'produced',
  'bring',
  'brings',
  'brought',
  'cause',
  'causes',
  'caused'
])

/**
 * Linking verbs of appearance between a verb of making and its adjective
 * (`makes skin look younger`, `makes you feel calmer`). (read in src/claims/constructions.ts)
 */
export const appearanceVerbs: ReadonlySet<string> = new Set(['look', 'feel', 'looking', 'feeling'])

/** Nouns of a remedy's role: what fixes a problem (`the most reliable fix for jet lag`, `nature's
 * answer to allergies`), said of an intervention after a copula. */
export const remedyRoleNouns: string[] = [
  'fix',
  'cure',
  'remedy',
  'answer',
  'solution',
  'antidote',
  'treatment',
  'medicine',
  'tonic',
  'panacea',
  'cure-all',
  // roles of protecting (`nature's shield against winter colds`, `your first defence against`)
  'shield',
  'defence',
  'defense',
  // what rescues from a trouble (`a miracle for bloating`, `a lifesaver for light sleepers`, `a godsend for
  // my joints`, `a game-changer for hay fever`)
  'miracle',
  'lifesaver',
  'godsend',
  'game-changer'
]

/** Prepositions after a remedy's role noun before what it remedies (`fix for`, `answer to`). */
export const remedyRolePrepositions: string[] = ['for', 'to', 'against']

/** Superlatives not formed with -est (`the best`, `the ultimate`), before a remedy noun. */
export const superlativeWords: string[] = ['best', 'ultimate', 'top', 'worst']

/** Verbs of taking an amount off a thing (`knocks points off your blood pressure`, `shaves a minute
 * off your 10K time`, `takes years off your face`). */
export const takingOffVerbs: ReadonlySet<string> = new Set(['knock', 'shave', 'take', 'trim', 'chop', 'slash'])

/**
 * Quantities of good done, after *do* as the verb (`does more for your heart than`, `has done wonders
 * for my joints`, `does so much for your gut`): with `for` and the body, a deed done to it. (read in
 * src/model/claims.ts)
 */
export const deedQuantities: ReadonlySet<string> = new Set(['more', 'much', 'wonders', 'plenty'])

/** Nouns of a burden lessened (WordNet's relief, "the act of freeing from pain", and reduction, "the act
 * of decreasing"): after the state they lessen they name an outcome (`tinnitus relief`, `stress
 * reduction`). (read in src/model/claims.ts) */
export const reliefNouns: ReadonlySet<string> = new Set(['relief', 'reduction', 'reductions'])
