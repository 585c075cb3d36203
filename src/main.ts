import { mount } from 'svelte';
import App from './App.svelte';
import { DATASET_ELEMENT_ID, datasetFromJson } from './lib/model/embeddedDataset';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html must contain <div id="app"></div>');

// The dataset is JSON in the page (see embeddedDataset.ts), checked against the schema.
const dataset = datasetFromJson(document.getElementById(DATASET_ELEMENT_ID)?.textContent);

export default mount(App, { target, props: { dataset } });
