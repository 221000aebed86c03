export default {
  config: {
    get enable(): never {
      throw new Error("oops");
    },
  },
};
