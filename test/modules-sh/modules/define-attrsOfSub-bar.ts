export default {
  attrsOfSub: { bar: {} },
};
