import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
const errors: string[] = [];
page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
for (const [name, path, full] of JSON.parse(process.argv[2]) as [string, string, boolean][]) {
  await page.goto(`http://127.0.0.1:4359/${path}`);
  await page.screenshot({ path: `/tmp/i5/${name}.png`, fullPage: full });
}
console.log("errors", errors);
await browser.close();
