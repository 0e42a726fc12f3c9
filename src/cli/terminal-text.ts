// Anything the CLI prints to a terminal that came from outside (file and entry names, a letter's own
// words quoted in a message) goes through here: control characters are shown escaped, so a name cannot
// move the cursor, clear the screen, retitle the window or hide what follows. C0 and C1 controls, DEL,
// and the bidirectional overrides (which can show a name's letters in another order) are escaped.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escape = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

export function forTerminal(text: string): string {
  return text.replace(UNSAFE, escape);
}
