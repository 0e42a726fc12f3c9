// "Add files" and "Add folder": hidden file inputs behind ordinary buttons.
import { useRef } from 'react';
import { candidatesFromFileList } from '../intake/collect-dropped.ts';
import { addLetters } from '../intake/add-letters.ts';
import { PICKER_ACCEPT } from '../document/letter-kinds.ts';

function PickButton({ label, folder, primary }: { label: string; folder?: boolean; primary?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={primary ? 'button button-primary' : 'button'} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={(el) => {
          input.current = el;
          // webkitdirectory is not a React prop; set it on the element.
          if (el && folder) el.setAttribute('webkitdirectory', '');
        }}
        type="file"
        multiple
        hidden
        accept={folder ? undefined : PICKER_ACCEPT}
        data-testid={folder ? 'folder-input' : 'file-input'}
        onChange={(e) => {
          const files = e.target.files ? candidatesFromFileList(e.target.files) : [];
          e.target.value = '';
          // Started in a task of its own: the browser's delivery of a big pick (it builds every File)
          // is one long task already, and the app's first render of the workspace should not add to it.
          setTimeout(() => void addLetters(files));
        }}
      />
    </>
  );
}

export function PickButtons({ primary, only }: { primary?: boolean; only?: 'files' | 'folder' }) {
  return (
    <>
      {only === 'folder' ? null : <PickButton label="Add files…" primary={primary} />}
      {only === 'files' ? null : <PickButton label="Add folder…" folder />}
    </>
  );
}
