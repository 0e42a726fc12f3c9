// Writes keys straight into the app's IndexedDB store, as a saved session (of this or an older version
// of the app) leaves them. Shared by the end-to-end tests (a session of an older schema, 20,000 rows)
// and the Insights benchmark (10,000 letters): the page then reloads to restore it.
import type { Page } from '@playwright/test';

/**
 * `values` are put as they are, `binary` (base64) as ArrayBuffers, like stored letters; `clear` empties
 * the store first. The values are handed to the page as one JSON string: Playwright's own serialisation
 * of a large object graph is far slower.
 */
export async function writeSavedSession(
  page: Page,
  values: [string, unknown][],
  binary: [string, string][] = [],
  clear = false,
): Promise<void> {
  await page.evaluate(
    async ({ json, binary, clear }) => {
      const values = JSON.parse(json) as [string, unknown][];
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('imr-lens-session');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('session', 'readwrite');
      const store = tx.objectStore('session');
      if (clear) store.clear();
      for (const [key, value] of values) store.put(value, key);
      for (const [key, base64] of binary) store.put(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)).buffer, key);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { json: JSON.stringify(values), binary, clear },
  );
}
