// mammoth's prebuilt browser bundle (UMD): the part of its API the 查重 page uses. Bundled as CommonJS, its
// exports arrive as the module's default export.
declare module "mammoth/mammoth.browser.min.js" {
  interface Mammoth {
    extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }>;
  }
  const mammoth: Mammoth;
  export default mammoth;
}
