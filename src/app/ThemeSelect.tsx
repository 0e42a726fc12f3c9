// Light, dark or the system's choice (the default), saved in this browser.
import { setTheme, useThemeChoice, type ThemeChoice } from './theme.ts';

export function ThemeSelect() {
  const choice = useThemeChoice();
  return (
    <label className="theme-select">
      <span className="sr-only">Theme</span>
      <select value={choice} onChange={(e) => setTheme(e.target.value as ThemeChoice)} title="Theme">
        <option value="system">System theme</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
