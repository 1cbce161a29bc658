/**
 * Loading code on first use (`Shortlist.load`). A failed load (offline, a 404, blocked by the
 * page's Content-Security-Policy or Trusted Types) is reported as a `ShortlistError` naming the
 * chunk; the caller offers to try again. In the chunk loaded right after start-up, so its
 * wording costs the first load nothing.
 */
import { ShortlistError } from './errors.js';

/** Runs `load`; on failure reports an error naming `chunk` and rejects with it. */
export function loadChunk<T>(chunk: string, load: () => Promise<T>, report: (error: ShortlistError) => void): Promise<T> {
  return load().catch((cause: unknown) => {
    const error = chunkError(chunk, cause);
    report(error);
    throw error;
  });
}

/** Why a chunk did not load. Lit's templates need the Trusted Types policy `lit-html`: say so when that is what blocked it. */
export function chunkError(chunk: string, cause: unknown): ShortlistError {
  const blocked = /trusted ?type/i.test(String(cause));
  return new ShortlistError(`the "${chunk}" code could not be loaded${blocked ? ": the page's Trusted Types policy blocked it" : ''}`, {
    code: 'load',
    field: chunk,
    expected: blocked ? '"lit-html" among the policies of "trusted-types" in the Content-Security-Policy' : 'its file next to shortlist.js, reachable from this page',
    found: String(cause),
    docs: blocked ? 'security.md#trusted-types' : 'embed.md#chunks',
    cause,
  });
}
