export default {
  attrsOfSub: { foo: {} },
};
