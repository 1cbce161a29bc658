import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // The Shortlist tags are custom elements, not Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('shortlist-') } },
    }),
  ],
  // Relative asset URLs: the browser test opens the build from /examples/vue/dist/.
  base: './',
});
