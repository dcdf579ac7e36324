/**
 * Files read or written at once, by the build's scripts and the site's loader alike: one at a time, ingest waited on
 * the disk for a fifth of its run at 20,000 reports; tens of thousands at once would pass the OS's limit on open files.
 */
export const filesAtOnce = 16;
