/**
 * A trie over token texts: the lexicon's multi-word names matched in one pass over a sentence,
 * longest match first, in time linear in the tokens (each start walks at most the longest name).
 */
import type { Token } from './tokens.ts';

interface Node<V> {
  next: Map<string, Node<V>>;
  value?: V;
}

export class TokenTrie<V> {
  private readonly root: Node<V> = { next: new Map() };
  /** Longest phrase, in tokens: bounds the walk from any start. */
  depth = 0;

  /** `caseless` tries match tokens by their lower-case form. */
  constructor(private readonly caseless = false) {}

  private fold(t: string): string {
    return this.caseless ? t.toLowerCase() : t;
  }

  /** Adds a phrase given as its token texts; the first value set for a phrase is kept. */
  add(tokens: string[], value: V): void {
    if (tokens.length === 0) return;
    let node = this.root;
    for (const raw of tokens) {
      const t = this.fold(raw);
      let child = node.next.get(t);
      if (!child) node.next.set(t, (child = { next: new Map() }));
      node = child;
    }
    if (node.value === undefined) node.value = value;
    this.depth = Math.max(this.depth, tokens.length);
  }

  /**
   * The longest phrase starting at token `i`: its value and how many tokens it covers.
   * @example trie.longestAt(tokens, 0) // -> { value, length: 2 } for "Sri Lanka"
   */
  longestAt(tokens: Token[], i: number): { value: V; length: number } | null {
    let node: Node<V> | undefined = this.root;
    let value: V | undefined;
    let length = 0;
    const stop = Math.min(tokens.length, i + this.depth);
    for (let j = i; j < stop; j++) {
      node = node.next.get(this.caseless ? tokens[j].lower : tokens[j].text);
      if (!node) break;
      if (node.value === undefined) continue;
      value = node.value;
      length = j - i + 1;
    }
    return value === undefined ? null : { value, length };
  }
}
