// The benchmark's bare baseline index: Pagefind's defaults over the built pages (language from <html lang>).
import * as pagefind from "pagefind";

const [site = "dist"] = process.argv.slice(2);
const { index, errors } = await pagefind.createIndex({});
try {
  if (!index) throw new Error(errors.join("; "));
  const added = await index.addDirectory({ path: site });
  if (added.errors.length > 0) throw new Error(added.errors.join("; "));
  const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
  if (written.errors.length > 0) throw new Error(written.errors.join("; "));
  console.log(`baseline: ${added.page_count} pages`);
} finally {
  await pagefind.close();
}
