/**
 * The script-tag build: `<script type="module" src="shortlist.js">`. The code is in `boot.ts`,
 * which the build puts in the first chunk with the rest of start-up; this file only tells it
 * which script it is, so that it finds the tag's `data-*` configuration. (A one-line entry also
 * spares a page a second small file's compression overhead.)
 */
import { boot } from './boot.js';

boot(import.meta.url);
