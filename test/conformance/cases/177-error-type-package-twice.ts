// oracle: error
// package allows a single definition, even of the same derivation; a
// derivation is printed as <derivation NAME>.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  const hello = {
    type: "derivation",
    name: "hello-2.12",
    outPath: "/nix/store/0123456789abcdfghijklmnpqrsvwxyz-hello-2.12",
  };
  return [
    {
      _file: "decl.nix",
      options: {
        package: mkOption({ type: types.package }),
      },
    },
    {
      _file: "a.nix",
      package: hello,
    },
    {
      _file: "b.nix",
      package: hello,
    },
  ];
});
