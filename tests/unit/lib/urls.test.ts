import { describe, expect, it } from "vitest";
import { pagePath } from "../../../src/lib/urls.ts";

describe("pagePath", () => {
  it("keeps the list's own address for page 1 and adds the number after", () => {
    expect(pagePath("themes/integrity/", 1)).toBe("themes/integrity/");
    expect(pagePath("themes/integrity/", 3)).toBe("themes/integrity/3/");
  });
});
