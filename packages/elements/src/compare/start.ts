/** What the comparison does when a page starts with a share link in its address: opens it. */
export { openSharedComparison as start } from './share-prompt.js';
