/**
 * Words a storage problem for the retailer: loaded with the first problem, so pages whose
 * storage works never download these sentences.
 */
import { ShortlistError } from '../errors.js';
import { RECORD_VERSION, type StorageProblem } from './persist.js';

export function describeStorageProblem({ reason, mode, key, layout, cause }: StorageProblem): ShortlistError {
  const storage = `${mode}Storage`;
  const summary = {
    blocked: `${storage} is not available (blocked by the browser or its settings)`,
    unreadable: `the saved state in ${storage} "${key}" is unreadable and was reset`,
    newer: `the saved state "${key}" was written by a newer Shortlist (layout ${layout}) and is left untouched`,
    full: `${storage} is full`,
    refused: `${storage} refused to save`,
    read: `${storage} could not be read`,
  }[reason];
  // Except for an unreadable record (reset, and saving goes on), state stays in memory.
  const consequence = reason === 'unreadable' ? '' : "; the shopper's choices are kept in memory for this page";
  return new ShortlistError(summary + consequence, {
    code: 'storage',
    field: 'storage',
    expected: reason === 'newer' ? `layout ${RECORD_VERSION} or older` : undefined,
    docs: 'privacy.md#storage',
    cause,
  });
}
