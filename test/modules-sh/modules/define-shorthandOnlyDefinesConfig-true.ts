export default { shorthandOnlyDefinesConfig: true };
