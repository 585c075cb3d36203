import { mount } from 'svelte';
import dataset from 'virtual:tieline-dataset';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html must contain <div id="app"></div>');

export default mount(App, { target, props: { dataset } });
