/**
 * How each actor kind and relation type is drawn: node shapes (d3-shape's symbols, drawn by
 * symbols.ts) and edge styles that survive greyscale printing (dash patterns and arrowheads,
 * not colour alone).
 */
import { symbolPath, type SymbolName } from './symbols.ts';
import {
  ACTOR_KIND_LABELS,
  RELATION_TYPE_LABELS,
  type ActorKind,
  type RelationType,
} from '../model/vocabulary.ts';

/**
 * d3 symbols are sized by area; `extent` is how far each reaches from its centre per unit of
 * sqrt(area), so a node of radius r stays inside its circle whatever its shape (labels are
 * placed around that circle).
 */
const SHAPES: Record<ActorKind, { type: SymbolName; extent: number }> = {
  country: { type: 'circle', extent: 1 / Math.sqrt(Math.PI) },
  bloc: { type: 'star', extent: Math.sqrt(0.8908130915292852) },
  person: {
    type: 'diamond',
    extent: Math.sqrt(1 / (2 * Math.tan(Math.PI / 6))),
  },
  organization: { type: 'square', extent: 0.5 },
  force: {
    type: 'triangle',
    extent: 2 * Math.sqrt(1 / (3 * Math.sqrt(3))),
  },
  place: { type: 'cross', extent: (3 * Math.sqrt(1 / 5)) / 2 },
  region: { type: 'wye', extent: 0.75 },
};

/**
 * An SVG path for an actor kind, centred on 0,0, reaching at most `radius` px from the centre.
 * @example kindPath('country', 10) // -> a circle of radius 10
 */
export function kindPath(kind: ActorKind, radius: number): string {
  const { type, extent } = SHAPES[kind];
  return symbolPath(type, (radius / extent) ** 2);
}

/** The kind's display name (model/vocabulary.ts). */
export const kindLabel = (kind: ActorKind) => ACTOR_KIND_LABELS[kind];

export interface EdgeStyle {
  label: string;
  /** SVG stroke-dasharray, '' for solid. */
  dash: string;
  color: string;
  /** Draw an arrowhead at the target. */
  arrow: boolean;
}

const EDGE: Record<RelationType, Omit<EdgeStyle, 'label'>> = {
  cooperation: { dash: '', color: '#1F4E79', arrow: false },
  tension: { dash: '10 5', color: '#9A3412', arrow: false },
  'armed-clash': { dash: '2 4', color: '#7F1D1D', arrow: false },
  incursion: { dash: '12 4 2 4', color: '#7F1D1D', arrow: true },
  aggression: { dash: '16 6', color: '#7F1D1D', arrow: true },
  sanctions: { dash: '3 3', color: '#5B21B6', arrow: true },
  'arms-trade': { dash: '', color: '#374151', arrow: true },
  'energy-trade': { dash: '8 3 2 3 2 3', color: '#374151', arrow: true },
  influence: { dash: '6 6', color: '#374151', arrow: true },
  'office-held': { dash: '1 4', color: '#6B7280', arrow: true },
  'member-of': { dash: '1 4', color: '#6B7280', arrow: true },
  'located-in': { dash: '1 4', color: '#6B7280', arrow: true },
};

export const edgeStyle = (type: RelationType): EdgeStyle => ({
  label: RELATION_TYPE_LABELS[type],
  ...EDGE[type],
});
