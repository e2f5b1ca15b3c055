-- mtlint server in a real editor: Neovim (Debian's 0.7, so vim.lsp.start_client) opens
-- the seed article, waits for the diagnostics, checks them, applies the preferred quick
-- fix of the "Wanson" finding and checks the buffer and the diagnostics after it.
-- Run by scripts/test-all.sh:
--   MTLINT_BIN=target/debug/mtlint MTLINT_FILE=<copy of the seed> \
--     nvim --headless --clean -c 'luafile tests/editors/nvim.lua'
-- Exits 0 when every check passes, 1 otherwise (with the reason on stderr).

local function fail(message)
  io.stderr:write('nvim.lua: FAIL: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local ok, err = pcall(function()
  local bin = assert(os.getenv('MTLINT_BIN'), 'MTLINT_BIN is not set')
  local file = assert(os.getenv('MTLINT_FILE'), 'MTLINT_FILE is not set')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'mtlint',
    cmd = { bin, 'server' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
  })
  if not client_id then return fail('the server did not start') end
  vim.lsp.buf_attach_client(buf, client_id)

  if not vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then
    return fail('no diagnostics within 30 s')
  end

  -- The text a diagnostic covers: Neovim turned the server's UTF-16 columns into bytes.
  local function covered(d)
    local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1]
    return line:sub(d.col + 1, d.end_col)
  end
  local function find(rule, text)
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == rule and covered(d) == text then return d end
    end
  end

  local diags = vim.diagnostic.get(buf)
  if #diags < 5 then return fail('only ' .. #diags .. ' diagnostics') end
  local wanson = find('wrong-term', 'Wanson')
  if not wanson then return fail('no wrong-term diagnostic covering "Wanson"') end
  if not find('wrong-term', 'Coréia') then
    return fail('no wrong-term diagnostic covering "Coréia" (UTF-16 columns wrong?)')
  end
  if wanson.source ~= 'mtlint' or wanson.severity ~= vim.diagnostic.severity.ERROR then
    return fail('wrong source or severity: ' .. vim.inspect(wanson))
  end

  -- The quick fix: the preferred code action at the finding, applied as the UI would.
  local client = vim.lsp.get_client_by_id(client_id)
  -- Neovim 0.7 keeps no LSP range in the diagnostic: back from bytes to UTF-16.
  local function position(lnum, col)
    local text = vim.api.nvim_buf_get_lines(buf, lnum, lnum + 1, false)[1]
    local _, utf16 = vim.str_utfindex(text, col)
    return { line = lnum, character = utf16 }
  end
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = {
      start = position(wanson.lnum, wanson.col),
      ['end'] = position(wanson.end_lnum, wanson.end_col),
    },
    context = { diagnostics = {} },
  }
  local reply = client.request_sync('textDocument/codeAction', params, 10000, buf)
  if not reply or reply.err or not reply.result then
    return fail('no code actions: ' .. vim.inspect(reply))
  end
  local preferred
  for _, action in ipairs(reply.result) do
    if action.isPreferred then preferred = action end
  end
  if not preferred then return fail('no preferred action in ' .. vim.inspect(reply.result)) end
  vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)

  local line = vim.api.nvim_buf_get_lines(buf, wanson.lnum, wanson.lnum + 1, false)[1]
  if line:sub(wanson.col + 1, wanson.col + #'Wonsan') ~= 'Wonsan' then
    return fail('the fix did not write "Wonsan": ' .. line)
  end
  -- The edit reached the server (incremental sync): its finding goes away.
  local gone = vim.wait(30000, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.lnum == wanson.lnum and d.col == wanson.col and d.code == 'wrong-term' then
        return false
      end
    end
    return #vim.diagnostic.get(buf) > 0
  end, 50)
  if not gone then return fail('the fixed finding is still reported') end

  vim.lsp.stop_client(client_id)
  io.stdout:write('nvim.lua: ok (' .. #diags .. ' diagnostics, fix applied)\n')
  vim.cmd('qall!')
end)
if not ok then fail(tostring(err)) end
