/** Undo core-js's replacement of Array.prototype.push, if it made one (see native-array-push.js). */
export function restoreEngineArrayPush(): void;
