import { describe, expect, it } from 'vitest';
import { forTerminal } from './terminal-text.ts';

describe('forTerminal', () => {
  it('shows escape sequences, line breaks, C1 controls and direction overrides escaped', () => {
    expect(forTerminal('a\u001b]0;pwned\u0007b.pdf')).toBe('a\\x1b]0;pwned\\x07b.pdf');
    expect(forTerminal('clear\u001b[2J\r\nnext')).toBe('clear\\x1b[2J\\x0d\\x0anext');
    expect(forTerminal('\u009b31m')).toBe('\\x9b31m');
    expect(forTerminal('invoice\u202efdp.exe')).toBe('invoice\\u202efdp.exe');
  });
  it('leaves ordinary names, accents and punctuation alone', () => {
    expect(forTerminal('dir/Lettre d’appel – café (2).pdf')).toBe('dir/Lettre d’appel – café (2).pdf');
  });
});
