import { describe, expect, it } from "vitest";
import {
  contentToPlainText,
  entityToTag,
  findMentionQuery,
  flattenGroups,
  groupEntities,
  isContentEmpty,
  normalizeContent,
  tagToEntity,
  toContent,
  trimContent,
  type Entity,
} from "../../src/composer/content";

const alice: Entity = { id: "user_alice", title: "Alice Martin", group: "People", icon: "profile", interactive: true, data: { type: "person" } };
const article: Entity = { id: "article_123", title: "The Future of AI", group: "Trending" };

describe("entityToTag", () => {
  it("maps an entity onto an input_tag part with the wire field names", () => {
    expect(entityToTag(alice)).toEqual({
      type: "input_tag",
      id: "user_alice",
      text: "Alice Martin",
      data: { type: "person" },
      group: "People",
      interactive: true,
    });
  });

  it("defaults data to {} and interactive to false, and leaves group out when there is none", () => {
    const tag = entityToTag({ id: "x", title: "X" });
    expect(tag).toEqual({ type: "input_tag", id: "x", text: "X", data: {}, interactive: false });
    expect("group" in tag).toBe(false);
  });

  it("copies data so later edits of the entity do not leak into a sent message", () => {
    const entity: Entity = { id: "a", title: "A", data: { k: "1" } };
    const tag = entityToTag(entity);
    entity.data!.k = "2";
    expect(tag.data).toEqual({ k: "1" });
  });
});

describe("tagToEntity", () => {
  it("gives back id, title, group, interactive and the string fields of data", () => {
    expect(tagToEntity({ type: "input_tag", id: "a", text: "A", group: "G", interactive: true, data: { type: "t", n: 3 } })).toEqual({
      id: "a",
      title: "A",
      group: "G",
      interactive: true,
      data: { type: "t" },
    });
  });
});

describe("normalizeContent", () => {
  it("merges adjacent text and drops empty text, keeping tags in document order", () => {
    const tag = entityToTag(article);
    expect(
      normalizeContent([
        { type: "input_text", text: "Read " },
        { type: "input_text", text: "" },
        { type: "input_text", text: "about " },
        tag,
        { type: "input_text", text: "" },
        { type: "input_text", text: " and " },
        { type: "input_text", text: "more" },
      ]),
    ).toEqual([{ type: "input_text", text: "Read about " }, tag, { type: "input_text", text: " and more" }]);
  });

  it("keeps two tags side by side as two parts", () => {
    const a = entityToTag(alice);
    const b = entityToTag(article);
    expect(normalizeContent([a, b])).toEqual([a, b]);
  });
});

describe("trimContent", () => {
  it("trims the outer whitespace only", () => {
    const tag = entityToTag(alice);
    expect(trimContent([{ type: "input_text", text: "  ask " }, tag, { type: "input_text", text: " now \n" }])).toEqual([
      { type: "input_text", text: "ask " },
      tag,
      { type: "input_text", text: " now" },
    ]);
  });

  it("drops a text part that was only whitespace next to a tag", () => {
    const tag = entityToTag(alice);
    expect(trimContent([{ type: "input_text", text: "  " }, tag, { type: "input_text", text: " " }])).toEqual([tag]);
  });
});

describe("isContentEmpty and contentToPlainText", () => {
  it("treats whitespace as empty and a lone tag as content", () => {
    expect(isContentEmpty([])).toBe(true);
    expect(isContentEmpty([{ type: "input_text", text: " \n " }])).toBe(true);
    expect(isContentEmpty([entityToTag(alice)])).toBe(false);
  });

  it("renders tags as @title", () => {
    expect(contentToPlainText([{ type: "input_text", text: "Hi " }, entityToTag(alice), { type: "input_text", text: "!" }])).toBe("Hi @Alice Martin!");
  });

  it("accepts a string for setComposerValue", () => {
    expect(toContent("hello")).toEqual([{ type: "input_text", text: "hello" }]);
    expect(toContent("")).toEqual([]);
  });
});

describe("groupEntities", () => {
  it("groups in first-seen order and flattens in display order", () => {
    const bob: Entity = { id: "bob", title: "Bob", group: "People" };
    const loose: Entity = { id: "loose", title: "Loose" };
    const groups = groupEntities([alice, article, loose, bob]);
    expect(groups.map((group) => group.group)).toEqual(["People", "Trending", undefined]);
    expect(groups[0].entities.map((entity) => entity.id)).toEqual(["user_alice", "bob"]);
    expect(flattenGroups(groups).map((entity) => entity.id)).toEqual(["user_alice", "bob", "article_123", "loose"]);
  });
});

describe("findMentionQuery", () => {
  it.each([
    ["@", { start: 0, query: "" }],
    ["@ali", { start: 0, query: "ali" }],
    ["hello @ali", { start: 6, query: "ali" }],
    ["line\n@bo", { start: 5, query: "bo" }],
  ])("finds the mention in %j", (text, expected) => {
    expect(findMentionQuery(text)).toEqual(expected);
  });

  it.each(["mail@example", "@ali ", "no mention", "@@"])("finds none in %j", (text) => {
    expect(findMentionQuery(text)).toBeNull();
  });
});

describe("toContent with ChatKit's looser tag input", () => {
  it("fills data and interactive defaults", () => {
    expect(toContent([{ type: "input_text", text: "Hi " }, { type: "input_tag", id: "a", text: "A" }])).toEqual([
      { type: "input_text", text: "Hi " },
      { type: "input_tag", id: "a", text: "A", data: {}, interactive: false },
    ]);
  });
});
