// One polite live region for the whole app (rendered once by the app shell): what a keyboard move
// did ("Item 14 of 122: MRI of the lumbar spine, Upheld, unreviewed") is said without moving focus.
import { create } from 'zustand';

export const useAnnouncement = create<{ text: string; serial: number }>(() => ({ text: '', serial: 0 }));

export function announce(text: string): void {
  useAnnouncement.setState((s) => ({ text, serial: s.serial + 1 }));
}
