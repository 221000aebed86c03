// oracle: error
// anything needs all definitions at one place to be of the same kind; an
// int and a string give a message without a trailing period and without
// values.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        settings: mkOption({ type: types.anything }),
      },
    },
    {
      _file: "a.nix",
      settings: { port: 80 },
    },
    {
      _file: "b.nix",
      settings: { port: "80" },
    },
  ];
});
