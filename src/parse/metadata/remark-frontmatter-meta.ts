import type { Root } from "mdast";
import type { VFile } from "vfile";
import type { SourceMeta } from "../../schemas/source-meta.ts";
import { parseSourceMeta } from "./parse-source-meta.ts";

declare module "vfile" {
  interface DataMap {
    /** Metadata overrides from a `.md` source's frontmatter. */
    frontmatter: SourceMeta;
  }
}

/** Reads the frontmatter of a Markdown source into `file.data.frontmatter` and takes it out of the text; a bad one becomes a message. */
export function remarkFrontmatterMeta() {
  return (tree: Root, file: VFile) => {
    for (const node of tree.children) {
      if (node.type !== "yaml") continue;
      try {
        file.data.frontmatter = parseSourceMeta(node.value);
      } catch (error) {
        file.message(`文件开头的元数据（frontmatter）有误，已忽略：${(error as Error).message}。请按 README 中的格式修改。`);
      }
    }
    tree.children = tree.children.filter((node) => node.type !== "yaml");
  };
}
