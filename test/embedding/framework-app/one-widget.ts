// A partner's app that registers one element only.
import 'campaign-widgets/fact-box.js';

const box = document.createElement('cw-fact-box');
box.value = '6000';
box.label = 'people in one camp';
document.body.append(box);
