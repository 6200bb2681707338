/**
 * Instructions and advice: a sentence that tells the reader what to do is not a claim of
 * effect ("Take it with food", "Consult a healthcare provider"). A sentence (or a list
 * item after its label) that opens with one of these base-form verbs is an instruction.
 * Any effect verb in its base form at the start of a sentence counts too ("Reduce your
 * dose"), while its third-person form does not ("Reduces cortisol output" is a claim).
 */
export const instructionVerbs: string[] = [
  'take', 'consult', 'check', 'include', 'incorporate', 'eat', 'drink', 'avoid', 'try', 'use', 'add',
  'ask', 'talk', 'see', 'read', 'learn', 'find', 'follow', 'choose', 'look', 'consider', 'keep', 'make',
  'get', 'go', 'dim', 'practice', 'practise', 'pair', 'combine', 'limit', 'start', 'begin', 'aim',
  'remember', 'speak', 'seek', 'discuss', 'mix', 'stir', 'serve', 'bring', 'place',
  'pour', 'let', 'remove', 'wait', 'switch', 'swap', 'replace', 'opt', 'skip', 'cut',
  'monitor', 'join', 'subscribe', 'click', 'buy',
  'visit', 'discover', 'explore', 'stay', 'be', "don't", 'do', 'never', 'always', 'please',
  'give', 'put', 'apply', 'rinse', 'wash', 'breathe',
  'increase', 'decrease', 'reduce', 'support', 'boost', 'improve', 'protect', 'prevent'
]

/** Phrases that make a sentence advice wherever they stand. */
export const advicePhrases: string[] = [
  'you should', 'should consider', 'should seek', 'should talk', 'should speak', 'should consult',
  'should check', 'should avoid', 'should not take', 'should take', 'be sure to', 'make sure',
  "it's best to", 'it is best to', 'it is advisable', 'is advisable', 'we recommend', 'recommended that',
  'recommends that', 'you need to', 'you must', 'talk to your', 'speak to your', 'ask your'
]
