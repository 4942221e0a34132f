// The walk helpers that collect the blocks of every spelling of a key, which
// nats-server 2.9.10 to 2.14 parses one after the other.

import { describe, expect, test } from "vitest";

import {
  arrayItemsForKey,
  blockPath,
  blocksForKey,
  findBlocks,
  type BlockInstance,
} from "../../src/model/walk.js";
import { loadConfigText } from "../../src/resolve/load.js";

function blocksOf(text: string): BlockInstance[] {
  return findBlocks(loadConfigText("walk.conf", text, { env: {} }).root);
}

function accountB(blocks: readonly BlockInstance[]): BlockInstance {
  const account = blocks.find((instance) => blockPath(instance) === "accounts.B");
  if (account === undefined) throw new Error("no account B in the config");
  return account;
}

describe("blocksForKey", () => {
  test("every spelling of leafnodes", () => {
    const blocks = blocksOf(
      "leaf { port: 7422 }\nleafnodes { no_advertise: true }\nLeafnodes {}\n",
    );
    const found = blocksForKey(blocks, blocks[0]!, "leafnodes");
    expect(found.map((instance) => instance.owner?.key)).toEqual([
      "leaf",
      "leafnodes",
      "Leafnodes",
    ]);
  });

  test("no block for an unset key", () => {
    const blocks = blocksOf("port: 4222\n");
    expect(blocksForKey(blocks, blocks[0]!, "leafnodes")).toEqual([]);
  });
});

describe("arrayItemsForKey", () => {
  const config = `accounts {
  A { exports: [ { service: foo }, { service: bar } ] }
  B {
    imports: [ { service: { account: A, subject: foo } } ]
    Imports: [ { service: { account: A, subject: bar } } ]
  }
}
`;

  test("items of imports and Imports", () => {
    const blocks = blocksOf(config);
    const items = arrayItemsForKey(blocks, accountB(blocks), "imports");
    expect(items.map(blockPath)).toEqual(["accounts.B.imports[0]", "accounts.B.Imports[0]"]);
  });

  test("a map in place of the array", () => {
    const blocks = blocksOf(
      "accounts {\n  A {}\n  B { imports { service: { account: A, subject: foo } } }\n}\n",
    );
    expect(arrayItemsForKey(blocks, accountB(blocks), "imports")).toEqual([]);
  });
});
