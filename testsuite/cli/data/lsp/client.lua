-- client.lua: Neovim's built-in LSP client driving `ownck --lsp`, for
-- testsuite/cli/lsp_neovim.sh. Run as
--   nvim --headless --clean -c 'luafile client.lua'
-- with OWNCK (the server), LSP_FILE (the C file to open), LSP_LOG (where to
-- write what the client saw), FIX_LINE/FIX_TEXT (a line to replace in the
-- buffer, without saving), NEW_TEXT (a line to append after it, another bug),
-- IGNORE_TEXT (NEW_TEXT with a suppression comment). Every wait is bounded;
-- the bounds matter only when something is broken.
local out = io.open(os.getenv('LSP_LOG'), 'w')
local function log(fmt, ...) out:write(string.format(fmt, ...) .. '\n') out:flush() end

local function dump(buf, label)
  local ds = vim.diagnostic.get(buf)
  table.sort(ds, function(a, b) return a.lnum < b.lnum end)
  log('%s: %d', label, #ds)
  for _, d in ipairs(ds) do
    log('diag %d:%d-%d:%d severity=%d code=%s source=%s message=%s', d.lnum + 1, d.col + 1,
        d.end_lnum + 1, d.end_col + 1, d.severity, tostring(d.code), tostring(d.source), d.message)
    local lsp = d.user_data and d.user_data.lsp or {}
    if lsp.codeDescription then log('href %s', lsp.codeDescription.href) end
    for _, r in ipairs(lsp.relatedInformation or {}) do
      log('related %s %d:%d %s', r.location.uri, r.location.range.start.line + 1,
          r.location.range.start.character + 1, r.message)
    end
  end
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('LSP_FILE')))
  local buf = vim.api.nvim_get_current_buf()
  local exit_code
  local id = vim.lsp.start_client({
    name = 'ownck',
    cmd = {os.getenv('OWNCK'), '--lsp'},
    root_dir = vim.fn.getcwd(),
    on_exit = function(code, signal) exit_code = code * 1000 + signal end,
  })
  vim.lsp.buf_attach_client(buf, id)
  vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
  dump(buf, 'opened')

  -- fix the bug in the buffer only: the diagnostic goes away
  local fix = tonumber(os.getenv('FIX_LINE'))
  vim.api.nvim_buf_set_lines(buf, fix - 1, fix, false, {os.getenv('FIX_TEXT')})
  vim.wait(30000, function() return #vim.diagnostic.get(buf) == 0 end, 20)
  dump(buf, 'fixed')
  log('modified %s', tostring(vim.api.nvim_buf_get_option(buf, 'modified')))

  -- another bug, on a new line: reported there
  vim.api.nvim_buf_set_lines(buf, fix, fix, false, {os.getenv('NEW_TEXT')})
  vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
  dump(buf, 'new bug')

  -- and suppressed in the buffer
  vim.api.nvim_buf_set_lines(buf, fix, fix + 1, false, {os.getenv('IGNORE_TEXT')})
  vim.wait(30000, function() return #vim.diagnostic.get(buf) == 0 end, 20)
  dump(buf, 'suppressed')

  vim.lsp.stop_client(id)
  vim.wait(30000, function() return exit_code ~= nil end, 20)
  log('exit %s', tostring(exit_code))
end)
if not ok then log('lua error: %s', tostring(err)) end
vim.cmd('qa!')
