import { expect, test } from '@playwright/test';

test('the built app loads with its Content-Security-Policy and no console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'imr-lens' })).toBeVisible();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(errors).toEqual([]);
});

test('the Content-Security-Policy itself stops the page from reaching another origin', async ({ page }) => {
  // Requests that do get out are aborted here, so nothing leaves the machine even if the policy failed.
  const escaped: string[] = [];
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    escaped.push(route.request().url());
    return route.abort();
  });
  await page.goto('/');
  const violations = await page.evaluate(async () => {
    const seen: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
    await fetch('https://example.com/leak').catch(() => undefined);
    const img = new Image();
    img.src = 'https://example.com/pixel.png';
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.head.append(script);
    await new Promise((r) => setTimeout(r, 300));
    return { seen, inline: (window as unknown as { __inline?: boolean }).__inline ?? false };
  });
  expect(violations.seen).toEqual(
    expect.arrayContaining(['connect-src https://example.com/leak', 'img-src https://example.com/pixel.png', 'script-src-elem inline']),
  );
  expect(violations.inline).toBe(false);
  expect(escaped).toEqual([]);
});
