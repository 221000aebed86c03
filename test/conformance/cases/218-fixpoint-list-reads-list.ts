// Fixed point: a list definition reads the merged value of another list
// option (all of its definitions from several modules, in merge order),
// and an attribute set is built from it.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    ({ config }) => ({
      _file: "decl.nix",
      options: {
        users: mkOption({
          type: types.listOf(types.str),
          default: [],
        }),
        homes: mkOption({
          type: types.listOf(types.str),
          get default() {
            return (config.users as string[]).map((u) => `/home/${u}`);
          },
        }),
        uids: mkOption({
          type: types.attrsOf(types.int),
          // lib.listToAttrs (lib.imap0 (i: u: lib.nameValuePair u (1000 + i)) config.users)
          get default() {
            return Object.fromEntries((config.users as string[]).map((u, i) => [u, 1000 + i]));
          },
        }),
      },
    }),
    {
      _file: "alice.nix",
      users: ["alice"],
    },
    {
      _file: "bob.nix",
      users: ["bob", "carol"],
    },
  ];
});
