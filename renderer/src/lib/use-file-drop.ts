// Files and folders dropped anywhere on the window are imported (folders are walked).
import { useEffect, useState } from 'react';
import { useStore } from '../store';

type Entry = FileSystemEntry;

function readAll(reader: FileSystemDirectoryReader): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const out: Entry[] = [];
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(out);
        else {
          out.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

async function walk(entry: Entry, prefix: string, out: Array<{ name: string; file: File }>): Promise<void> {
  if (out.length >= 10_000) return;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    if (/\.(md|markdown|txt|sarif|json)$/i.test(file.name)) out.push({ name: prefix + file.name, file });
  } else if (entry.isDirectory) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') return;
    const children = await readAll((entry as FileSystemDirectoryEntry).createReader());
    for (const child of children) await walk(child, `${prefix}${entry.name}/`, out);
  }
}

export function useFileDrop(): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const dragover = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = async (e: DragEvent) => {
      if (!hasFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const files: Array<{ name: string; file: File }> = [];
      const entries = [...e.dataTransfer.items].map((it) => it.webkitGetAsEntry?.() ?? null);
      const plain = [...e.dataTransfer.files];
      if (entries.some((x) => x)) {
        for (const entry of entries) if (entry) await walk(entry, '', files);
      } else {
        for (const file of plain) files.push({ name: file.name, file });
      }
      void useStore.getState().importFiles(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', dragover);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', dragover);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return over;
}
