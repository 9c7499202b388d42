import { recoveryMessages } from '@shared/i18n/vi-backups';
import { recoveryPrompt, type RecoveryOffer } from './startup-recovery';

/** Text into HTML text or a double-quoted attribute: file names and error details come from the disk. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The harness's page while the database is damaged: the question, the offered copy and one button. No inline
 * script (the page carries the same CSP as the app): the button's behaviour comes from `scriptPath`, and the
 * offered file name travels in a data attribute so the restore endpoint can check it is the copy that was shown.
 */
export function recoveryPageHtml(offer: RecoveryOffer, scriptPath: string): string {
  const prompt = recoveryPrompt(offer);
  const detail = prompt.detail
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n      ');
  const buttons = [
    prompt.canRestore
      ? `<button id="khoi-phuc" type="button" data-backup="${escapeHtml(offer.backup!.fileName)}">${escapeHtml(
          recoveryMessages.restoreButton,
        )}</button>`
      : '',
    prompt.canStartNew
      ? `<button id="du-lieu-moi" type="button">${escapeHtml(recoveryMessages.startNewButton)}</button>`
      : '',
  ].filter((b) => b !== '');
  const button =
    buttons.length > 0
      ? `${buttons.join('\n      ')}\n      <p id="trang-thai" role="status"></p>\n      <script src="${escapeHtml(scriptPath)}"></script>`
      : '';
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(recoveryMessages.title)} – Thi Đua Desk</title>
  </head>
  <body style="font-family: sans-serif; max-width: 46rem; margin: 3rem auto; line-height: 1.5">
    <main>
      <h1>${escapeHtml(offer.missing ? recoveryMessages.missingTitle : recoveryMessages.title)}</h1>
      <p><strong>${escapeHtml(prompt.message)}</strong></p>
      ${detail}
      ${button}
    </main>
  </body>
</html>
`;
}

/** Posts the choice (restore the shown copy, or start a new database), then reloads into the app. */
export function recoveryScript(restorePath: string): string {
  return `(() => {
  const status = document.getElementById('trang-thai');
  const buttons = [document.getElementById('khoi-phuc'), document.getElementById('du-lieu-moi')].filter(Boolean);
  const send = (body) => {
    buttons.forEach((b) => (b.disabled = true));
    fetch(${JSON.stringify(restorePath)}, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
      .then((response) => response.json())
      .then((result) => {
        status.textContent = result.ok ? result.value.message : result.error.message;
        if (result.ok) setTimeout(() => window.location.reload(), 1500);
        else buttons.forEach((b) => (b.disabled = false));
      });
  };
  const restore = document.getElementById('khoi-phuc');
  if (restore) restore.addEventListener('click', () => send({ confirm: true, backup: restore.dataset.backup }));
  const startNew = document.getElementById('du-lieu-moi');
  if (startNew) startNew.addEventListener('click', () => send({ startNew: true }));
})();
`;
}
