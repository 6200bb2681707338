/**
 * Agents the rules read and placed in a class that is no intervention. The scorer does not judge a
 * sentence that opens with its first effect's subject when every effect has such an agent: it adds
 * claims whose agent the rules could not read, it does not overrule a reading. (After an opening
 * phrase, `A week after your last cigarette, your lungs clear`, the subject may not be the whole
 * story, and the scorer judges.) The classes, of the agent's head word:
 *
 * - a part, state, process or substance of the body (`Your immune system releases histamine`,
 *   `Their aches ease`): WordNet's bodily trees, the body's own substances, and a compound of the
 *   last two words (`immune_system`), and after a possessive any bodily word, or a noun with a bodily sense past
 *   its first two (`your gut lining`, `your airways`);
 * - a place (`Paris lifts your mood`): WordNet's noun.location;
 * - a name in title case whose head names no product (`New York improves your mood`): a person, a group, a
 *   place, a time, the body (`notProductClasses`, as the rules read a product's name);
 * - a negative pronoun alone (`Nothing beats a good book`): when it compares with an intervention
 *   (`Nothing beats magnesium`) the rules name that as the agent.
 */
import {notProductClasses, possessiveDeterminers} from '../data/grammar.js'
import {comparableNegations} from '../data/negations.js'
import {firstNounClass, isBodilyNoun, isBodySubstance, ownableBodyNoun} from './classes.js'

const negations: ReadonlySet<string> = new Set(comparableNegations)

/** The most words a name in title case may have (`Lower East Side`). */
const NAME_WORDS = 4

/** Is the agent (as written) of a class that is no intervention? */
export function isRuledOutAgent(agent: string): boolean {
  const written = agent.split(/\s+/).filter(Boolean)
  const words = written.map((w) => w.toLowerCase().replace(/['’]s?$/, ''))
  const head = words[words.length - 1]
  if (head === undefined) return false
  if (words.length === 1 && negations.has(head)) return true
  if (isBodilyNoun(head) || isBodySubstance(head)) return true
  if (words.length > 1 && isBodilyNoun(`${words[words.length - 2]}_${head}`)) return true
  // (`your gut lining`: someone's own body.)
  if (possessiveDeterminers.has(words[0]) && words.slice(1).some((w) => ownableBodyNoun(w) || isBodilyNoun(w)))
    return true
  const kind = firstNounClass(head)
  if (kind === 'noun.location') return true
  return (
    written.length > 1 &&
    written.length <= NAME_WORDS &&
    written.every((w) => /^[A-Z][a-z]+$/.test(w)) &&
    kind !== undefined &&
    notProductClasses.has(kind)
  )
}
