import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadThemes } from "../../../scripts/themes/load-themes.ts";
import { repoRoot } from "../helpers.ts";

// The fixed theme ids of DESIGN.md: links and filters rely on them.
const designIds = [
  "theory-study",
  "political-capacity",
  "party-spirit",
  "party-history",
  "party-governance",
  "development",
  "people-centered",
  "integrity",
  "discipline",
  "work-style",
  "responsibility",
  "innovation",
  "struggle",
  "risk",
  "investigation",
  "ideology",
  "overall-view",
  "capability",
  "performance-view",
];

describe("loadThemes", () => {
  it("loads exactly the theme ids of DESIGN.md", async () => {
    const themes = await loadThemes(join(repoRoot, "content", "themes"));
    expect(themes.map((t) => t.id).sort()).toEqual([...designIds].sort());
  });

  it("sorts themes by their order field", async () => {
    const orders = (await loadThemes(join(repoRoot, "content", "themes"))).map((t) => t.order);
    expect(orders).toEqual([...orders].sort((x, y) => x - y));
  });

  it("gives every theme a name and keywords", async () => {
    for (const theme of await loadThemes(join(repoRoot, "content", "themes"))) {
      expect(theme.name, theme.id).not.toBe("");
      expect(Object.keys(theme.keywords).length, theme.id).toBeGreaterThan(0);
    }
  });
});
