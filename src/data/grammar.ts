/**
 * Closed classes of English grammar that the claim model reads: copulas, auxiliaries, modals,
 * pronouns, determiners, prepositions, conjunctions. A word is here because the grammar puts
 * it in its class, not because a document used it. Each set says what the model does with it.
 */
import {irregularPersonPlurals} from './effects.js'

/**
 * Words before a verb-looking word that make it a noun or an adjective instead ("a reduced risk",
 * "increases in blood pressure", "is improved"): determiners, prepositions, quantifiers, forms of
 * *be* and linking verbs. (read in src/model/claims.ts)
 */
export const notSubjects: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'my',
  'of',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'into',
  'onto',
  'about',
  'as',
  'than',
  'like',
  'some',
  'any',
  'no',
  'every',
  'each',
  'more',
  'less',
  'most',
  'least',
  'much',
  'many',
  'few',
  'very',
  'better',
  'greater',
  'higher',
  'lower',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  "it's",
  "that's",
  'get',
  'gets',
  'got',
  'become',
  'becomes',
  'feel',
  'feels',
  'look',
  'looks',
  'seem',
  'seems',
  'two',
  'three',
  'several',
  'other',
  'such',
  'same',
  'overall',
  'significant',
  'slight',
  'modest',
  'dramatic',
  'marked',
  'small',
  'large',
  'big'
])

/** WordNet's noun classes (first sense) of a product's part or feature: a made thing, a quality, a phenomenon
 * (`heat`, `light`), an act (`suction`). (read in src/model/claims.ts) */
export const productPartClasses: ReadonlySet<string> = new Set([
  'noun.artifact',
  'noun.attribute',
  'noun.phenomenon',
  'noun.act'
])

/** The singular finite forms of *be*: a word right before one is its subject's noun, not a plural's verb
 * (`The matcha boost is always the first to sell out`). (read in src/model/claims.ts) */
export const singularBeForms: ReadonlySet<string> = new Set(['is', 'was'])

/** Copulas and linking forms before a predicate (`is effective`, `remains the best`). (read in src/model/claims.ts) */
export const copulas: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  "it's",
  "'s",
  'be',
  'remains',
  'remain',
  'becomes',
  'become',
  'being'
])

/**
 * Words that open a verb group before a base form: modals, `to`, and emphatic *do* (`may improve`,
 * `to improve`, `does improve`). (read in src/model/claims.ts)
 */
export const verbGroupOpeners: ReadonlySet<string> = new Set([
  'may',
  'might',
  'could',
  'can',
  'will',
  'would',
  'should',
  'must',
  'shall',
  'to',
  'cannot',
  "can't",
  "won't",
  'does',
  'do',
  'did'
])

/** Relative pronouns. (read in src/model/claims.ts) */
export const relativePronouns: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whose'])

/** The relative pronouns that open only a relative clause (not `that`, as often a conjunction or a determiner):
 * `For anyone who cannot sleep,`. (read in src/model/claims.ts) */
export const whRelativePronouns: ReadonlySet<string> = new Set(['which', 'who', 'whose'])

/** Indefinite pronouns of people (`for anyone with`, `for those with`). (read in src/claims/constructions.ts) */
export const indefinitePersonPronouns: ReadonlySet<string> = new Set([
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'everyone',
  'those'
])

/**
 * Pronouns and quantifiers that stand as a plural subject before a base-form verb, and plural
 * person nouns without -s. (read in src/model/claims.ts)
 */
export const pluralSubjects: ReadonlySet<string> = new Set([
  'they',
  'we',
  'you',
  'both',
  'these',
  'those',
  'i',
  'many',
  'some',
  'all',
  'others',
  ...irregularPersonPlurals
])

/** Auxiliaries (forms of *have*, *be* and *do*). (read in src/model/claims.ts) */
export const auxiliaries: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'been',
  'is',
  'are',
  'was',
  'were',
  'be',
  'do',
  'does',
  'did'
])

/**
 * Words after a sentence-initial `-s` word that make it a plural noun, not a verb
 * (`Causes of insomnia vary`). (read in src/model/claims.ts)
 */
export const nounFollowers: ReadonlySet<string> = new Set([
  'of',
  'and',
  'or',
  'are',
  'were',
  'can',
  'may',
  'might',
  'could',
  'will',
  'range',
  'vary',
  'include',
  'differ',
  'depend',
  'tend',
  'such'
])

/** Object pronouns after a verb of giving or making (`gives you plump skin`). (read in src/model/claims.ts) */
export const objectPronouns: ReadonlySet<string> = new Set(['you', 'them', 'us'])

/** The personal pronouns in the object case (`gives me`, `brings them`): a giving verb's first object, the
 * person given to; `objectPronouns` and the singular ones it leaves out. (read in src/model/claims.ts) */
export const personObjectPronouns: ReadonlySet<string> = new Set([...objectPronouns, 'me', 'him', 'her'])

/**
 * Adverbs that stand between a subject and its verb without ending in -ly
 * (`Probiotics also reduce`). (read in src/model/claims.ts)
 */
export const sentenceAdverbs: ReadonlySet<string> = new Set([
  'also',
  'further',
  'still',
  'even',
  'often',
  'then',
  'thus',
  'therefore',
  'too',
  'now',
  'quickly'
])

/**
 * Subordinators that open a contrastive clause, which is a segment of its own
 * (`While other forms may irritate the gut, ...`). (read in src/model/claims.ts)
 */
export const contrastiveSubordinators: ReadonlySet<string> = new Set([
  'while',
  'whereas',
  'although',
  'though',
  'unlike',
  'despite'
])

/**
 * Conjunctive adverbs and adverbial phrases (a closed class of the grammar: they link a clause to
 * the one before and stand between commas anywhere in it), which may set off the subject from its
 * verb (`Ear drops, on the other hand, clear`). Matched as the whole of an aside's words.
 * (read in src/model/claims.ts)
 */
export const conjunctiveAdverbials: ReadonlySet<string> = new Set([
  'however',
  'though',
  'therefore',
  'thus',
  'hence',
  'meanwhile',
  'moreover',
  'furthermore',
  'besides',
  'indeed',
  'instead',
  'also',
  'too',
  'then',
  'still',
  'nevertheless',
  'nonetheless',
  'likewise',
  'similarly',
  'consequently',
  'in fact',
  'of course',
  'in turn',
  'in contrast',
  'by contrast',
  'on the other hand',
  'in addition',
  'as a result',
  'above all',
  'for example',
  'for instance',
  'in short',
  'in particular'
])

/** Conjunctions that open a contrasting clause (`but`, `however`). (read in src/model/claims.ts) */
export const contrastiveConjunctions: ReadonlySet<string> = new Set(['but', 'however', 'yet'])

/**
 * Words left out of an agent's text: adverbs of degree and manner, quantifiers, `and`, `not`.
 * (read in src/model/claims.ts)
 */
export const agentSkips: ReadonlySet<string> = new Set([
  'also',
  'further',
  'then',
  'thus',
  'therefore',
  'significantly',
  'directly',
  'effectively',
  'actually',
  'really',
  'still',
  'even',
  'only',
  'naturally',
  'uniquely',
  'primarily',
  'highly',
  'dramatically',
  'greatly',
  'both',
  'all',
  'each',
  'quickly',
  'rapidly',
  'and',
  'not',
  // adverbs of frequency: `Often they reduce` (not hedges: docs/definitions.md)
  'often',
  'usually',
  'always',
  'frequently',
  'typically',
  'generally',
  'regularly'
])

/**
 * Words after which `that` opens a complement clause, not a relative one (`so effective that`,
 * `evidence that`, `is clear that`). (read in src/model/claims.ts)
 */
export const complementTakers: ReadonlySet<string> = new Set([
  'so',
  'such',
  'clear',
  'true',
  'likely',
  'certain',
  'evidence',
  'fact',
  'idea',
  'claim',
  'notion',
  'belief',
  'hope',
  'sure',
  'possible',
  'now',
  'means',
  'mean',
  'say',
  'says',
  'think',
  'thinks',
  'suggest',
  'suggests',
  'suggested',
  'believe',
  'believes',
  'know',
  'knows',
  'known',
  'is',
  'are',
  'was',
  'were',
  'given',
  'except',
  'noting',
  'note',
  'notes'
])

/**
 * Adjectives of recurrence, WordNet's "occurring every day / night / week..." (`daily`, `nightly`,
 * `weekly`): before the name of an act or a thing, they make it a habit (`a daily crossword`, `a
 * nightly bath`). Not adverbs of manner, though they end in -ly. (read in src/model/claims.ts)
 */
export const routineAdjectives: ReadonlySet<string> = new Set([
  // WordNet's `regular`, "occurring at fixed intervals" (`regular sessions`, `regular meals`)
  'regular',
  'daily',
  'nightly',
  'weekly',
  'fortnightly',
  'monthly',
  'hourly'
])

/**
 * Times of a day's routine after `before` or `after`: bed and the meals (WordNet's meal and its
 * kinds), and work: an act or a thing at one of them is a habit (`prayer before bed`, `a walk after
 * dinner`). (read in src/model/claims.ts)
 */
export const routineTimes: ReadonlySet<string> = new Set([
  'bed',
  'bedtime',
  'meal',
  'meals',
  'breakfast',
  'brunch',
  'lunch',
  'dinner',
  'supper',
  'work'
])

/** Prepositions of a time of routine (`before bed`, `after meals`). (read in src/model/claims.ts) */
export const routinePrepositions: ReadonlySet<string> = new Set(['before', 'after'])

/** Prepositions of the time that follows a start (`Since starting ZenDrops:`, `After a month of kefir:`): a list after
 * such a lead-in tells what followed the intervention it names. (read in src/claims/fragments.ts) */
export const sincePrepositions: ReadonlySet<string> = new Set(['since', 'after'])

/** The gerunds of the verbs of two letters (`do`, `go`; `be` is no practice): `Doing a crossword`,
 * `Going to bed earlier`. (read in src/model/claims.ts) */
export const shortVerbGerunds: ReadonlySet<string> = new Set(['doing', 'going'])

/** Words in -ing that are no gerund of a practice (`something`, `morning`, `during`). (read in src/model/claims.ts) */
export const notGerunds: ReadonlySet<string> = new Set([
  'something',
  'nothing',
  'anything',
  'everything',
  'morning',
  'evening',
  'spring',
  'during',
  'according',
  'including',
  'following',
  'regarding',
  'concerning',
  'being',
  'king',
  'thing',
  'things',
  'emerging',
  'growing',
  'increasing',
  'existing',
  'ongoing',
  'underlying',
  'surprising',
  'interesting',
  'striking',
  'missing',
  'remaining',
  'leading',
  'resulting',
  'corresponding',
  'working'
])

/**
 * Participles of correlation that describe the noun before them (`nausea linked to pregnancy`).
 * (read in src/model/claims.ts)
 */
export const correlationalParticiples: ReadonlySet<string> = new Set([
  'associated',
  'linked',
  'tied',
  'connected',
  'related',
  'correlated'
])

/**
 * Forms of *be*, *get* and *become* before a participle (`is linked to`, `is lowered by`).
 * (read in src/model/claims.ts and src/claims/constructions.ts)
 */
export const beForms: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  "'s",
  'get',
  'gets',
  'got',
  'become',
  'becomes'
])

/**
 * Prepositions that open an adverbial phrase before a fragment's verb (`In men, supports`).
 * (read in src/model/claims.ts)
 */
export const openingPrepositions: ReadonlySet<string> = new Set([
  'in',
  'for',
  'at',
  'during',
  'with',
  'after',
  'on',
  'among',
  'over'
])

/**
 * Verbs that end a noun phrase read backwards (`uses vitamin K to make | proteins that`).
 * (read in src/model/claims.ts)
 */
export const nounPhraseBreakers: ReadonlySet<string> = new Set([
  'use',
  'uses',
  'used',
  'make',
  'makes',
  'made',
  'take',
  'takes',
  'took',
  'get',
  'gets',
  'got',
  'need',
  'needs',
  'contain',
  'contains',
  'produce',
  'produces',
  'form',
  'forms'
])

/**
 * Words that may follow the head of a noun phrase (`a natural antihistamine for`).
 * (read in src/claims/constructions.ts)
 */
export const afterNounHead: ReadonlySet<string> = new Set([
  'for',
  'against',
  'that',
  'which',
  'with',
  'and',
  'or',
  'to',
  'in',
  'on',
  'from',
  'of',
  'found',
  'known',
  'used',
  'but',
  'when',
  'because',
  // `the cheapest antidepressant there is`
  'there'
])

/** Words that open a new clause and so end a noun phrase read forwards. (read in src/claims/constructions.ts) */
export const clauseOpeners: ReadonlySet<string> = new Set([
  'and',
  'but',
  'or',
  'which',
  'that',
  'who',
  'because',
  'while',
  'when',
  'if',
  'so'
])

/** Possessive determiners (`my`, `your`). (read in src/claims/constructions.ts) */
export const possessiveDeterminers: ReadonlySet<string> = new Set(['my', 'your', 'our', 'his', 'her', 'their'])

/** Words of the second person. (read in src/claims/features.ts) */
export const secondPersonWords: ReadonlySet<string> = new Set(['you', 'your', "you'll", "you're", 'yours', 'yourself'])

/** Words of the first person (testimonials). (read in src/claims/features.ts) */
export const firstPersonWords: ReadonlySet<string> = new Set([
  'i',
  'my',
  'me',
  "i'm",
  "i've",
  'we',
  'our',
  'us',
  "we've",
  "we're"
])

/**
 * Pronouns that can stand for an intervention named before (`It also sharpens focus`).
 * (read in src/claims/features.ts)
 */
export const pronounAgents: ReadonlySet<string> = new Set(['it', 'they', 'this', 'these', 'its', 'their', 'both'])

/** Markers of the future (`will`, `you'll`). (read in src/claims/features.ts) */
export const futureMarkers: ReadonlySet<string> = new Set(['will', "'ll", "you'll", "it'll", "they'll", 'going'])

/** The finite forms of *be* before a predicate the scorer places a finding on. (read in src/claims/place.ts) */
export const bePresentPast: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were'])

/** Linking verbs of perception (WordNet's verb.perception senses of feel and look) that say a state as *be*
 * does (`my back feels looser`, `pores look smaller`). (read in src/model/claims.ts) */
export const sensoryCopulas: ReadonlySet<string> = new Set(['feel', 'feels', 'felt', 'look', 'looks', 'looked'])

/** The future auxiliary before a verb the scorer places a finding on. (read in src/claims/place.ts) */
export const willForm: ReadonlySet<string> = new Set(['will'])

/**
 * Words ending in -s that are no third-person effect verb (`news`, `series`, `results`).
 * (read in src/claims/place.ts)
 */
export const notVerbsInS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'does',
  'do',
  'did',
  'this',
  'its',
  'as',
  'us',
  'thus',
  'yes',
  'less',
  'unless',
  'news',
  'series',
  'species',
  'basis',
  'analysis',
  'focus',
  'bonus',
  'plus',
  'ideas',
  'needs',
  'results',
  'levels',
  'effects',
  'benefits',
  'cells',
  'days',
  'years',
  'weeks',
  'hours'
])

/** Words of degree, comparison or proof that may open a predicate fragment (`Less effective
 * than X`, `Far more effective`, `Proven safe and effective`), besides `-ly` adverbs. */
export const predicateModifiers: ReadonlySet<string> = new Set([
  'more',
  'less',
  'far',
  'much',
  'very',
  'so',
  'as',
  'just',
  'equally',
  'proven'
])

/** Words that open a clause of question or condition at the start of a sentence (`Whether you
 * lift or run,`, `If magnesium calms you,`): the clause ends at its comma. */
export const conditionalOpeners: ReadonlySet<string> = new Set(['whether', 'if', 'unless'])

/** WordNet's classes of a verb's object that make a verb of change an effect on the body:
 * parts of the body, bodily states and processes, feelings. */
export const healthNounClasses: ReadonlySet<string> = new Set([
  'noun.body',
  'noun.state',
  'noun.process',
  'noun.feeling'
])

/** WordNet's classes of a verb's first sense that act on a thing: change, the body, emotion,
 * motion, contest, social acts, contact, creation (`settles nausea`, `combats fatigue`,
 * `protects the liver`, `restores gut flora`, `triggers headaches`). With an intervention as
 * subject and a bodily object (healthNounClasses) such a verb states an effect. Verbs of
 * saying, thinking, perceiving, having and being (`describes pain`, `contains enzymes`,
 * `requires acid`) are left out: they report or describe, they change nothing. */
export const actingVerbClasses: ReadonlySet<string> = new Set([
  'verb.change',
  'verb.body',
  'verb.emotion',
  'verb.motion',
  'verb.competition',
  'verb.social',
  'verb.contact',
  'verb.creation',
  // feeding and nourishing (`feeds the good bacteria in your colon`)
  'verb.consumption'
])

/** WordNet's synset "change from a waking to a sleeping state" (verb.body, 00017275), each lemma as its
 * verb and its particle or adjective: the phrase itself names a bodily state reached (`Nod off in minutes
 * with X`, `you'll drift off faster`). (read in src/model/claims.ts) */
export const fallingAsleepPhrases: ReadonlyMap<string, string> = new Map([
  ['fall', 'asleep'],
  ['dope', 'off'],
  ['flake', 'out'],
  ['drift', 'off'],
  ['nod', 'off'],
  ['drop', 'off'],
  ['doze', 'off'],
  ['drowse', 'off']
])

/** The future denied, one token or the first of two (`won't`, `will not`, `will never`). (read in
 * src/model/claims.ts) */
export const deniedFutures: ReadonlySet<string> = new Set(["won't", 'won’t', 'will'])

/** WordNet's verbs of "going back to a previous state" (return, recur, come back), each with its particle or
 * none: said of a bodily state after a future denied, the state has ended for good. (read in
 * src/model/claims.ts) */
export const returningVerbs: ReadonlyMap<string, string> = new Map([
  ['return', ''],
  ['recur', ''],
  ['come', 'back']
])

/** Particles right after a verb, before its object (`opens up your blood vessels`). */
export const objectParticles: ReadonlySet<string> = new Set(['up', 'out', 'down', 'away', 'off'])

/** Words that end a verb's object noun phrase: prepositions, conjunctions, relative and
 * subordinating words. */
export const objectEnders: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'to',
  'of',
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'when',
  'while',
  'if',
  // `such as`, `like`: examples after a noun, not the verb's object (`Side effects such as nausea`)
  'such',
  'as',
  'like'
])

/** Articles, possessives and demonstratives: they open a noun phrase and name nothing. */
export const determiners: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'your',
  'my',
  'our',
  'their',
  'his',
  'her',
  'its',
  'this',
  'that',
  'these',
  'those'
])

/** WordNet's lexicographer classes of nouns that name no product a seller offers (`our team`,
 * `our bodies`, `our winters`, `our village`): people and their groups, the body's parts, states,
 * feelings and processes, times and places. (read in src/model/claims.ts and src/claims/classes.ts) */
export const notProductClasses: ReadonlySet<string> = new Set([
  'noun.person',
  'noun.group',
  'noun.body',
  'noun.state',
  'noun.feeling',
  'noun.process',
  'noun.time',
  'noun.location',
  'noun.motive'
])

/** WordNet's classes of nouns of saying and knowing (`Fun Fact`, `Small Print`, `Our Story`): a
 * label of them names a part of the page, not a product. (read in src/claims/classes.ts) */
export const labelNounClasses: ReadonlySet<string> = new Set(['noun.communication', 'noun.cognition'])

/** The forms of the verbs of asserting (WordNet's verb.communication verbs of stating as true:
 * `say`, `state`, `assert`, `claim`, `promise`, `insist`, `swear`, `report`): a claim after them is
 * someone's word. (read in src/model/claims.ts) */
export const assertingVerbForms: ReadonlySet<string> = new Set([
  'say',
  'says',
  'said',
  'state',
  'states',
  'stated',
  'assert',
  'asserts',
  'asserted',
  'claim',
  'claims',
  'claimed',
  'promise',
  'promises',
  'promised',
  'insist',
  'insists',
  'insisted',
  'swear',
  'swears',
  'swore',
  'report',
  'reports',
  'reported'
])

/** The conjunctions that join two clauses (`, and`, `, but`): after a report, a clause of the writer's own may
 * follow. (read in src/model/claims.ts) */
export const clauseCoordinators: ReadonlySet<string> = new Set(['and', 'but'])

/** Conjunctions that open a clause of contrast or concession after a comma (`, but`, `, although`, `, even if`): a
 * disclaimer in one clause (`Results may vary, but ...`, `..., although it is not a substitute for ...`) leaves the
 * other clause prose. `even` counts before `if` or `though` only (WordNet's subordinating `even if`, `even though`).
 * (read in src/model/sentences.ts) */
export const contrastConjunctions: ReadonlySet<string> = new Set([
  'but',
  'although',
  'though',
  'yet',
  'while',
  'whereas',
  'even'
])

/** What `even` must stand before to open a clause of concession (`even if`, `even though`). (read in
 * src/model/sentences.ts) */
export const concessiveAfterEven: ReadonlySet<string> = new Set(['if', 'though'])

/** The relative pronouns of a person (`who`, `whom`): an aside they open after a name says the name is someone's
 * (`Dave, who runs a roofing firm, says`). (read in src/model/claims.ts) */
export const personPronouns: ReadonlySet<string> = new Set(['who', 'whom'])

/** The forms of *find* (`Some people find that ginger gives them heartburn`): what an indefinite part of people
 * finds, the writer reports as theirs. (read in src/model/claims.ts) */
export const findingVerbForms: ReadonlySet<string> = new Set(['find', 'finds', 'found'])

/** Determiners of one of many sellers (`One brand says`, `A brand insists`): a trade name after one stands for its
 * maker. (read in src/model/claims.ts) */
export const sellerDeterminers: ReadonlySet<string> = new Set(['one', 'a', 'another'])

/** Words of approximation before a multiplier (`around three times as likely`). (read in
 * src/claims/constructions.ts) */
export const multiplierApproximators: ReadonlySet<string> = new Set(['around', 'about', 'nearly', 'almost', 'roughly'])

/** The forms of *report*: before an outcome that changed (`Participants reported less pain`) they tell of what
 * someone felt, no report of a claim. (read in src/model/claims.ts) */
export const reportingForms: ReadonlySet<string> = new Set(['report', 'reports', 'reported'])

/** The pronouns of the writer (`I`, `we`): what they say, the writer says. (read in src/model/claims.ts) */
export const writerPronouns: ReadonlySet<string> = new Set(['i', 'we'])

/** The participles of the verbs of beginning and going on (`started`, `begun`, `continued`): after a
 * causative's object they tell of a start (`gets you started`), not of a state. (read in
 * src/claims/constructions.ts) */
export const beginningParticiples: ReadonlySet<string> = new Set(['started', 'begun', 'continued'])

/** Nouns of force or working (`power`, `punch`, `action`): named by what they act on or against
 * (`anti-nausea power`, `cortisol-taming punch`), they are an effect of their owner. (read in
 * src/model/claims.ts) */
export const actionNouns: ReadonlySet<string> = new Set(['power', 'powers', 'punch', 'action', 'actions'])

/** Distributive determiners (`any`, `every`, `each`): like an article, they open a noun phrase, so
 * a verb's form after them is an adjective (`settles any upset stomach`). (read in
 * src/model/claims.ts) */
export const distributiveDeterminers: ReadonlySet<string> = new Set(['any', 'every', 'each'])

/** English function words of four letters or more: pronouns, determiners, prepositions,
 * conjunctions and auxiliaries, a closed class of the grammar. WordNet holds only content
 * words, so a capitalised function word (`This`, `Your`, `Which`) would otherwise pass for an
 * unknown product name. */
export const functionWords: ReadonlySet<string> = new Set([
  'this',
  'that',
  'these',
  'those',
  'they',
  'them',
  'their',
  'theirs',
  'there',
  'then',
  'than',
  'thus',
  'your',
  'yours',
  'ours',
  'mine',
  'hers',
  'itself',
  'himself',
  'herself',
  'myself',
  'yourself',
  'ourselves',
  'themselves',
  'what',
  'which',
  'whom',
  'whose',
  'when',
  'where',
  'while',
  'whilst',
  'whether',
  'with',
  'within',
  'without',
  'from',
  'into',
  'onto',
  'upon',
  'about',
  'above',
  'after',
  'before',
  'below',
  'between',
  'during',
  'since',
  'until',
  'unless',
  'though',
  'although',
  'because',
  'toward',
  'towards',
  'among',
  'amongst',
  'across',
  'against',
  'along',
  'around',
  'behind',
  'beside',
  'besides',
  'beyond',
  'despite',
  'except',
  'inside',
  'outside',
  'through',
  'throughout',
  'unlike',
  'versus',
  'whereas',
  'either',
  'neither',
  'both',
  'each',
  'every',
  'some',
  'many',
  'much',
  'more',
  'most',
  'such',
  'does',
  'doing',
  'have',
  'having',
  'were',
  'been',
  'being',
  'will',
  'would',
  'shall',
  'should',
  'could',
  'might',
  'must',
  'cannot'
])

/** Quotation marks, straight and curly: they set off a name inside a noun phrase. */
export const quoteMarks: ReadonlySet<string> = new Set(['"', '“', '”', '‘', '’'])

/** Subordinating conjunctions that open a finite clause with its own subject (`because it
 * raises`, `since they calm`): not part of the subject. */
export const subordinators: ReadonlySet<string> = new Set([
  'because',
  'since',
  'as',
  'so',
  'once',
  'although',
  'though',
  'whereas',
  'while',
  'when'
])

/** Light verbs: their meaning comes from their complement (`makes skin drier`, `takes the
 * strain off`, `gives a lift`), so a class of their own sense says nothing; the constructions
 * of src/claims/constructions.ts read them with their complements. */
export const lightVerbs: ReadonlySet<string> = new Set([
  'make',
  'take',
  'give',
  'get',
  'have',
  'do',
  'put',
  'let',
  'go',
  'come',
  'keep',
  'set'
])

/** WordNet's classes of the noun before a doer noun of effect (`stress buster`, `mood booster`,
 * `pain reliever`, `energy booster`, `fat burner`): states, feelings, processes, the body,
 * attributes and substances. */
export const doerObjectClasses: ReadonlySet<string> = new Set([
  'noun.state',
  'noun.feeling',
  'noun.process',
  'noun.body',
  'noun.attribute',
  'noun.substance'
])

/** Conjunctions that open a clause of use after a passive effect (`is reduced when you take X`). */
export const clauseOfUse: ReadonlySet<string> = new Set(['when', 'once', 'if', 'after', 'whenever'])

/** Subordinators of time that set a limit (`before it touches the skin`, `until the rash
 * clears`): the clause after them dates an event, it states no effect. */
export const temporalSubordinators: ReadonlySet<string> = new Set(['before', 'until', 'till'])

/** Effect verbs that an embedded question turns into a topic (`how magnesium works`, `why it
 * works`): after *how* or *why* they ask, they do not state. */
export const questionableVerbs: ReadonlySet<string> = new Set(['work'])

/** Words of seeking or wanting: an indefinite thing after them (`looking for a cream that
 * will clear my skin`, `I need a supplement that`) is wished for, so what it does is no claim. */
export const seekingWords: ReadonlySet<string> = new Set([
  'hunt',
  'search',
  'searching',
  'look',
  'looking',
  'seek',
  'seeking',
  'want',
  'wanted',
  'need',
  'needed',
  'wish',
  'hoping',
  'dream'
])

/** Suffixes of medical terms for a condition or symptom (Greek and Latin roots of clinical
 * terminology: arthr*itis*, fibromy*algia*, fibr*osis*, anaem*ia*, neuro*pathy*, my*oma*): a word
 * that WordNet does not know but ends so names a state of the body, not a product's name (`Sarcopenia raises the
 * risk of falls`). Six letters at least. (read in src/model/claims.ts and src/claims/classes.ts) */
export const conditionSuffixes: readonly string[] = [
  'itis',
  'osis',
  'algia',
  'emia',
  'aemia',
  'pathy',
  'plasia',
  'oma',
  'uria',
  'rrhea',
  'rrhoea',
  // (a deficiency: sarco*penia*, osteo*penia*)
  'penia',
  // (an enlargement, a paralysis: spleno*megaly*, hemi*plegia*)
  'megaly',
  'plegia'
]

/**
 * Words after a verb that show it stands without an object (`grows well in dry soil`,
 * `heals fast`): adverbs of manner and direction, prepositions, and subordinators that open the
 * next clause. (read in src/model/claims.ts)
 */
export const objectlessFollowers: ReadonlySet<string> = new Set([
  'well',
  'fast',
  'faster',
  'quickly',
  'slowly',
  'back',
  'in',
  'on',
  'at',
  'with',
  'during',
  'over',
  'after',
  'by',
  'from',
  'when',
  'if'
])

/**
 * Subordinators of condition: a clause they open (`If magnesium calms you, take it at night`)
 * states no effect. (read in src/model/claims.ts)
 */
export const conditionalSubordinators: ReadonlySet<string> = new Set(['if', 'unless', 'when', 'whenever'])

/**
 * Words that open an embedded question (`Here is how X works`): the verb after them is asked about,
 * not claimed. (read in src/model/claims.ts)
 */
export const embeddedQuestionOpeners: ReadonlySet<string> = new Set(['how', 'why', 'whether', 'if'])

/**
 * Quantifiers of absence: benefits they quantify (`see little benefit`) are denied, not claimed.
 * (read in src/model/claims.ts)
 */
export const absenceQuantifiers: ReadonlySet<string> = new Set(['no', 'little', 'few', 'any', 'none'])

/**
 * Personal pronouns and possessive determiners that open a person object (`gives you energy`,
 * `gives your skin a glow`). (read in src/model/claims.ts)
 */
export const personObjectWords: ReadonlySet<string> = new Set([
  'you',
  'your',
  'us',
  'our',
  'them',
  'their',
  'me',
  'my',
  'him',
  'his',
  'her'
])

/**
 * Auxiliaries before a finite effect verb that a fix rewrites with the verb (`does enhance`,
 * `will shorten` -> may ...). (read in src/model/claims.ts)
 */
export const rewrittenAuxiliaries: ReadonlySet<string> = new Set(['do', 'does', 'did', 'will'])

/** Forms of *have*, the perfect's auxiliary (`has improved sleep`). (read in src/model/claims.ts) */
export const haveForms: ReadonlySet<string> = new Set(['has', 'have', 'had'])

/**
 * Conjunctions that join the items of a list or coordinated verbs (`reduces or even eliminates`).
 * (read in src/model/claims.ts)
 */
export const listConjunctions: ReadonlySet<string> = new Set(['and', 'or'])

/**
 * Prepositions after a past participle that make it a reduced relative clause describing the noun
 * before it (`powder dissolved in water`, `cells treated with zinc`). (read in src/model/claims.ts)
 */
export const reducedRelativePrepositions: ReadonlySet<string> = new Set([
  'in',
  'into',
  'with',
  'by',
  'from',
  'at',
  'during',
  'under',
  // a route (`magnesium absorbed through the skin`, `drugs delivered via a patch`)
  'through',
  'via',
  // a purpose (`the sleep patch made for women in perimenopause`, `a balm designed for cracked heels`)
  'for'
])

/**
 * Words before a past form that make it a finite verb or a perfect, not a reduced relative
 * (`it dissolved in`, `has dissolved in`, `which treated with`). (read in src/model/claims.ts)
 */
export const finitePastLeaders: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'it',
  'they',
  'this',
  'which',
  'that'
])

/**
 * Words before an -ing form that make it a participle clause of effect (`, thereby reducing`,
 * `by lowering`, `while improving`). (read in src/model/claims.ts)
 */
export const participleLeaders: ReadonlySet<string> = new Set([
  'and',
  'or',
  'by',
  'thereby',
  'thus',
  'further',
  'also',
  'while',
  'for',
  'in',
  'without',
  'of'
])

/**
 * Plural and possessive determiners: a word after them that looks like a third-person verb is a
 * noun (`Addressing these triggers`, `your needs`). (read in src/model/claims.ts)
 */
export const pluralOrPossessiveDeterminers: ReadonlySet<string> = new Set([
  'these',
  'those',
  'many',
  'several',
  'both',
  'all',
  'your',
  'our',
  'their',
  'my'
])

/** The articles. (read in src/model/claims.ts and src/claims/constructions.ts) */
export const articles: ReadonlySet<string> = new Set(['a', 'an', 'the'])

/**
 * Prepositions after a verb of rivalry (`nothing compares to X`, `nothing beats ... with`), before
 * its object. (read in src/claims/constructions.ts)
 */
export const rivalPrepositions: ReadonlySet<string> = new Set(['to', 'with'])

/**
 * Words that end the noun phrase of a rival's object (`nothing beats a cold shower for waking up`).
 * (read in src/claims/constructions.ts)
 */
export const rivalObjectEnders: ReadonlySet<string> = new Set(['for', 'in', 'at', 'when', 'as'])

/**
 * Relative pronouns that open a clause of a person taking something (`people who take X`,
 * `those that use X`). (read in src/claims/constructions.ts)
 */
export const personRelativePronouns: ReadonlySet<string> = new Set(['who', 'that'])

/**
 * Determiners and degree words before a comparative outcome (`a lower risk`, `much better`): the
 * word before is then no verb of experiencing. (read in src/claims/constructions.ts)
 */
export const comparativeModifiers: ReadonlySet<string> = new Set(['a', 'an', 'the', 'much', 'far', 'even', 'no', 'any'])

/**
 * Prepositions after a noun of change that name what changed (`a drop in`, `a surge of`,
 * `a rise to`). (read in src/claims/constructions.ts)
 */
export const changeNounPrepositions: ReadonlySet<string> = new Set(['in', 'of', 'to'])

/**
 * Copulas before a predicate noun of remedy (`is a natural antihistamine`,
 * `it's a potent antioxidant`). (read in src/claims/constructions.ts)
 */
export const remedyCopulas: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'remains', "'s", "it's"])

/** Modals that hedge (`might be the miracle fix for`): after one, `be` is a remedy's copula too, and only a
 * booster makes a claim of it; a base form after one is a verb (`may finally cool`). (read in
 * src/claims/constructions.ts and src/model/claims.ts) */
export const hedgingModals: ReadonlySet<string> = new Set(['may', 'might', 'could', 'can'])

/** Prepositions that end a passive's `by` agent (`caused by X in most cases`). (read in src/claims/constructions.ts) */
export const agentPhraseEnders: ReadonlySet<string> = new Set(['in', 'for', 'at', 'on', 'within', 'after', 'over'])

/**
 * Pronouns that stand as the subject of a claim, as an agent class does (`it erases`,
 * `these reduce`). (read in src/claims/place.ts)
 */
export const subjectPronounAgents: ReadonlySet<string> = new Set(['it', 'they', 'this', 'these'])

/**
 * Irregular past participles (no -ed, no -en) after a perfect's *have* (`has cut`, `have kept`,
 * `had seen`): with *have* they make a finite effect that a fix rewrites as `may have ...`.
 * (read in src/model/claims.ts and, case-insensitively, in src/claims/rewording.ts)
 */
export const irregularPerfectParticiples: ReadonlySet<string> = new Set([
  'cut',
  'shed',
  'built',
  'grown',
  'left',
  'kept',
  'made',
  'fought',
  'bound',
  'led',
  'felt',
  'got',
  'seen'
])

/**
 * Words that open a segment's fronted phrase before its comma (`By lowering cortisol, ...`,
 * `Unlike X, ...`): the clause's effect is looked for after the comma.
 * (read in src/model/claims.ts)
 */
export const frontedPhraseOpeners: ReadonlySet<string> = new Set(['by', 'when', 'if', 'for', 'at', 'in', 'unlike'])

/**
 * Prepositions in a fronted phrase of time before the intervention (`After a week on X`,
 * `After two months of X`, `Within days with X`). (read in src/claims/constructions.ts)
 */
export const frontedInterventionPrepositions: ReadonlySet<string> = new Set(['on', 'of', 'with'])

/**
 * Adverbs of degree and manner that may stand between a verb of receiving and its preposition
 * (`responds very well to`), beside any adverb in -ly. (read in src/claims/constructions.ts)
 */
export const receiverAdverbs: ReadonlySet<string> = new Set([
  'well',
  'greatly',
  'quickly',
  'fast',
  'faster',
  'better',
  'best',
  'most',
  'much',
  'very',
  'so',
  'especially'
])

/** Forms of *do* as an auxiliary (`does enhance` -> `may enhance`). (read in src/claims/rewording.ts) */
export const doForms: ReadonlySet<string> = new Set(['do', 'does', 'did'])

/** Verbs of being and seeming that a promise of a bodily state takes after `will` (`your skin
 * will be smoother`, `your joints will feel younger`). (read in src/model/claims.ts) */
export const promisedStateVerbs: ReadonlySet<string> = new Set([
  'be',
  'feel',
  'look',
  'become',
  'get',
  'stay',
  'remain',
  // WordNet's `fall`, "pass suddenly and passively into a state of body or mind" (`fall asleep`)
  'fall'
])

/** Subordinators of reason (a closed class): after a comma they open a clause that gives the
 * reason for the one before (`Take it at night, since it calms the nerves`). (read in src/model/claims.ts) */
export const reasonSubordinators: ReadonlySet<string> = new Set(['because', 'since', 'as'])

/** Prepositions that attach what a better state comes with in a sentence with no verb
 * (`thicker hair with X`, `whiter teeth after X`). (read in src/model/claims.ts) */
export const verblessAttachments: ReadonlySet<string> = new Set(['with', 'from', 'after'])

/** Verbs of exchange: after them, what is taken instead stands after `for` (`Swap your coffee for
 * matcha`). (read in src/model/claims.ts) */
export const exchangeVerbs: ReadonlySet<string> = new Set(['swap', 'switch', 'trade', 'exchange'])

/** Personal pronouns in the subject case: a phrase that holds one is a clause, not a noun phrase.
 * (read in src/model/claims.ts) */
export const subjectPronouns: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'we', 'they'])

/** The pronoun that stands for things named before in the case only a subject takes (`they`; `it` and
 * `you` are objects too): right before its verb it is the whole subject, whatever precedes it
 * (`because taken before you fly they stop`). (read in src/model/claims.ts) */
export const nominativeAnaphors: ReadonlySet<string> = new Set(['they'])

/** Titles before a person's name (`Dr Rowe`, `Prof Lindqvist`): the capitalised word after one is
 * a person, not a product. (read in src/model/claims.ts) */
export const personalTitles: ReadonlySet<string> = new Set([
  'dr',
  'doctor',
  'prof',
  'professor',
  'mr',
  'mrs',
  'ms',
  'miss',
  'sir',
  'dame'
])

/** Comparatives not formed with -er (isDegreeForm reads those): the irregular ones and the
 * words that make one of the adjective after them (`sleep better`, `more supple`, `less puffy`).
 * (read in src/model/claims.ts) */
export const plainComparatives: ReadonlySet<string> = new Set(['better', 'worse', 'more', 'less'])

/** English nouns whose plural is not made with -s (a closed class of the grammar): the plural and
 * its singular, for looking nouns up in WordNet (`children`, `teeth`, `calves`). (read in
 * src/claims/classes.ts) */
export const irregularPlurals: ReadonlyMap<string, string> = new Map([
  ['children', 'child'],
  ['people', 'person'],
  ['men', 'man'],
  ['women', 'woman'],
  ['feet', 'foot'],
  ['teeth', 'tooth'],
  ['mice', 'mouse'],
  ['geese', 'goose'],
  ['calves', 'calf'],
  ['halves', 'half'],
  ['knives', 'knife'],
  ['leaves', 'leaf'],
  ['lives', 'life'],
  ['wives', 'wife'],
  ['selves', 'self'],
  ['shelves', 'shelf'],
  ['loaves', 'loaf'],
  ['wolves', 'wolf'],
  ['hooves', 'hoof'],
  ['oxen', 'ox'],
  // Latin and Greek plurals
  ['bacteria', 'bacterium'],
  ['fungi', 'fungus'],
  ['algae', 'alga'],
  ['larvae', 'larva'],
  ['nuclei', 'nucleus'],
  ['stimuli', 'stimulus'],
  ['vertebrae', 'vertebra'],
  ['bacilli', 'bacillus'],
  ['protozoa', 'protozoon'],
  ['criteria', 'criterion'],
  ['phenomena', 'phenomenon']
])

/**
 * Closed-class words (particles, quantifiers, degree words) that WordNet also lists as adjectives
 * (`up`, `all`, `own`, `only`): after a causative's object they are not a state of it (`keeps
 * your skin up to date` is no `keeps your skin soft`). (read in src/claims/classes.ts)
 */
export const closedClassAdjectives: ReadonlySet<string> = new Set([
  'up',
  'down',
  'in',
  'on',
  'off',
  'out',
  'over',
  'back',
  'away',
  'all',
  'own',
  'other',
  'same',
  'few',
  'little',
  'last',
  'next',
  'only',
  'very',
  'well',
  'due',
  'worth',
  'able',
  'daily',
  'such',
  'much',
  'more',
  'less',
  'most',
  'least',
  'many',
  'several',
  'whole',
  'certain',
  'said',
  'then',
  'about',
  'after',
  'behind',
  'through'
])

/**
 * Prepositions of time, accompaniment or use that open a phrase after a subject noun, before its
 * verb (`Two kiwis before bed help`, `Capsules with meals reduce`): the verb agrees with the noun
 * before the phrase. (read in src/model/claims.ts)
 */
export const postmodifierPrepositions: ReadonlySet<string> = new Set([
  'before',
  'after',
  'with',
  'at',
  'during',
  'in',
  'on',
  'of'
])

/**
 * Verbs of causing, in the forms a relative clause gives them (`the bacteria that cause bad
 * breath`, `the enzyme which triggers inflammation`): a thing that causes a bodily state is a
 * bodily object for the verb before it (`removes the bacteria that cause bad breath`).
 * (read in src/model/claims.ts)
 */
export const causingVerbForms: ReadonlySet<string> = new Set([
  'cause',
  'causes',
  'caused',
  'trigger',
  'triggers',
  'triggered',
  'produce',
  'produces',
  'fuel',
  'fuels',
  'drive',
  'drives',
  'worsen',
  'worsens',
  'provoke',
  'provokes'
])

/** Adverbs of degree not formed with -ly, before a state (`almost non-existent`, `far less
 * frequent`). (read in src/model/claims.ts) */
export const degreeAdverbs: ReadonlySet<string> = new Set(['almost', 'nearly', 'far', 'much', 'quite', 'so', 'very'])

/** Adverbs of degree before a predicate's adjective (`is well established`, `has been so obvious`, `is more direct`):
 * the degree adverbs and the adverbs of comparison and of truth that are not formed with -ly. (read in
 * src/claims/constructions.ts) */
export const stateAdverbs: ReadonlySet<string> = new Set([...degreeAdverbs, 'well', 'more', 'most', 'really', 'truly'])

/** The possessive determiners of a thing or things named before (`its effect`, `their impact`). (read in
 * src/claims/constructions.ts) */
export const possessivePronounOwners: ReadonlySet<string> = new Set(['its', 'their'])

/** Prepositions of a goal a thing is carried to (`directs calcium into your bones`, `carries
 * oxygen to the muscles`). (read in src/model/claims.ts) */
export const goalPrepositions: ReadonlySet<string> = new Set(['into', 'to', 'through'])

/** Quantifiers over everything (`a cure for everything`, `the answer to all that ails you`).
 * (read in src/claims/constructions.ts) */
export const universalQuantifiers: ReadonlySet<string> = new Set(['everything', 'anything', 'all'])

/** Nouns of a way to somewhere (`the fastest way to a sharper memory`, `a shortcut to deeper
 * sleep`). (read in src/model/claims.ts) */
export const pathNouns: ReadonlySet<string> = new Set(['way', 'path', 'route', 'road', 'shortcut', 'ticket'])

/** Nouns of measure before a comparative (`years younger`, `ten times stronger`, `shades
 * lighter`). (read in src/model/claims.ts) */
export const comparativeMeasures: ReadonlySet<string> = new Set(['years', 'times', 'shades', 'sizes', 'notches'])

/** Nouns of a quantity in one's body after a possessive (`your iron stores`, `their vitamin D
 * levels`, `your red cell count`): the body's own measures. (read in src/model/claims.ts) */
export const bodyMeasureNouns: ReadonlySet<string> = new Set(['levels', 'level', 'stores', 'reserves', 'count'])

/** Nouns of a unit of use (`one session`, `a daily dose`, `a single application`): as an agent
 * they stand for what is used, the document's topic or the intervention named just before.
 * (read in src/model/claims.ts) */
export const useNouns: ReadonlySet<string> = new Set([
  'session',
  'sessions',
  'dose',
  'doses',
  'serving',
  'servings',
  'application',
  'applications',
  'treatment',
  'treatments',
  'visit',
  'visits'
])

/** The forms of *be* that make a progressive with an `-ing` form after them. */
export const progressiveBe: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', "'s", "'re"])

/** Words before what a thing holds (`packed with`, `rich in`, `full of`, `contains`): the substance
 * named after them is taken with the thing. (read in src/model/claims.ts) */
export const containingWords: ReadonlySet<string> = new Set(['with', 'in', 'of', 'contains', 'contain', 'provides'])

/** Quotation marks that open a quotation. (read in src/model/claims.ts) */
export const openingQuotes: ReadonlySet<string> = new Set(['"', '“', '‘', "'"])

/** Participles of naming, of WordNet's synsets of *name*, *call* ("assign a specified proper name to") and
 * *title*, *entitle* ("give a title to"), and *dub* and *headline*: a quotation after one is a title
 * (`a thread titled "magnesium changed my life"`), not a statement. (read in src/model/claims.ts) */
export const namingParticiples: ReadonlySet<string> = new Set([
  'titled',
  'entitled',
  'named',
  'called',
  'dubbed',
  'headlined'
])

/** Determiners of an indefinite part (`Some people say`, `A few readers`, `Several users`, `Many people
 * report`): what such a part of people says, the writer reports at a distance. (read in
 * src/model/claims.ts) */
export const indefiniteReporters: ReadonlySet<string> = new Set(['some', 'few', 'several', 'a', 'many'])

/** WordNet's synset 06858649 {trade name, brand name, brand, marque} ("a name given to a product or service"): with
 * `the`, the maker that the name stands for (`The brand says`), a seller distanced as a body of people is. (read
 * in src/model/claims.ts) */
export const tradeNameNouns: ReadonlySet<string> = new Set(['brand', 'marque'])

/** Determiners of what a product is sold in or with, as a reporter (`The box says`, `its label claims`, `One advert
 * promises`): the definite article, `this`, the third person's possessives and one of many; not `our` (the seller's
 * own voice) nor `my`/`your`, nor `that` (which opens a clause as often). (read in src/model/claims.ts) */
export const mediaDeterminers: ReadonlySet<string> = new Set([
  'the',
  'this',
  'its',
  'their',
  'one',
  'a',
  'an',
  'each',
  'every'
])

/** Verbs of coming to know by hearsay (`I keep reading that`, `I've heard that`). (read in
 * src/model/claims.ts) */
export const hearsayVerbs: ReadonlySet<string> = new Set(['read', 'reading', 'hear', 'heard', 'hearing'])

/** Where one reads or hears something (`read online that`, `hear everywhere that`). (read in src/model/claims.ts) */
export const hearsayPlaces: ReadonlySet<string> = new Set(['online', 'everywhere', 'somewhere'])

/** Who a report is told to (`told us`, `tell me`). (read in src/model/claims.ts) */
export const reportedTo: ReadonlySet<string> = new Set(['us', 'me'])

/** Words that open a reported clause (`that`). (read in src/model/claims.ts) */
export const thatWords: ReadonlySet<string> = new Set(['that'])

/**
 * The interrogative words of English (WordNet's wh- adverbs and pronouns): after a comma and a
 * coordinator or none, they open a question that ends a statement (`X calms the mind, so why not try
 * it?`); at a sentence's start, a question. (read in src/model/sentences.ts)
 */
export const interrogatives: ReadonlySet<string> = new Set(['why', 'how', 'what', 'who', 'which', 'where', 'when'])

/**
 * Auxiliaries and modals that open a yes-no question by inversion (`Does it work?`, `Can magnesium
 * help?`). (read in src/model/sentences.ts)
 */
export const invertingAuxiliaries: ReadonlySet<string> = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'can',
  'could',
  'should',
  'would',
  'will',
  'has',
  'have',
  'had',
  'may',
  'might',
  'must',
  'shall'
])

/** Coordinators that join a question to the statement before it (`, so why not`, `, and who`). (read in
 * src/model/sentences.ts) */
export const questionJoiners: ReadonlySet<string> = new Set(['so', 'and', 'but'])

/**
 * Words after a span of time that make it a point in time, not a session spent (`Ten minutes later`,
 * `Two hours after the meal`, `Five minutes into the run`): adverbs and prepositions of time. (read in
 * src/model/claims.ts)
 */
export const spanTimeWords: ReadonlySet<string> = new Set([
  'later',
  'earlier',
  'ago',
  'after',
  'before',
  'into',
  'since',
  'until',
  'till',
  'past',
  'left',
  'from',
  'or',
  'to'
])

/** Subordinators of a time from which something holds (`since I started`, `once I switched to`): with a
 * first person and a verb of starting, they tell of a regimen begun. (read in src/model/claims.ts) */
export const onsetSubordinators: ReadonlySet<string> = new Set(['since', 'once', 'after'])

/** First persons, who tell their own regimen (`since I started`, `once we switched`). (read in
 * src/model/claims.ts) */
export const firstPersons: ReadonlySet<string> = new Set(['i', 'we'])

/** Verbs of starting or taking up something, in the past (`started`, `switched to`, `tried`). (read in
 * src/model/claims.ts) */
export const startingPasts: ReadonlySet<string> = new Set(['started', 'began', 'switched', 'tried', 'added', 'took'])

/**
 * Units that measure a bout of exercise (distances swum, run or walked, and repetitions: `Sixty lengths`,
 * `Five kilometres`, `Ten laps`, `Fifty reps`): a count of one, like a span of time, names a session.
 * (read in src/model/claims.ts)
 */
export const exerciseUnits: ReadonlySet<string> = new Set([
  'lengths',
  'laps',
  'miles',
  'kilometres',
  'kilometers',
  'km',
  'steps',
  'reps',
  'repetitions',
  'rounds'
])

/** Adverbs of focus that may open a span of time (`Just ten minutes a day`, `Only five minutes`). (read in
 * src/model/claims.ts) */
export const focusAdverbs: ReadonlySet<string> = new Set(['just', 'only', 'even'])

/** Bounds before a quantity's number (`up to 150 kg`, `over 2 litres`): the grammar's prepositions and
 * adverbs of approximation. (read in src/model/claims.ts) */
export const loadBounds: ReadonlySet<string> = new Set(['up', 'to', 'over', 'under', 'about', 'around', 'nearly'])

/** Prepositions after a span of time that attach what was used in it (`Five minutes with the CalmKit app`,
 * `Three weeks on magnesium`, `Two weeks in the Poise`: what one sits or lies in). (read in src/model/claims.ts) */
export const spanPrepositions: ReadonlySet<string> = new Set(['with', 'on', 'in'])

/** Nouns of what feeds or mends a part of the body after its name (`brain food`, `skin food`, `gut medicine`,
 * `heart tonic`): WordNet's food and remedy heads that compound with a part of the body. (read in
 * src/model/claims.ts) */
export const nourishmentNouns: ReadonlySet<string> = new Set(['food', 'fuel', 'medicine', 'tonic', 'nourishment'])

/** Demonstrative determiners (`that memory`, `these cramps`). (read in src/model/claims.ts) */
export const demonstratives: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those'])

/** Words that open a clause's subject after a coordinator (`, and it really does soothe`, `, but the tea`): the
 * subject pronouns, `it`, the demonstratives but `that` (after `, and` more often a conjunction) and the definite
 * article. (read in src/model/claims.ts) */
export const clauseSubjects: ReadonlySet<string> = new Set([
  ...subjectPronouns,
  'it',
  ...[...demonstratives].filter((word) => word !== 'that'),
  'the'
])

/** Imperatives of perceiving an outcome happen, WordNet's verbs of perception that take a bare clause (`and
 * watch the jitters disappear`, `and feel your muscles relax`, `and notice your skin glow`). (read in
 * src/model/claims.ts) */
export const watchingVerbs: ReadonlySet<string> = new Set(['watch', 'see', 'feel', 'notice'])

/** Pronouns that stand as a subject for what was named before (`(it flushes toxins out)`, `they soothe`). (read
 * in src/model/claims.ts) */
export const subjectAnaphors: ReadonlySet<string> = new Set(['it', 'they', 'this', 'these'])

/** Determiners that open a part of a thing already named (`the spikes`, `its added glycine`, `our
 * glass-bead fill`): the definite article and the possessives of a thing and of the seller. (read in
 * src/claims/fragments.ts and src/model/claims.ts) */
export const partDeterminers: ReadonlySet<string> = new Set(['the', 'its', 'our'])
