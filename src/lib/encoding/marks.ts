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

/**
 * d3 symbols are sized by area; `extent` is how far each reaches from its centre per unit of
 * sqrt(area), so a node of radius r stays inside its circle whatever its shape (labels are
 * placed around that circle).
 */
const SHAPES: Record<ActorKind, { type: SymbolType; label: string; extent: number }> = {
  country: { type: symbolCircle, label: 'Country', extent: 1 / Math.sqrt(Math.PI) },
  bloc: { type: symbolStar, label: 'Bloc / alliance', extent: Math.sqrt(0.8908130915292852) },
  person: {
    type: symbolDiamond,
    label: 'Person',
    extent: Math.sqrt(1 / (2 * Math.tan(Math.PI / 6))),
  },
  organization: { type: symbolSquare, label: 'Organisation', extent: 0.5 },
  force: {
    type: symbolTriangle,
    label: 'Armed force',
    extent: 2 * Math.sqrt(1 / (3 * Math.sqrt(3))),
  },
  place: { type: symbolCross, label: 'Place', extent: (3 * Math.sqrt(1 / 5)) / 2 },
  region: { type: symbolWye, label: 'Region', extent: 0.75 },
};

/**
 * An SVG path for an actor kind, centred on 0,0, reaching at most `radius` px from the centre.
 * @example kindPath('country', 10) // -> a circle of radius 10
 */
export function kindPath(kind: ActorKind, radius: number): string {
  const { type, extent } = SHAPES[kind];
  return symbol(type, (radius / extent) ** 2)() ?? '';
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
