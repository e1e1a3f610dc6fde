#!/usr/bin/env node
'use strict';
// Runs the compiled CLI (built by `npm run build`, which `npm install` runs through `prepare`).
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'dist', 'src', 'app', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  console.error('briefbot is not built yet: run `npm run build` (npm install does it for you).');
  process.exit(1);
}
require(entry)
  .main(process.argv)
  .then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (err) => {
      console.error(`briefbot: ${err && err.message ? err.message : err}`);
      process.exitCode = 1;
    },
  );
