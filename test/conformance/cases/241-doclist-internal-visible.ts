// oracle: options
// Options list: `internal` is reported as is; `visible = false` keeps the
// entry (visible: false) but drops its sub-options; "shallow" shows the
// option but not its sub-options; "transparent" hides the option itself
// (visible: false) but lists its sub-options.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  const endpoint = types.submodule({
    _file: "endpoint.nix",
    options: {
      port: mkOption({
        type: types.port,
        default: 80,
      }),
    },
  });
  return [
    {
      _file: "decl.nix",
      options: {
        tuning: mkOption({
          type: types.int,
          default: 1,
          internal: true,
        }),
        hidden: mkOption({
          type: endpoint,
          default: {},
          visible: false,
        }),
        shallow: mkOption({
          type: types.attrsOf(endpoint),
          default: {},
          visible: "shallow",
        }),
        transparent: mkOption({
          type: types.listOf(endpoint),
          default: [],
          visible: "transparent",
        }),
        shown: mkOption({
          type: endpoint,
          default: {},
          visible: true,
        }),
      },
    },
  ];
});
