// One entry per element: an app that shows three widgets imports three (and the test checks no other registers).
import 'campaign-widgets/fact-box.js';
import 'campaign-widgets/testimony-card.js';
import 'campaign-widgets/signature-counter.js';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app') });
