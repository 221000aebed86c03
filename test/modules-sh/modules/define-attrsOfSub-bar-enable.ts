export default {
  attrsOfSub: { bar: { enable: true } },
};
