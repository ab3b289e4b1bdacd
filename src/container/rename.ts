/** docker rename (daemon/rename.go): any live container, a valid and free new name. */
import type { DockerError } from '../core/errors.js';
import * as table from '../core/table.js';
import type { Work } from '../core/work.js';
import type { Container } from '../state.js';
import { isError, validName } from './resolve.js';

export function rename(w: Work, c: Container, newName: string): DockerError | undefined {
  // daemon/rename.go: the new name gets its "/" before it is checked (and the error shows it).
  const n = validName(newName);
  if (isError(n)) return { code: 'rename_invalid_name', name: newName.startsWith('/') ? newName : `/${newName}` };
  if (n === c.name) return { code: 'rename_same_name' };
  const holder = table.get(w.state.names, n);
  if (holder) return { code: 'rename_conflict', name: `/${n}`, id: holder };
  w.emit({ type: 'ContainerRenamed', id: c.id, name: n });
  return undefined;
}
