// mkRenamedOptionModule: a definition of the old path is forwarded to the
// new option. With a `warnings` option declared, it receives the rename
// message (naming the defining file); reading the old option (forcing the
// whole config does) traces "Obsolete option ... is used".
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "warnings.nix",
      options: {
        warnings: mkOption({
          type: types.listOf(types.str),
          default: [],
        }),
      },
    },
    {
      _file: "decl.nix",
      options: {
        services: {
          web: {
            port: mkOption({
              type: types.port,
              default: 80,
            }),
          },
        },
      },
    },
    {
      _file: "renames.nix",
      imports: [lib.mkRenamedOptionModule(["webPort"], ["services", "web", "port"])],
    },
    {
      _file: "user.nix",
      webPort: 8080,
    },
  ];
});
