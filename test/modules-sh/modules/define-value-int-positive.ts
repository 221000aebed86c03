export default {
  value: 42,
};
