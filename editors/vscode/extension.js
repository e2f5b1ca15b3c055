// The mtlint extension: starts `mtlint server` for plain text, Markdown and the bilingual
// formats, and passes the settings as initializationOptions. Everything else (diagnostics,
// code actions, hover, go to definition) is the server's.
'use strict';

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate() {
  const config = vscode.workspace.getConfiguration('mtlint');
  const server = { command: config.get('path') || 'mtlint', args: ['server'] };
  const lang = config.get('lang');
  client = new LanguageClient('mtlint', 'mtlint', server, {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', pattern: '**/*.{po,pot,xlf,xliff,tmx}' },
    ],
    initializationOptions: {
      lang: lang ? lang : undefined,
      disable: config.get('disable') || [],
    },
  });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
