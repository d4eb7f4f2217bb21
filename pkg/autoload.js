// Internal (not in package.json "exports"): how a function called before init() loads the
// module. The Node entry (node.js) sets `load` to read dist/tahlil_bg.wasm from disk on first
// use; in browsers it stays null and such a call throws an Error that says to call init().
export const autoload = {
  /** @type {null | ((name: string) => void)} Loads the module synchronously or throws. */
  load: null,
};
