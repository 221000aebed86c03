// oracle: options
// deferredModule does not evaluate its definitions: the merged value is a
// module that imports each definition, labelled with its file and the
// option ("FILE, via option NAME"), for a later evalModules. The default is
// a weaker definition and is dropped like any other.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        guest: mkOption({
          type: types.deferredModule,
          default: {},
        }),
        unused: mkOption({
          type: types.deferredModule,
          default: {
            networking: { hostName: "default" },
          },
        }),
      },
    },
    {
      _file: "a.nix",
      guest: {
        services: { web: { port: 80 } },
      },
    },
    {
      _file: "b.nix",
      guest: { services: { web: { enable: true } } },
    },
  ];
});
