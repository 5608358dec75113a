import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // Vue renders cw- tags as elements, not as components it would look for.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('cw-') } } })],
  logLevel: 'warn',
});
