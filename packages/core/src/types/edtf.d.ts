declare module "edtf" {
  /** Parses an EDTF string; throws on invalid input. */
  function edtf(text: string, options?: { level?: 0 | 1 | 2 }): unknown;
  export default edtf;
}
