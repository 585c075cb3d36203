/**
 * How each actor kind and relation type is drawn: node shapes (d3-shape symbols) and edge
 * styles that survive greyscale printing (dash patterns and arrowheads, not colour alone).
 */
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3';
import type { ActorKind, RelationType } from '../model/vocabulary.ts';

const SHAPES: Record<ActorKind, { type: SymbolType; label: string }> = {
  country: { type: symbolCircle, label: 'Country' },
  bloc: { type: symbolStar, label: 'Bloc / alliance' },
  person: { type: symbolDiamond, label: 'Person' },
  organization: { type: symbolSquare, label: 'Organisation' },
  force: { type: symbolTriangle, label: 'Armed force' },
  place: { type: symbolCross, label: 'Place' },
  region: { type: symbolWye, label: 'Region' },
};

/**
 * An SVG path for an actor kind, centred on 0,0, with area `area` (px²).
 * @example kindPath('country', 400) // -> 'M11.28,0A11.28,...'
 */
export function kindPath(kind: ActorKind, area: number): string {
  return symbol(SHAPES[kind].type, area)() ?? '';
}

export const kindLabel = (kind: ActorKind) => SHAPES[kind].label;

export interface EdgeStyle {
  label: string;
  /** SVG stroke-dasharray, '' for solid. */
  dash: string;
  color: string;
  /** Draw an arrowhead at the target. */
  arrow: boolean;
}

const EDGE: Record<RelationType, EdgeStyle> = {
  cooperation: { label: 'Cooperation', dash: '', color: '#1F4E79', arrow: false },
  tension: { label: 'Tension', dash: '10 5', color: '#9A3412', arrow: false },
  'armed-clash': { label: 'Armed clash', dash: '2 4', color: '#7F1D1D', arrow: false },
  incursion: { label: 'Incursion', dash: '12 4 2 4', color: '#7F1D1D', arrow: true },
  aggression: { label: 'Aggression', dash: '16 6', color: '#7F1D1D', arrow: true },
  sanctions: { label: 'Sanctions', dash: '3 3', color: '#5B21B6', arrow: true },
  'arms-trade': { label: 'Arms trade', dash: '', color: '#374151', arrow: true },
  'energy-trade': { label: 'Energy trade', dash: '8 3 2 3 2 3', color: '#374151', arrow: true },
  influence: { label: 'Influence / presence', dash: '6 6', color: '#374151', arrow: true },
  'office-held': { label: 'Office held', dash: '1 4', color: '#6B7280', arrow: true },
  'member-of': { label: 'Member of', dash: '1 4', color: '#6B7280', arrow: true },
  'located-in': { label: 'Located in', dash: '1 4', color: '#6B7280', arrow: true },
};

export const edgeStyle = (type: RelationType): EdgeStyle => EDGE[type];
