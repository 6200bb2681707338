/**
 * Intervention cues: words that name something a person could take or do (docs/definitions.md,
 * "Intervention"). A claim is only an unhedged claim when its agent is an intervention:
 * "Chronic stress disrupts the gut-brain axis" is not one; "Magnesium reduces anxiety" is.
 *
 * Single words are matched against a word's lower-case form (plural `s` stripped as well);
 * `suffixes` catch compound and chemical names (magnesium glycinate, L-theanine); the
 * `anaphors` stand for an intervention named just before ("it", "this formulation").
 */
export const interventionWords: string[] = [
  // minerals, vitamins, nutrients
  'magnesium', 'zinc', 'iron', 'calcium', 'potassium', 'selenium', 'iodine', 'chromium', 'copper',
  'manganese', 'boron', 'lithium', 'sodium', 'electrolyte', 'vitamin', 'vitamins', 'multivitamin',
  'folate', 'folic', 'biotin', 'niacin', 'niacinamide', 'riboflavin', 'thiamine', 'b12', 'd3', 'k2',
  'omega-3', 'omega-3s', 'omega', 'dha', 'epa', 'fish oil', 'krill', 'cod liver', 'protein', 'fiber',
  'fibre', 'collagen', 'creatine', 'glycine', 'glycinate', 'citrate', 'threonate', 'malate', 'taurate',
  'glutamine', 'arginine', 'carnitine', 'taurine', 'theanine', 'tyrosine', 'tryptophan', '5-htp',
  'melatonin', 'caffeine', 'nicotine', 'alcohol', 'ethanol', 'sugar', 'fructose', 'salt', 'coffee',
  'tea', 'matcha', 'cocoa', 'chocolate', 'turmeric', 'curcumin', 'ginger', 'garlic', 'cinnamon',
  'ashwagandha', 'ginseng', 'rhodiola', 'maca', 'ginkgo', 'valerian', 'chamomile', 'lavender',
  'echinacea', 'elderberry', 'mushroom', 'mushrooms', "lion's", 'mane', 'reishi', 'chaga', 'cordyceps',
  'cbd', 'cannabis', 'thc', 'kratom', 'kava', 'spirulina', 'chlorella', 'moringa', 'berberine',
  'resveratrol', 'quercetin', 'nac', 'glutathione', 'coq10', 'ubiquinol', 'nad', 'nmn', 'antioxidant',
  'antioxidants', 'polyphenol', 'polyphenols', 'catechin', 'catechins', 'egcg', 'flavonoid', 'flavonoids',
  'probiotic', 'probiotics', 'prebiotic', 'prebiotics', 'synbiotic', 'synbiotics', 'psychobiotic',
  'psychobiotics', 'lactobacillus', 'bifidobacterium', 'bifidobacteria', 'saccharomyces', 'kefir',
  'yogurt', 'yoghurt', 'kimchi', 'sauerkraut', 'kombucha', 'honey', 'manuka', 'vinegar', 'ketone',
  'ketones', 'mct', 'oil', 'oils', 'butter', 'ghee', 'nuts', 'almonds', 'walnuts', 'seeds', 'berries',
  'blueberries', 'kale', 'spinach', 'broccoli', 'beetroot', 'superfood', 'superfoods',
  'hydrogen', 'water', 'juice', 'smoothie', 'shake', 'shakes', 'retinol', 'retinoid', 'retinoids',
  'hyaluronic', 'peptide', 'peptides', 'keratin', 'minoxidil', 'finasteride', 'sunscreen',
  'epsom', 'apple', 'apples', 'orange', 'kiwifruit', 'fruit', 'fruits', 'vegetables', 'salmon',
  'eggs', 'oats', 'fat', 'fats', 'carbs', 'carbohydrate', 'carbohydrates',
  // drugs and medical treatments
  'drug', 'drugs', 'medication', 'medications', 'medicine', 'medicines', 'pill', 'pills', 'tablet',
  'tablets', 'capsule', 'capsules', 'softgel', 'softgels', 'gummies', 'dose', 'doses', 'dosing',
  'statin', 'statins', 'antibiotic', 'antibiotics', 'antidepressant', 'antidepressants', 'ssri', 'ssris',
  'aspirin', 'ibuprofen', 'paracetamol', 'acetaminophen', 'metformin', 'insulin', 'semaglutide',
  'ozempic', 'wegovy', 'tirzepatide', 'modafinil', 'adrafinil', 'armodafinil', 'adderall', 'ritalin',
  'methylphenidate', 'piracetam', 'nootropic', 'nootropics', 'stimulant', 'stimulants', 'ppis',
  'diuretics', 'laxative', 'laxatives', 'vaccine', 'vaccines', 'vaccination', 'hrt', 'estrogen',
  'testosterone', 'hormone therapy', 'steroid', 'steroids', 'ointment', 'cream', 'creams', 'serum',
  'serums', 'lotion', 'lotions', 'gel', 'patch', 'spray', 'drops', 'extract', 'extracts', 'formula',
  'formulation', 'formulations', 'supplement', 'supplements', 'supplementation', 'supplementing',
  'product', 'products', 'remedy', 'remedies', 'treatment', 'treatments', 'therapy', 'therapies',
  'intervention', 'interventions', 'procedure', 'surgery', 'injection', 'injections',
  'device', 'devices', 'laser', 'led', 'cpap',
  // practices and habits
  'exercise', 'exercises', 'exercising', 'training', 'workout', 'workouts', 'hiit', 'liss', 'cardio',
  'running', 'walking', 'cycling', 'swimming', 'yoga', 'pilates', 'stretching', 'meditation',
  'mindfulness', 'breathing', 'breathwork', 'fasting', 'diet', 'diets', 'dieting', 'keto', 'ketogenic',
  'low-carb', 'paleo', 'vegan', 'mediterranean', 'sauna', 'saunas', 'cryotherapy', 'acupuncture',
  'massage', 'chiropractic', 'cold', 'plunge', 'plunges', 'shower', 'showers', 'ice', 'napping',
  'nap', 'naps', 'journaling', 'red-light', 'photobiomodulation', 'sunlight',
  'intake', 'consumption', 'drinking', 'eating', 'taking', 'use', 'using', 'chelation', 'complex',
  'routine', 'regimen', 'protocol', 'stack', 'practice', 'practices', 'implantation',
  'stent', 'surgical', 'compression', 'program', 'programme', 'counselling', 'counseling', 'coaching',
  'psychotherapy', 'cbt', 'advertising', 'management', 'screening', 'transplant', 'transplantation', 'radiotherapy',
  'chemotherapy', 'immunotherapy', 'anticoagulation', 'placebo', 'inhibitor', 'inhibitors', 'agonist',
  'agonists', 'antagonist', 'blocker', 'blockers', 'ketamine', 'psilocybin', 'microdosing', 'ingredient',
  'ingredients', 'blend', 'blends', 'nutrient', 'nutrients', 'mineral', 'minerals', 'herb', 'herbs', 'herbal',
  'botanical', 'botanicals', 'compound', 'compounds', 'molecule', 'molecules', 'mask', 'wand', 'panel', 'bottle',
  'mixture', 'mixtures', 'amino',
  // doing something, as a noun: `the introduction of a time target`, `the addition of fibre`
  'introduction', 'implementation', 'administration', 'addition', 'adoption', 'provision'
]

/** Upper-case abbreviations that name conditions, bodies and organisations, never an
 * intervention (other short upper-case agents, such as `MT` or `CPAP`, are read as one). */
export const notInterventionAbbreviations: string[] = [
  'adhd', 'ibs', 'ibd', 'cns', 'gi', 'hpa', 'gaba', 'dna', 'rna', 'bmi', 'ldl', 'hdl', 'crp', 'covid', 'hiv',
  'aids', 'copd', 'ms', 'uk', 'us', 'usa', 'eu', 'nhs', 'fda', 'who', 'cdc', 'nih', 'rda', 'ens', 'pms',
  'ptsd', 'ocd', 'cvd', 'chd', 't2d', 't1d', 'hrql', 'hrqol', 'tv', 'ai', 'i', 'mri', 'fmri', 'ct', 'ecg',
  'eeg', 'icu', 'er', 'ed', 'ad', 'pd', 'ckd', 'nafld', 'pcos', 'uti', 'sars', 'mers', 'ceo', 'phd', 'md',
  'rd', 'dr', 'ok', 'faq', 'faqs', 'ii', 'iii', 'iv', 'rct', 'rcts', 'ci', 'or', 'hr', 'rr', 'sd', 'se',
  'ptss', 'tbsa', 'ttr', 'sch', 'cv', 'bp', 'hba1c', 'ros', 'atp', 'nmda', 'egfr', 'alt', 'ast', 'vegf', 'tnf',
  'il-6', 'il-1', 'egf', 'igf', 'igf-1', 'bdnf', 'ige', 'igg', 'tsh', 't3', 't4', 'psa', 'ldl-c', 'hdl-c', 'mps', 'ds'
]

/** Endings that mark a compound or chemical name as a substance (glycinate, L-theanine). */
export const interventionSuffixes: string[] = [
  'glycinate', 'citrate', 'oxide', 'threonate', 'malate', 'picolinate', 'gluconate', 'sulfate',
  'chloride', 'bisglycinate', '-based', 'amine', 'afinil', 'oxetine', 'pramine', 'statin', 'mab',
  'extract', 'supplement', 'supplements', 'therapy', 'tea', 'oil',
  // drug-name stems (INN): -glutide, -gliflozin, -pril, -sartan, -olol, -azole, -mycin, ...
  'glutide', 'gliflozin', 'pril', 'sartan', 'olol', 'azole', 'mycin', 'cillin', 'cycline', 'floxacin',
  'vir', 'thyroxine', 'parin', 'xaban', 'triptan', 'dronate', 'tinib', 'lukast', 'setron', 'prazole',
  'dipine', 'tidine', 'zepam', 'zolam', 'barbital', 'caine', 'profen', 'coxib', 'sone', 'olone'
]

/** Words that stand for an intervention named just before ("it", "this formulation"). */
export const anaphors: string[] = ['it', 'they', 'this', 'these', 'both', 'its', 'their', 'that', 'such']

/**
 * Words that look like cues but are not interventions in the agent position: the body,
 * conditions, processes. They override a suffix match ("the oxide layer" aside).
 */
export const notInterventions: string[] = [
  'stress', 'inflammation', 'deficiency', 'disease', 'diseases', 'gut', 'brain', 'body', 'bacteria',
  'microbiome', 'microbiota', 'flora', 'hormone', 'hormones', 'cortisol', 'neurotransmitter',
  'neurotransmitters', 'sleep', 'study', 'studies', 'research', 'researchers', 'scientists',
  'evidence', 'data', 'article', 'author', 'authors', 'doctor', 'doctors', 'patients', 'people',
  'participants', 'users', 'men', 'women', 'children', 'adults', 'cells', 'disruption', 'disruptions',
  'individuals', 'subjects', 'person', 'persons', 'mice', 'rats', 'animals', 'those', 'anyone', 'everyone', 'levels'
]

/** Nouns of using something (`magnesium intake`, `daily use`): they mark an intervention in
 * a noun phrase but do not name one, so a lead-in's agent is another word where it has one. */
export const usageWords: ReadonlySet<string> = new Set(['intake', 'consumption', 'drinking', 'eating', 'taking', 'use', 'uses', 'using'])

/** Heads that make a noun phrase about an intervention's substance a state of the body, not
 * the intervention (`iron deficiency`, `zinc levels`, `caffeine withdrawal`, `vitamin D
 * status`): such a phrase is no agent. */
export const stateHeads: ReadonlySet<string> = new Set([
  'deficiency', 'deficiencies', 'insufficiency', 'depletion', 'shortage', 'lack', 'toxicity', 'overdose',
  'withdrawal', 'level', 'levels', 'status'
])
