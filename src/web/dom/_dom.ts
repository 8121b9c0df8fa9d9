/** Small DOM helpers of the offline page. */

/**
 * The element with this id (the page's markup has every id the script uses).
 * @param id - The element id.
 * @returns The element.
 * @example
 * _byId<HTMLButtonElement>('run').disabled = true;
 */
export function _byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`the page has no #${id}`);
  return el as T;
}

/**
 * Says something in the page's live region (a `role="status"` element read by screen readers).
 * @param text - Plain text.
 * @example
 * _announce('Checked 60 records.');
 */
export function _announce(text: string): void {
  _byId('status').textContent = text;
}

/**
 * Resolves after the browser has had a turn (a task boundary through a message channel, which is
 * not clamped like a nested `setTimeout`), so input and painting go on while records are checked.
 * @returns A promise for the next task.
 * @example
 * await _nextTask();
 */
export function _nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Object URLs handed out for downloads, revoked when the results are replaced. */
const urls: string[] = [];

/**
 * A download link for text made in the page (a Blob and an object URL: nothing is uploaded).
 * @param text - The file's content.
 * @param type - Its media type.
 * @param fileName - The name the browser saves it under.
 * @param label - The link's text.
 * @returns The link.
 * @example
 * area.append(_downloadLink('a,b\r\n', 'text/csv', 'children.csv', 'Children needing action (CSV)'));
 */
export function _downloadLink(text: string, type: string, fileName: string, label: string): HTMLAnchorElement {
  const url = URL.createObjectURL(new Blob([text], { type }));
  urls.push(url);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.className = 'button';
  a.id = `download-${fileName.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
  a.textContent = label;
  return a;
}

/**
 * Revokes every download URL handed out so far.
 * @example
 * _revokeDownloads();
 */
export function _revokeDownloads(): void {
  for (const url of urls.splice(0)) URL.revokeObjectURL(url);
}

/**
 * Saves text as a file at once (a temporary download link, clicked).
 * @param text - The file's content.
 * @param type - Its media type.
 * @param fileName - The name the browser saves it under.
 * @example
 * _saveText('{}', 'application/json', 'policy.json');
 */
export function _saveText(text: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
