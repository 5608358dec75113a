/**
 * campaign-widgets: importing this module registers every element.
 * Import `campaign-widgets/fact-box.js` and the like to register one, or the classes to register none.
 */
import './components/action-button/define.js';
import './components/fact-box/define.js';
import './components/signature-counter/define.js';
import './components/testimony-card/define.js';

export { ActionButton, ActionEvent, type ActionDetail } from './components/action-button/action-button.js';
export { FactBox } from './components/fact-box/fact-box.js';
export { SignatureCounter } from './components/signature-counter/signature-counter.js';
export { TestimonyCard } from './components/testimony-card/testimony-card.js';
export { CountChangeEvent, SignedEvent, type CountChangeDetail, type SignedDetail } from './internal/events.js';
export { registerStrings, type StringOverrides } from './internal/localize.js';
export { BUILT_IN_CATALOGS, type BuiltInLocale, type Catalog } from './locales/index.js';
export { VERSION } from './internal/version.js';
