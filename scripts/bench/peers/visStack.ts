/**
 * Peer stack 1 for the benchmark: vis-network and vis-timeline, with vis-data's DataSets, as
 * their documentation sets them up. Physics lays the network out (seeded), then stops, so a
 * filter hides and shows nodes where they are, as Tieline's does.
 */
import { DataSet } from 'vis-data';
import { Network } from 'vis-network';
import 'vis-network/styles/vis-network.min.css';
import './page.css';
import { countryColor, rankCountryColors } from '../../../src/lib/encoding/palette.ts';
import { drawTimeline } from './timelineView.ts';
import { drawnOf, exposePeer, idsOf, markDrawn, readDataset } from './stackData.ts';

const dataset = readDataset();
const colors = rankCountryColors(dataset);
const all = drawnOf(dataset, null);
const nodes = new DataSet(
  all.actors.map((a) => ({
    id: a.id,
    label: a.name,
    color: countryColor(a.country, colors),
    shape: a.kind === 'country' ? 'dot' : 'square',
    size: a.kind === 'country' ? 14 : 8,
    hidden: false,
  })),
);
const edges = new DataSet(
  all.relations.map((r) => ({
    id: r.id,
    from: r.source,
    to: r.target,
    arrows: r.directed ? 'to' : '',
    hidden: false,
  })),
);
const networkBox = document.getElementById('network')!;
const network = new Network(
  networkBox,
  { nodes, edges },
  { layout: { randomSeed: 1 }, nodes: { font: { size: 16 } } },
);
network.once('stabilizationIterationsDone', () => network.setOptions({ physics: false }));
network.once('afterDrawing', () => markDrawn('network'));
const updateTimeline = drawTimeline(document.getElementById('timeline')!, all.events);

exposePeer({
  filter(domain) {
    const kept = drawnOf(dataset, domain);
    const { actors, relations } = idsOf(kept);
    nodes.update(
      nodes
        .get({ filter: (n) => n.hidden === actors.has(n.id) })
        .map((n) => ({ id: n.id, hidden: !actors.has(n.id) })),
    );
    edges.update(
      edges
        .get({ filter: (e) => e.hidden === relations.has(e.id) })
        .map((e) => ({ id: e.id, hidden: !relations.has(e.id) })),
    );
    updateTimeline(kept.events);
  },
  zoomTarget: () => networkBox,
  view: () => JSON.stringify([network.getScale(), network.getViewPosition()]),
});
