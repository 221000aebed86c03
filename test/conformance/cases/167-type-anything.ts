// oracle: options
// anything merges attribute sets recursively, and inside them the usual
// properties work (mkIf false drops an attribute, mkDefault loses to a
// plain value); other values must be equal across definitions (lists are
// not concatenated), null included.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkIf, mkDefault, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        settings: mkOption({ type: types.anything }),
        scalar: mkOption({ type: types.anything }),
        props: mkOption({ type: types.anything }),
      },
    },
    {
      _file: "a.nix",
      settings: {
        server: {
          port: 80,
          tags: ["x"],
        },
        debug: false,
        extra: null,
      },
      scalar: 5,
      props: {
        dropped: mkIf(false, 1),
        weak: mkDefault(1),
      },
    },
    {
      _file: "b.nix",
      settings: {
        server: {
          host: "example.org",
          tags: ["x"],
        },
        debug: false,
        extra: null,
      },
      scalar: 5,
      props: { weak: 2 },
    },
  ];
});
