/** Types shared inside the extractor (the dataset's own types live in model/schema.ts). */
import type { ActorKind } from '../model/vocabulary.ts';

/** A half-open range of offsets [start, end) into a document's original text. */
export interface Span {
  start: number;
  end: number;
}

/** One sentence of article text, with its offsets into the original text. */
export interface Sentence extends Span {
  text: string;
  /** Index of the paragraph (kept line) the sentence belongs to. */
  paragraph: number;
}

/** An actor found at a place in the text. */
export interface Mention extends Span {
  actorKey: string;
  text: string;
  /** True for a demonym ("Chinese") rather than a name. */
  demonym: boolean;
  /** A capital named as the place where something happens ("talks in Ankara"), not the state acting. */
  asPlace?: boolean;
  /** For a person named with a title, the span of title and name ("Foreign Minister Yoko Kamikawa"). */
  title?: Span;
  /** Where the name starts when a rule moved `start` back to the person's title. */
  nameStart?: number;
  /** "the council", "the group": words that point back to a body named before. */
  anaphor?: boolean;
}

/** An actor as the extractor builds it, before ids are assigned. */
export interface ActorDraft {
  key: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  role: string | null;
  aliases: Set<string>;
  /** The bloc or body whose office a person holds, when the title names it ("NATO Secretary General"). */
  office?: string;
  /** A state's organ ("Chinese Foreign Ministry"): it speaks and acts for its state. */
  organ?: boolean;
}
