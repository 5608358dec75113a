// Registers every element, and types every tag in Vue's templates.
import 'campaign-widgets/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
