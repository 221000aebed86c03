// oracle: options
// Options list: sub-options of submodules follow their option, with `<name>`
// for attrsOf, `*` for listOf, `<name>.<name>` for attrsOf (attrsOf ...),
// plain path components for a single submodule, and nested submodules;
// the sub-option entries carry the submodule module's file.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  const peer = types.submodule({
    _file: "peer.nix",
    options: {
      endpoint: mkOption({
        type: types.str,
        default: "",
      }),
    },
  });
  const iface = types.submodule({
    _file: "interface.nix",
    options: {
      mtu: mkOption({
        type: types.int,
        default: 1500,
      }),
      peers: mkOption({
        type: types.listOf(peer),
        default: [],
      }),
    },
  });
  return [
    {
      _file: "decl.nix",
      options: {
        interfaces: mkOption({
          type: types.attrsOf(iface),
          default: {},
        }),
        routes: mkOption({
          type: types.listOf(peer),
          default: [],
        }),
        vlans: mkOption({
          type: types.attrsOf(types.attrsOf(peer)),
          default: {},
        }),
        loopback: mkOption({
          type: iface,
          default: {},
        }),
      },
    },
  ];
});
