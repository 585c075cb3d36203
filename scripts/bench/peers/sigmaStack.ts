/**
 * Peer stack 3 for the benchmark: sigma (WebGL) on a graphology graph, laid out by
 * graphology's ForceAtlas2 from seeded start positions, and vis-timeline. A filter sets the
 * `isHidden` state of what changed (sigma 4's way to hide); sigma schedules the redraw.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import './page.css';
import { countryColor, rankCountryColors } from '../../../src/lib/encoding/palette.ts';
import { drawTimeline } from './timelineView.ts';
import { seededRandom } from './seededRandom.ts';
import { drawnOf, exposePeer, idsOf, markDrawn, readDataset } from './stackData.ts';

const dataset = readDataset();
const colors = rankCountryColors(dataset);
const all = drawnOf(dataset, null);
const random = seededRandom(1);
const graph = new Graph({ multi: true });
for (const a of all.actors)
  graph.addNode(a.id, {
    label: a.name,
    color: countryColor(a.country, colors),
    size: a.kind === 'country' ? 10 : 5,
    x: random(),
    y: random(),
  });
for (const r of all.relations) graph.addEdgeWithKey(r.id, r.source, r.target, {});
forceAtlas2.assign(graph, { iterations: 100, settings: forceAtlas2.inferSettings(graph) });
const networkBox = document.getElementById('network')!;
const renderer = new Sigma(graph, networkBox);
renderer.once('afterRender', () => markDrawn('network'));
renderer.refresh();
const updateTimeline = drawTimeline(document.getElementById('timeline')!, all.events);

exposePeer({
  filter(domain) {
    const kept = drawnOf(dataset, domain);
    const { actors, relations } = idsOf(kept);
    const not = (ids: Set<string>) => (id: string) => !ids.has(id);
    const has = (ids: Set<string>) => (id: string) => ids.has(id);
    renderer.setNodesState(graph.nodes().filter(has(actors)), { isHidden: false });
    renderer.setNodesState(graph.nodes().filter(not(actors)), { isHidden: true });
    renderer.setEdgesState(graph.edges().filter(has(relations)), { isHidden: false });
    renderer.setEdgesState(graph.edges().filter(not(relations)), { isHidden: true });
    updateTimeline(kept.events);
  },
  zoomTarget: () => networkBox,
  view: () => JSON.stringify(renderer.getCamera().getState()),
});
