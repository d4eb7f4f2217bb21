// An engine without WebAssembly SIMD (which the module needs) gets an Error that says so when
// the module fails to compile. Node has SIMD, so the engine's answer to the SIMD probe is
// replaced here; a module that fails to compile for another reason keeps its own error.
import assert from "node:assert/strict";
import { test } from "node:test";
import { initSync } from "../../pkg/index.js";

// Right magic and version, then a section that is no section: fails to compile anywhere.
const broken = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x0a, 0x05, 0xff]);

test("a compile error is kept as it is when the engine has SIMD", () => {
  assert.throws(() => initSync({ module: broken }), WebAssembly.CompileError);
});

test("without SIMD, the compile error says that the engine lacks it", () => {
  const validate = WebAssembly.validate;
  WebAssembly.validate = () => false;
  try {
    assert.throws(
      () => initSync({ module: broken }),
      (error) => {
        assert.match(error.message, /no WebAssembly SIMD/);
        assert.ok(error.cause instanceof WebAssembly.CompileError);
        return true;
      },
    );
  } finally {
    WebAssembly.validate = validate;
  }
});
