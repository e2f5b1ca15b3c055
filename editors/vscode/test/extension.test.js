// extension.js without VS Code (which cannot run here): `vscode` and the language client
// are stand-ins recording what the extension asks of them.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const Module = require('node:module');
const path = require('node:path');

function load(settings) {
  const made = [];
  class LanguageClient {
    constructor(id, name, server, options) {
      made.push({ id, name, server, options, started: false, stopped: false });
    }
    start() { made[made.length - 1].started = true; return Promise.resolve(); }
    stop() { made[made.length - 1].stopped = true; return Promise.resolve(); }
  }
  const stubs = {
    vscode: { workspace: { getConfiguration: (section) => {
      assert.strictEqual(section, 'mtlint');
      return { get: (key) => settings[key] };
    } } },
    'vscode-languageclient/node': { LanguageClient },
  };
  const original = Module._load;
  Module._load = function (request, ...rest) {
    return request in stubs ? stubs[request] : original.call(this, request, ...rest);
  };
  const file = path.join(__dirname, '..', 'extension.js');
  delete require.cache[file];
  try {
    return { extension: require(file), made };
  } finally {
    Module._load = original;
  }
}

test('starts `mtlint server` with the settings as initializationOptions', async () => {
  const { extension, made } = load({ path: '/opt/mtlint', lang: 'pt-PT', disable: ['spaced-hyphen'] });
  await extension.activate();
  assert.strictEqual(made.length, 1);
  assert.deepStrictEqual(made[0].server, { command: '/opt/mtlint', args: ['server'] });
  assert.deepStrictEqual(made[0].options.initializationOptions, { lang: 'pt-PT', disable: ['spaced-hyphen'] });
  const languages = made[0].options.documentSelector.map((s) => s.language || s.pattern);
  assert.deepStrictEqual(languages, ['plaintext', 'markdown', '**/*.{po,pot,xlf,xliff,tmx}']);
  assert.ok(made[0].started);
  await extension.deactivate();
  assert.ok(made[0].stopped);
});

test('defaults: `mtlint` on the PATH, no language, no rule off', async () => {
  const { extension, made } = load({ lang: '' });
  await extension.activate();
  assert.strictEqual(made[0].server.command, 'mtlint');
  assert.deepStrictEqual(made[0].options.initializationOptions, { lang: undefined, disable: [] });
});
