import { describeFrameworkApp } from '../../test-helpers/framework-app.js';

describeFrameworkApp('React 19', '/examples/react/dist/index.html', 'react-example');
