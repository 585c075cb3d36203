import { mount } from 'svelte';
import dataset from 'virtual:tieline-dataset';
import App from './App.svelte';
import PresenterView from './components/briefing/PresenterView.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html must contain <div id="app"></div>');

// The briefing's presenter window (key S in briefing mode) is the same page with presenter=1.
const presenter = new URLSearchParams(location.search).get('presenter') === '1';

export default presenter
  ? mount(PresenterView, { target, props: { dataset } })
  : mount(App, { target, props: { dataset } });
