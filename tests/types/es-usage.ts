// Type-level test with nothing but the ECMAScript library (tsconfig.es.json: lib ES2022, no
// @types at all): the declarations compile, and the environment-free inputs work.
import init, { initSync, normalize, type InitInput } from "../../pkg/index.js";

export async function esUsage(bytes: ArrayBuffer): Promise<string> {
  initSync({ module: bytes });
  await init({ module_or_path: "/tahlil_bg.wasm" });
  const inputs: InitInput[] = ["/tahlil_bg.wasm", bytes, new Uint8Array(bytes)];
  void inputs;
  // @ts-expect-error not a module source
  await init({ module_or_path: 42 });
  // @ts-expect-error the keyword count is keywords: { limit }
  normalize("x", { limit: 3 });
  return normalize("أَهْلًا", { preset: "search" });
}
