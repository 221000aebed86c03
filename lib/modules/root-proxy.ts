import type { AttrSet } from "../values.js";

/** A stand-in for the root of `config` that exists before the real one is built. */
export function rootProxy(real: (key: string) => AttrSet): object {
  return new Proxy(
    {},
    {
      get: (_t, k) => (typeof k === "string" ? real(k)[k] : undefined),
      has: (_t, k) => typeof k === "string" && k in real(k),
      ownKeys: () => Reflect.ownKeys(real("*")),
      getOwnPropertyDescriptor: (_t, k) => {
        if (typeof k !== "string") return undefined;
        const d = Object.getOwnPropertyDescriptor(real(k), k);
        return d === undefined ? undefined : { ...d, configurable: true };
      },
    },
  );
}
