// The limits of a 查重 batch, shared by the page and the command so that both refuse the same files.

/** Larger files are refused before they are read: a draft is some tens of kB of text, a Word file a few MB. */
export const maxDraftBytes = 20 * 2 ** 20;

/** Most files the page checks at once: each keeps its result on the page. */
export const maxBatchPage = 100;

/** From this many files the command says that a batch is unusually large (and checks it anyway: it keeps little per draft). */
export const largeBatchCommand = 200;

/** A file's size as the refusal names it. */
export const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
