/** TypeScript configs are bundled once and loaded from the cache until one of their files changes. */
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importTypeScript } from "../../src/config/typescript-bundle.js";

describe("importTypeScript", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "microvm-ts-"));
  const cacheDir = path.join(dir, "cache");
  const config = path.join(dir, "config.ts");
  const helper = path.join(dir, "helper.ts");

  it("bundles a config with the TypeScript files it imports (`.js` specifiers name `.ts` files)", async () => {
    writeFileSync(helper, "export const mem: number = 256;\n");
    writeFileSync(config, 'import { mem } from "./helper.js";\nexport default { microvm: { mem: mem as number } };\n');
    expect((await importTypeScript(config, cacheDir)).default).toEqual({ microvm: { mem: 256 } });
    expect(readdirSync(cacheDir).sort()).toHaveLength(2);
  });

  it("rebuilds when an imported file changes", async () => {
    writeFileSync(helper, "export const mem: number = 1024;\n");
    // a different time too, should the file system's clock be coarse
    utimesSync(helper, new Date(), new Date(Date.now() + 5000));
    expect((await importTypeScript(config, cacheDir)).default).toEqual({ microvm: { mem: 1024 } });
  });

  it("reports syntax errors with file, line and column", async () => {
    const broken = path.join(dir, "broken.ts");
    writeFileSync(broken, "export default {\n  microvm: { mem: 1 \n");
    await expect(importTypeScript(broken, cacheDir)).rejects.toThrow(/^broken\.ts:3:1: Expected "}" but found end of file/);
  });
});
