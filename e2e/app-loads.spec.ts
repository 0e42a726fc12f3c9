import { test, expect } from './fixtures.ts';

// Console errors fail the test through the shared fixture.
test('the built app loads with its Content-Security-Policy and no console errors', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'imr-lens' })).toBeVisible();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
});
