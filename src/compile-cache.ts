/**
 * Turns on V8's compile cache (Node ≥ 22.1) for the modules loaded after this
 * one: they are compiled once, then read from a cache folder (by default
 * `$TMPDIR/node-compile-cache`; `NODE_COMPILE_CACHE` chooses another,
 * `NODE_DISABLE_COMPILE_CACHE=1` turns it off). Node 20 has no such cache.
 * Imported first by the CLI; the commands it imports lazily are the bulk of its code.
 */
import module from "node:module";

// not in @types/node 20
const { enableCompileCache } = module as { enableCompileCache?: () => unknown };
enableCompileCache?.();
