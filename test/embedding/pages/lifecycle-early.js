// Runs before the widgets are defined (a classic script, before the module): creates a counter by script and
// sets a property on it while it is still a plain HTMLElement, as a framework rendering early would.
const early = document.createElement('cw-signature-counter');
early.id = 'early-script';
early.setAttribute('petition', '/mock/early');
early.interval = 5;
document.getElementById('first').append(early);
window.definedBeforeEarly = Boolean(customElements.get('cw-signature-counter'));
