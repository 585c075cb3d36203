/**
 * Peer stack 2 for the benchmark: Cytoscape.js and vis-timeline. The network is laid out by
 * Cytoscape's own force layout (cose) from seeded start positions, without animation (the
 * picture a briefer sees first is the laid-out one, as in Tieline); a filter hides and shows
 * elements with a class, in one batch.
 */
import cytoscape from 'cytoscape';
import './page.css';
import { countryColor, rankCountryColors } from '../../../src/lib/encoding/palette.ts';
import { drawTimeline } from './timelineView.ts';
import { seededRandom } from './seededRandom.ts';
import { drawnOf, exposePeer, idsOf, markDrawn, readDataset } from './stackData.ts';

const dataset = readDataset();
const colors = rankCountryColors(dataset);
const all = drawnOf(dataset, null);
const random = seededRandom(1);
const networkBox = document.getElementById('network')!;
const cy = cytoscape({
  container: networkBox,
  elements: [
    ...all.actors.map((a) => ({
      data: {
        id: a.id,
        name: a.name,
        color: countryColor(a.country, colors),
        size: a.kind === 'country' ? 28 : 16,
      },
      position: { x: random() * 1000, y: random() * 600 },
    })),
    ...all.relations.map((r) => ({
      data: {
        id: r.id,
        source: r.source,
        target: r.target,
        arrow: r.directed ? 'triangle' : 'none',
      },
    })),
  ],
  style: [
    {
      selector: 'node',
      style: {
        label: 'data(name)',
        'background-color': 'data(color)',
        width: 'data(size)',
        height: 'data(size)',
        'font-size': 16,
      },
    },
    {
      selector: 'edge',
      style: { 'curve-style': 'bezier', 'target-arrow-shape': 'data(arrow)' as 'triangle' },
    },
    { selector: '.hidden', style: { display: 'none' } },
  ],
  layout: { name: 'cose', animate: false, randomize: false },
});
cy.one('render', () => markDrawn('network'));
const updateTimeline = drawTimeline(document.getElementById('timeline')!, all.events);

exposePeer({
  filter(domain) {
    const kept = drawnOf(dataset, domain);
    const { actors, relations } = idsOf(kept);
    cy.batch(() => {
      cy.elements().forEach((el) => {
        const hide = !(el.isNode() ? actors : relations).has(el.id());
        if (el.hasClass('hidden') !== hide) el.toggleClass('hidden', hide);
      });
    });
    updateTimeline(kept.events);
  },
  zoomTarget: () => networkBox,
  view: () => JSON.stringify([cy.zoom(), cy.pan()]),
});
