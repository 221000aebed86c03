import { isDeepStrictEqual } from "node:util";
import { evalModules } from "../../../../lib/index.js";
import { portedFileName } from "../../nix-file.js";
import a from "./a.js";
import b from "./b.js";

// graph/test.nix: `evaluation.graph` lists the modules as imported, with keys, files and `disabled`
export default function graphTest(): null {
  const evaluation = evalModules({ modules: [{}, () => ({}), a, b] });
  const A = portedFileName("./graph/a.nix");
  const B = portedFileName("./graph/b.nix");
  const expected = [
    { key: ":anon-1", file: "<unknown-file>", imports: [], disabled: false },
    { key: ":anon-2", file: "<unknown-file>", imports: [], disabled: false },
    {
      key: A,
      file: A,
      imports: [
        {
          key: `${A}:anon-1`,
          file: A,
          imports: [{ key: `${A}:anon-1:anon-1`, file: A, imports: [], disabled: false }],
          disabled: false,
        },
      ],
      disabled: false,
    },
    { key: B, file: B, imports: [{ key: "explicit-key", file: B, imports: [], disabled: false }], disabled: true },
  ];
  // `assert actual == expected` (the graph's `imports` are getters: made plain first)
  const actual = JSON.parse(JSON.stringify(evaluation.graph)) as unknown;
  if (!isDeepStrictEqual(actual, expected)) throw new Error(`assertion failed: ${JSON.stringify(actual, null, 2)}`);
  return null;
}
