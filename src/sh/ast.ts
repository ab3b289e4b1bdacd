/** The parsed subset of the ash grammar. Plain data: it is stored inside ProcState. */
export type WordPart =
  | { readonly k: 'lit'; readonly s: string; readonly q: boolean }
  | { readonly k: 'param'; readonly name: string; readonly q: boolean };
export type Word = readonly WordPart[];

export interface Redir {
  readonly fd: number;
  readonly op: '>' | '>>' | '<' | '>&';
  readonly target: Word;
}

export interface Assign {
  readonly name: string;
  readonly value: Word;
}

export interface Simple {
  readonly k: 'simple';
  /** 0-based line of the command in its source, as ash reports it for `sh -c` */
  readonly line: number;
  readonly assigns: readonly Assign[];
  readonly words: readonly Word[];
  readonly redirs: readonly Redir[];
}

/** only `while :` / `while true` loops whose body sleeps */
export interface While {
  readonly k: 'while';
  readonly line: number;
  readonly cond: List;
  readonly body: List;
}

export type Command = Simple | While;
export interface Pipeline {
  readonly neg: boolean;
  readonly cmd: Command;
}
export interface AndOr {
  readonly first: Pipeline;
  readonly rest: readonly { readonly op: '&&' | '||'; readonly p: Pipeline }[];
}
export type List = readonly AndOr[];

/** The text of a word made only of literal parts, else undefined. */
export function literal(w: Word): string | undefined {
  let s = '';
  for (const p of w) {
    if (p.k !== 'lit') return undefined;
    s += p.s;
  }
  return s;
}
