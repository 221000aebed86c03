import type { ModuleArgs } from "../../../lib/index.js";

// builtins.storeDir of the Nix that recorded the expectations
const storeDir = "/nix/store";

// Path literals (`ok6 = /1121…`, `bad4 = ./pathWith.nix`) are Nix values
// without a TypeScript counterpart: not ported (see SKIPPED.md, modules.sh:764).
export default ({ lib }: ModuleArgs) => {
  const { types, mkOption } = lib;
  return {
    imports: [
      {
        options: {
          pathInStore: mkOption({ type: types.lazyAttrsOf(types.pathWith({ inStore: true })) }),
          pathNotInStore: mkOption({ type: types.lazyAttrsOf(types.pathWith({ inStore: false })) }),
          anyPath: mkOption({ type: types.lazyAttrsOf(types.pathWith({})) }),
          absolutePathNotInStore: mkOption({
            type: types.lazyAttrsOf(types.pathWith({ inStore: false, absolute: true })),
          }),
          // This conflicts with `conflictingPathOptionType` below.
          conflictingPathOptionType: mkOption({ type: types.pathWith({ absolute: true }) }),
          // This doesn't make sense: the only way to have something be `inStore`
          // is to have an absolute path.
          impossiblePathOptionType: mkOption({
            get type() {
              return types.pathWith({ inStore: true, absolute: false });
            },
          }),
        },
      },
      {
        options: {
          // This should merge cleanly with `pathNotInStore` above.
          pathNotInStore: mkOption({
            type: types.lazyAttrsOf(types.pathWith({ inStore: false, absolute: null })),
          }),
          // This conflicts with `conflictingPathOptionType` above.
          conflictingPathOptionType: mkOption({ type: types.pathWith({ absolute: false }) }),
        },
      },
    ],
    pathInStore: {
      ok1: `${storeDir}/0lz9p8xhf89kb1c1kk6jxrzskaiygnlh-bash-5.2-p15.drv`,
      ok2: `${storeDir}/0fb3ykw9r5hpayd05sr0cizwadzq1d8q-bash-5.2-p15`,
      ok3: `${storeDir}/0fb3ykw9r5hpayd05sr0cizwadzq1d8q-bash-5.2-p15/bin/bash`,
      ok4: "/1121rp0gvr1qya7hvy925g5kjwg66acz6sn1ra1hca09f1z5dsab", // CA derivation
      ok5: "/1121rp0gvr1qya7hvy925g5kjwg66acz6sn1ra1hca09f1z5dsab/bin/bash", // CA derivation
      bad1: "",
      bad2: `${storeDir}`,
      bad3: `${storeDir}/`,
      bad4: `${storeDir}/.links`, // technically true, but not reasonable
      bad5: "/foo/bar",
    },
    pathNotInStore: {
      ok1: "/foo/bar",
      ok2: `${storeDir}`, // strange, but consistent with `pathInStore` above
      ok3: `${storeDir}/`, // also strange, but also consistent
      ok4: "",
      ok5: `${storeDir}/.links`, // strange, but consistent with `pathInStore` above
      bad1: `${storeDir}/0lz9p8xhf89kb1c1kk6jxrzskaiygnlh-bash-5.2-p15.drv`,
      bad2: `${storeDir}/0fb3ykw9r5hpayd05sr0cizwadzq1d8q-bash-5.2-p15`,
      bad3: `${storeDir}/0fb3ykw9r5hpayd05sr0cizwadzq1d8q-bash-5.2-p15/bin/bash`,
    },
    anyPath: {
      ok1: "/this/is/absolute",
      ok2: "./this/is/relative",
      bad1: 42,
    },
    absolutePathNotInStore: {
      ok1: "/this/is/absolute",
      bad1: "./this/is/relative",
      bad2: `${storeDir}/0fb3ykw9r5hpayd05sr0cizwadzq1d8q-bash-5.2-p15`,
    },
    conflictingPathOptionType: "/foo/bar",
    impossiblePathOptionType: "/foo/bar",
  };
};
