export default {
  attrsOfSub: { foo: { enable: true } },
};
