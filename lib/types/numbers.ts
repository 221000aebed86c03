/** `number` (int or float) and `numbers.*`: bounds are printed as JSON. */
import { OptionError } from "../errors.js";
import { floatToJSON } from "../pretty.js";
import { either } from "./composite.js";
import { float, int } from "./primitives.js";
import { addCheck, extendType } from "./type.js";

export const number = either(int, float);

const betweenDesc = (lo: number, hi: number) => `${floatToJSON(lo)} and ${floatToJSON(hi)} (both inclusive)`;

export const numbers = {
  between: (lowest: number, highest: number) => {
    if (!(lowest <= highest)) throw new OptionError("numbers.between: lowest must be smaller than highest");
    return extendType(
      addCheck(number, (x) => (x as number) >= lowest && (x as number) <= highest),
      { name: "numberBetween", description: `integer or floating point number between ${betweenDesc(lowest, highest)}` },
    );
  },
  nonnegative: extendType(
    addCheck(number, (x) => (x as number) >= 0),
    {
      name: "numberNonnegative",
      description: "nonnegative integer or floating point number, meaning >=0",
      descriptionClass: "nonRestrictiveClause",
    },
  ),
  positive: extendType(
    addCheck(number, (x) => (x as number) > 0),
    {
      name: "numberPositive",
      description: "positive integer or floating point number, meaning >0",
      descriptionClass: "nonRestrictiveClause",
    },
  ),
};
