import type {} from '@shortlist/elements/vue'; // types the <shortlist-*> tags in templates
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
