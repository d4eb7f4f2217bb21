// Only the dev server needs this: its dependency pre-bundling moves tahlil's JS away from
// tahlil_bg.wasm, breaking `new URL("tahlil_bg.wasm", import.meta.url)` (the page then gets
// index.html instead of the wasm). `vite build` needs no configuration; the production test
// builds with configFile: false to prove it.
export default {
  optimizeDeps: { exclude: ["tahlil"] },
};
