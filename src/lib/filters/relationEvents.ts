/**
 * Which events a Relation type keeps: the kinds of event that are acts of that relation.
 * Membership, location and energy trade have no event kind (an office's is a leadership change),
 * so choosing only those keeps no events (each menu value says how many it keeps); an
 * announcement is an act of no relation type.
 */
import type { EventKind, RelationType } from '../model/vocabulary.ts';

export const RELATION_EVENT_KINDS: Record<RelationType, readonly EventKind[]> = {
  cooperation: ['agreement', 'meeting', 'exercise', 'visit', 'cooperation', 'revision'],
  tension: ['demand', 'protest', 'rejection', 'threat', 'coercion', 'launch'],
  'armed-clash': ['armed-clash'],
  incursion: ['incursion'],
  aggression: ['aggression'],
  sanctions: ['sanctions'],
  'arms-trade': ['aid'],
  'energy-trade': [],
  influence: ['deployment'],
  'office-held': ['leadership'],
  'member-of': [],
  'located-in': [],
};

/**
 * The event kinds the chosen relation types keep.
 * @example eventKindsOf(['armed-clash', 'incursion']) // -> Set {'armed-clash', 'incursion'}
 */
export function eventKindsOf(types: readonly RelationType[]): Set<string> {
  return new Set(types.flatMap((t) => RELATION_EVENT_KINDS[t] ?? []));
}
