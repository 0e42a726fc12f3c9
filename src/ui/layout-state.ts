// How the screen is laid out right now, shared by the parts that adapt to it: whether the filters
// are a drawer (narrow window, or a letter open beside the table) and whether it is open, whether the
// letter is in focus mode (it and its values take the whole width), and the shortcuts dialog.
// Not saved with the session: it follows the window.
import { create } from 'zustand';

export interface LayoutState {
  /** The filters are shown as a drawer over the page rather than a column beside the table. */
  filtersDrawer: boolean;
  filtersOpen: boolean;
  /** The opened letter takes the whole width; the table is one keystroke (f or Esc) away. */
  focusMode: boolean;
  shortcutsOpen: boolean;
}

export const useLayout = create<LayoutState>(() => ({ filtersDrawer: false, filtersOpen: false, focusMode: false, shortcutsOpen: false }));

export const setLayout = (patch: Partial<LayoutState>) => useLayout.setState(patch);

/** Below this width (a window 900 px wide, or 1800 px at 200% zoom) the page reflows to one column. */
export const NARROW_QUERY = '(max-width: 899px)';
