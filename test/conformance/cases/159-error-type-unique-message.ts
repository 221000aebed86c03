// oracle: error
// unique { message } puts its message into the "defined multiple times"
// error; attribute set values are printed over several lines.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        backend: mkOption({
          type: types.unique({ message: "Only one backend can be configured." }, types.attrsOf(types.str)),
        }),
      },
    },
    {
      _file: "a.nix",
      backend: { sqlite: "/var/lib/app.db" },
    },
    {
      _file: "b.nix",
      backend: { postgres: "postgres://localhost" },
    },
  ];
});
