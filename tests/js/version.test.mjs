import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { version } from "../../pkg/node.js";

const read = (path) => readFileSync(new URL(path, import.meta.url), "utf8");

test("version matches pkg/package.json and Cargo.toml", () => {
  assert.equal(version, JSON.parse(read("../../pkg/package.json")).version);
  assert.equal(version, read("../../Cargo.toml").match(/^version = "([^"]+)"/m)[1]);
});
