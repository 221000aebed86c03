import type { AttrSet } from "../values.js";

/**
 * A stand-in for the root of `config`/`options` that exists before the real
 * one is built. `names`, when given, answers `k in proxy` without building
 * anything (the option names are known from the declarations alone, as in Nix,
 * so `options ? warnings` works while definitions are still being merged).
 */
export function rootProxy(real: (key: string) => AttrSet, names?: () => ReadonlySet<string>): object {
  return new Proxy(
    {},
    {
      get: (_t, k) => (typeof k === "string" ? real(k)[k] : undefined),
      has: (_t, k) => typeof k === "string" && (names !== undefined ? names().has(k) : k in real(k)),
      ownKeys: () => Reflect.ownKeys(real("*")),
      getOwnPropertyDescriptor: (_t, k) => {
        if (typeof k !== "string") return undefined;
        const d = Object.getOwnPropertyDescriptor(real(k), k);
        return d === undefined ? undefined : { ...d, configurable: true };
      },
    },
  );
}
