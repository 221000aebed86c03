/**
 * A module argument from `_module.args`, handed to a module function while it
 * runs: a reference that resolves to the real value on first use, as Nix's
 * argument thunks do. Property reads, calls, `in`, `Object.keys` and string
 * conversion (`${name}`) go to the resolved value.
 */
export function lazyArgument(name: string, resolve: () => unknown): unknown {
  const arg = makeLazyArgument(name, resolve);
  resolvers.set(arg as object, resolve);
  return arg;
}

// each lazy argument's resolver (the module system resolves one it is given where it needs a value: an `imports` list)
const resolvers = new WeakMap<object, () => unknown>();

/** The value of `v` when it is a lazy argument (resolving it); `v` itself otherwise. */
export function forceLazyArgument(v: unknown): unknown {
  const resolve = typeof v === "function" ? resolvers.get(v) : undefined;
  return resolve === undefined ? v : resolve();
}

function makeLazyArgument(name: string, resolve: () => unknown): unknown {
  let resolved = false;
  let value: unknown;
  const get = (): unknown => {
    if (!resolved) {
      value = resolve();
      resolved = true;
    }
    return value;
  };
  const target = Object.assign(() => undefined, { __lazyArgument: name });
  return new Proxy(target, {
    get(_t, k) {
      const v = get();
      if (k === Symbol.toPrimitive) {
        return (hint: string) => (v !== null && typeof v === "object" ? (hint === "number" ? Number(v) : String(v)) : v);
      }
      if (v === null || v === undefined) throw new TypeError(`Cannot read properties of ${String(v)} (reading '${String(k)}') of module argument \`${name}'`);
      return Reflect.get(Object(v), k);
    },
    has: (_t, k) => k in Object(get()),
    ownKeys: () => Reflect.ownKeys(Object(get())).filter((k) => k !== "prototype"),
    getOwnPropertyDescriptor(_t, k) {
      const d = Reflect.getOwnPropertyDescriptor(Object(get()), k);
      return d === undefined ? undefined : { ...d, configurable: true };
    },
    apply: (_t, thisArg, args) => Reflect.apply(get() as (...a: unknown[]) => unknown, thisArg, args),
    getPrototypeOf: () => Reflect.getPrototypeOf(Object(get())),
  });
}
