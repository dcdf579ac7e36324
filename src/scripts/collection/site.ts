// Run on every page (src/layouts/Base.astro): the header's count and the page's 摘录 buttons.
import { wireCollectButtons } from "./collect-button.ts";
import { wireHeaderCount } from "./header-count.ts";

wireHeaderCount();
wireCollectButtons();
