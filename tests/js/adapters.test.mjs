// The search-library adapters against the real libraries (devDependencies pinned in
// package-lock.json): a query typed with other spelling, no diacritics and other clitics
// finds the document — and each library's own default does not.
import { test } from "node:test";
import assert from "node:assert/strict";
import MiniSearch from "minisearch";
import { create, insert, search } from "@orama/orama";
import FlexSearch from "flexsearch";
import lunr from "lunr";
import { minisearchOptions } from "../../pkg/adapters/minisearch.js";
import { oramaTokenizer } from "../../pkg/adapters/orama.js";
import { flexsearchEncoder } from "../../pkg/adapters/flexsearch.js";
import { lunrPlugin } from "../../pkg/adapters/lunr.js";

const DOCS = [
  { id: 1, text: "وَأَعْلَنَتِ الحُكُومَةُ عَنْ إِنْشَاءِ مُسْتَشْفًى جَدِيدٍ لِلْأَطْفَالِ فِي الْمَدِينَةِ." },
  { id: 2, text: "فاز الفريق الوطني بالبطولة بعد مباراة صعبة." },
  { id: 3, text: "قرأت الكتاب في المكتبة العامة." },
];
// Other spelling (ه for ة, ي for ى, no hamza), no diacritics, other clitics.
const QUERY = "حكومه انشاء مستشفي الاطفال بالمدينه";

test("tahlil/minisearch: MiniSearch finds the diacritized document", () => {
  const ms = new MiniSearch({ fields: ["text"], ...minisearchOptions() });
  ms.addAll(DOCS);
  assert.equal(ms.search(QUERY)[0]?.id, 1);
  assert.equal(ms.search("للكتب")[0]?.id, 3);
  const plain = new MiniSearch({ fields: ["text"] });
  plain.addAll(DOCS);
  assert.equal(plain.search(QUERY).length, 0, "MiniSearch's default finds nothing");
});

test("tahlil/minisearch: the query's own word ranks above a word that only shares its root", () => {
  const ms = new MiniSearch({ fields: ["text"], ...minisearchOptions() });
  // The same length, the same other words: only كتاب / مكتبة differ.
  ms.addAll([
    { id: "root", text: "زرت المكتبة أمس" },
    { id: "word", text: "قرأت الكتاب أمس" },
  ]);
  assert.deepEqual(
    ms.search("كتاب").map((r) => r.id),
    ["word", "root"],
  );
  const { searchOptions } = minisearchOptions();
  assert.equal(searchOptions.prefix, false);
  assert.equal(searchOptions.fuzzy, false);
});

test("tahlil/orama: Orama finds the diacritized document", async () => {
  const db = create({ schema: { text: "string" }, components: { tokenizer: oramaTokenizer() } });
  for (const d of DOCS) insert(db, { id: String(d.id), text: d.text });
  const r = await search(db, { term: QUERY });
  assert.equal(r.hits[0]?.id, "1");
  const plain = create({ schema: { text: "string" } });
  for (const d of DOCS) insert(plain, { id: String(d.id), text: d.text });
  assert.equal((await search(plain, { term: QUERY })).hits.length, 0, "Orama's default finds nothing");
});

test("tahlil/flexsearch: FlexSearch finds the diacritized document", () => {
  const index = new FlexSearch.Index({ encoder: flexsearchEncoder() });
  for (const d of DOCS) index.add(d.id, d.text);
  const found = index.search(QUERY, { suggest: true });
  assert.equal(found[0], 1);
  assert.deepEqual(index.search("الحكومه"), [1]);
  const plain = new FlexSearch.Index();
  for (const d of DOCS) plain.add(d.id, d.text);
  assert.deepEqual(plain.search("الحكومه"), [], "FlexSearch's default finds nothing");
});

test("tahlil/lunr: Lunr finds the diacritized document", () => {
  const idx = lunr(function () {
    this.use(lunrPlugin());
    this.ref("id");
    this.field("text");
    this.metadataWhitelist = ["position"];
    for (const d of DOCS) this.add(d);
  });
  const r = idx.search(QUERY);
  assert.equal(r[0]?.ref, "1");
  // Positions are UTF-16 [start, length] in the original text.
  const [term, fields] = Object.entries(r[0].matchData.metadata)[0];
  const [start, length] = fields.text.position[0];
  assert.ok(DOCS[0].text.slice(start, start + length).length > 0, term);
  const plain = lunr(function () {
    this.ref("id");
    this.field("text");
    for (const d of DOCS) this.add(d);
  });
  assert.equal(plain.search(QUERY).length, 0, "Lunr's default finds nothing");
});

test("adapters check their options", () => {
  assert.throws(
    () => minisearchOptions({ stem: 1 }),
    (e) => e instanceof TypeError && /minisearchOptions: options\.stem/.test(e.message),
  );
  assert.throws(
    () => oramaTokenizer({ bogus: true }),
    (e) => e instanceof TypeError && /oramaTokenizer: unknown option options\.bogus/.test(e.message),
  );
  assert.throws(
    () => flexsearchEncoder(5),
    (e) => e instanceof TypeError && /flexsearchEncoder: options/.test(e.message),
  );
  assert.throws(
    () => lunrPlugin({ roots: "no" }),
    (e) => e instanceof TypeError && /lunrPlugin: options\.roots/.test(e.message),
  );
  // Options reach analyze: without roots, fewer terms.
  assert.ok(minisearchOptions({ roots: false }).tokenize("الكتاب").length < minisearchOptions().tokenize("الكتاب").length);
});
