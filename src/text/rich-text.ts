/**
 * Structured rich text (Portable Text, Contentful rich text, Strapi blocks) as plain
 * paragraphs: what the publish hook and `lint()` read from a CMS field that is not a string.
 */
type Tree = Record<string, unknown>

/**
 * Flatten structured rich text to paragraphs: a block is a node whose `content` or `children`
 * hold text leaves (`{text}` as in Portable Text and Strapi blocks, `{value}` as in Contentful
 * rich text); its leaves are joined into one paragraph. Other keys (marks, links' data, styles)
 * are left alone. `undefined` when the value holds no such tree.
 */
export function flattenRichText(value: unknown): string[] | undefined {
  const paragraphs: string[] = []
  let found = false
  const budget = {nodes: 0}

  const walk = (node: unknown, depth: number): void => {
    if (depth > 64 || ++budget.nodes > 200_000) return
    if (Array.isArray(node)) {
      for (const child of node) walk(child, depth + 1)
      return
    }
    if (node === null || typeof node !== 'object') return
    const kids = childrenOf(node as Tree)
    if (!kids) return
    if (kids.some(isLeaf)) {
      found = true
      const text = inlineText(kids, depth + 1).trim()
      if (text) paragraphs.push(text)
      return
    }
    for (const child of kids) walk(child, depth + 1)
  }

  const inlineText = (nodes: unknown[], depth: number): string => {
    let text = ''
    for (const node of nodes) {
      if (depth > 64 || node === null || typeof node !== 'object' || Array.isArray(node)) continue
      const leaf = leafText(node as Tree)
      if (leaf !== undefined) text += leaf
      else {
        const kids = childrenOf(node as Tree)
        if (kids) text += inlineText(kids, depth + 1)
      }
    }
    return text
  }

  walk(value, 0)
  return found ? paragraphs : undefined
}

function childrenOf(node: Tree): unknown[] | undefined {
  if (Array.isArray(node.children)) return node.children
  if (Array.isArray(node.content)) return node.content
  return undefined
}

function leafText(node: Tree): string | undefined {
  if (typeof node.text === 'string') return node.text
  if (typeof node.value === 'string' && !childrenOf(node)) return node.value
  return undefined
}

function isLeaf(node: unknown): boolean {
  return node !== null && typeof node === 'object' && !Array.isArray(node) && leafText(node as Tree) !== undefined
}
