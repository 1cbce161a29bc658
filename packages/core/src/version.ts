/** The SDK's version; the guarded define and the global handle compare it across copies. */
export const VERSION = '0.1.0';
