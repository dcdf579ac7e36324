import type { Kind, RoleGroup } from "../../schemas/report.ts";
import type { SourceMeta } from "../../schemas/source-meta.ts";
import { roleGroupOf, type Evidence } from "./infer-metadata.ts";

/** The metadata fields of a report and the evidence for each. */
export interface ReportMeta {
  title: string | null;
  author: string | null;
  kind: Kind;
  unit: string | null;
  role: string | null;
  roleGroup: RoleGroup | null;
  meeting: string | null;
  year: number | null;
  evidence: Evidence[];
}

/**
 * Sets every field a person gave (frontmatter, then sidecar: later layers win), replacing the inferred value and its
 * evidence. A role given without its roleGroup brings its own class, so that the facet follows what the person wrote.
 */
export function applyOverrides(meta: ReportMeta, layers: [from: string, overrides: SourceMeta | undefined][]): ReportMeta {
  const result: ReportMeta = { ...meta, evidence: [...meta.evidence] };
  const set = (field: string, value: unknown, from: string) => {
    Object.assign(result, { [field]: value });
    const evidence = { field, from, match: value === null ? "（不填）" : String(value) };
    const at = result.evidence.findIndex((e) => e.field === field);
    if (at >= 0) result.evidence[at] = evidence;
    else result.evidence.push(evidence);
  };
  for (const [from, overrides] of layers) {
    for (const [field, value] of Object.entries(overrides ?? {})) {
      if (value !== undefined) set(field, value, from);
    }
    if (overrides?.role !== undefined && overrides.roleGroup === undefined) set("roleGroup", roleGroupOf(result.role, result.kind), from);
  }
  return result;
}
