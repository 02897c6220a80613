/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload for `tsx --require` */
// Lets a script run code from server/ under tsx: the "server-only" package throws outside React
// Server Components, where it guards against importing server code into the browser. A script is
// no browser, so `tsx --require ./scripts/server-only-shim.cjs …` resolves it to an empty module.
const Module = require("node:module");
const path = require("node:path");

const resolve = Module._resolveFilename;
const empty = path.join(__dirname, "server-only-empty.cjs");
Module._resolveFilename = function (request, ...rest) {
  return request === "server-only" ? empty : resolve.call(this, request, ...rest);
};
