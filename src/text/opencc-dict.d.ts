// opencc-js ships its dictionaries as modules without declarations: each is one string, `source target|source target|…`.
declare module "opencc-js/dict/*" {
  const dict: string;
  export default dict;
}
