import { describeFrameworkApp } from '../../test-helpers/framework-app.js';

describeFrameworkApp('Vue 3', '/examples/vue/dist/index.html', 'vue-example');
