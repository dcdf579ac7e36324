/** Prefixes a site-relative path (`reports/x/`) with the configured base, so the site works under a subpath. */
export function url(path = ""): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  return `${base}${path.replace(/^\//, "")}`;
}

/** The report page, relative to the site root: the contract of /data/corpus.json. */
export function reportPath(id: string): string {
  return `reports/${id}/`;
}
