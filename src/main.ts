import { mount } from 'svelte';
import seeds, { overlay } from 'virtual:tieline-dataset';
import App from './App.svelte';
import { SourcesState } from './lib/sources/sources.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html must contain <div id="app"></div>');

// Articles added in the browser are read (and merged in a worker) before the first draw, so
// a link to one of their actors still works after a reload.
const { sources, dataset, notices } = await SourcesState.load(seeds, overlay);

export default mount(App, { target, props: { dataset, sources, notices } });
