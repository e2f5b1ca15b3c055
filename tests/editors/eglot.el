;;; eglot.el --- mtlint server in Emacs with eglot (Debian's elpa-eglot) -*- lexical-binding: t -*-
;; Opens the seed article, waits for the diagnostics (through flymake), checks them,
;; applies the preferred quick fix of the "Wanson" finding and checks the buffer.
;; Run by scripts/test-all.sh:
;;   MTLINT_BIN=target/debug/mtlint MTLINT_FILE=<copy of the seed> \
;;     emacs --batch -Q -l tests/editors/eglot.el
;; Exits 0 when every check passes, 1 otherwise (with the reason on stderr).

;; Debian's elpa-* packages, which -Q does not activate.
(require 'package)
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'eglot)
(require 'flymake)
(require 'project)

(defun mtlint-fail (fmt &rest args)
  (message "eglot.el: FAIL: %s" (apply #'format fmt args))
  (kill-emacs 1))

(defun mtlint-wait (pred seconds)
  "Runs the event loop until PRED holds or SECONDS pass; PRED's last value."
  (let ((deadline (+ (float-time) seconds)) (value nil))
    (while (and (not (setq value (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(defun mtlint-covered (diag)
  (buffer-substring-no-properties (flymake-diagnostic-beg diag) (flymake-diagnostic-end diag)))

(let* ((bin (or (getenv "MTLINT_BIN") (mtlint-fail "MTLINT_BIN is not set")))
       (file (or (getenv "MTLINT_FILE") (mtlint-fail "MTLINT_FILE is not set")))
       ;; A folder that is no version-controlled project is a project of its own.
       (project-find-functions (list (lambda (dir) (cons 'transient dir)))))
  (find-file file)
  (text-mode)
  (condition-case err
      (eglot '(text-mode) (project-current) 'eglot-lsp-server (list bin "server") "plaintext")
    (error (mtlint-fail "the server did not start: %S" err)))
  (unless (eglot-current-server) (mtlint-fail "no server for the buffer"))
  (flymake-mode 1)
  (flymake-start)
  (let ((diags (mtlint-wait (lambda () (flymake-start) (flymake-diagnostics)) 60)))
    (unless diags (mtlint-fail "no diagnostics within 60 s"))
    (when (< (length diags) 5) (mtlint-fail "only %d diagnostics" (length diags)))
    (let ((wanson (seq-find (lambda (d) (equal (mtlint-covered d) "Wanson")) diags)))
      (unless wanson (mtlint-fail "no diagnostic covering \"Wanson\""))
      (unless (seq-find (lambda (d) (equal (mtlint-covered d) "Coréia")) diags)
        (mtlint-fail "no diagnostic covering \"Coréia\" (UTF-16 columns wrong?)"))
      ;; The preferred quick fix at the finding, applied as the command would.
      (let* ((beg (flymake-diagnostic-beg wanson))
             (end (flymake-diagnostic-end wanson))
             (actions (eglot-code-actions beg end))
             (preferred (seq-find (lambda (a) (eq (plist-get a :isPreferred) t)) actions)))
        (unless preferred (mtlint-fail "no preferred code action among %d" (length actions)))
        (eglot--apply-workspace-edit (plist-get preferred :edit))
        ;; Batch Emacs runs no idle timers: send the change now, as eglot would when idle.
        (eglot--signal-textDocument/didChange)
        (goto-char (point-min))
        (unless (search-forward "Wonsan" nil t)
          (mtlint-fail "the quick fix did not write \"Wonsan\""))
        (when (save-excursion (goto-char (point-min)) (search-forward "Port City Wanson" nil t))
          (mtlint-fail "\"Wanson\" is still in the buffer where the fix applied"))
        ;; The server re-checks the edited buffer: the finding goes away.
        (unless (mtlint-wait
                 (lambda ()
                   (flymake-start)
                   (let ((now (flymake-diagnostics)))
                     (and now (< (length now) (length diags)))))
                 30)
          (mtlint-fail "the diagnostics did not change after the fix"))))
    (message "eglot.el: ok: %d diagnostics, the quick fix applied" (length diags))
    (ignore-errors (eglot-shutdown (eglot-current-server)))
    (kill-emacs 0)))
