// Parser for Go text/template (mirrors text/template/parse/parse.go of Go 1.19).
import { type Item, itemString, lex } from './lex.js';
import { GoFloat, type Val } from '../reflect.js';
import { goUnquote } from '../strconv.js';

export type ArgNode =
  | { type: 'field'; pos: number; idents: string[] }
  | { type: 'variable'; pos: number; idents: string[] }
  | { type: 'chain'; pos: number; node: ArgNode; fields: string[] }
  | { type: 'identifier'; pos: number; name: string }
  | { type: 'dot'; pos: number }
  | { type: 'nil'; pos: number }
  | { type: 'bool'; pos: number; value: boolean }
  | { type: 'number'; pos: number; text: string; isInt: boolean; value: Val; overflow: boolean }
  | { type: 'string'; pos: number; quoted: string; text: string }
  | PipeNode;
export type CommandNode = { type: 'command'; pos: number; args: ArgNode[] };
export type PipeNode = {
  type: 'pipe';
  pos: number;
  isAssign: boolean;
  decl: Array<{ pos: number; name: string }>;
  cmds: CommandNode[];
};
export type ListNode = { type: 'list'; nodes: Node[] };
export type ControlNode = { type: 'if' | 'with' | 'range'; pos: number; pipe: PipeNode; list: ListNode; elseList: ListNode | null };
export type Node =
  | { type: 'text'; pos: number; text: string }
  | { type: 'action'; pos: number; pipe: PipeNode }
  | ControlNode
  | { type: 'break' | 'continue'; pos: number };
export type AnyNode = Node | ArgNode | CommandNode;

/** Node.String() — used verbatim in execution error contexts. */
export function nodeString(n: AnyNode): string {
  switch (n.type) {
    case 'field':
      return '.' + n.idents.join('.');
    case 'variable':
      return n.idents.join('.');
    case 'chain':
      return (n.node.type === 'pipe' ? '(' + nodeString(n.node) + ')' : nodeString(n.node)) + '.' + n.fields.join('.');
    case 'identifier':
      return n.name;
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'bool':
      return String(n.value);
    case 'number':
      return n.text;
    case 'string':
      return n.quoted;
    case 'pipe': {
      const decl = n.decl.length > 0 ? n.decl.map((d) => d.name).join(', ') + ' := ' : '';
      return decl + n.cmds.map(nodeString).join(' | ');
    }
    case 'command':
      return n.args.map((a) => (a.type === 'pipe' ? '(' + nodeString(a) + ')' : nodeString(a))).join(' ');
    case 'text':
      return JSON.stringify(n.text);
    case 'action':
      return '{{' + nodeString(n.pipe) + '}}';
    case 'break':
      return '{{break}}';
    case 'continue':
      return '{{continue}}';
    default:
      return `{{${n.type} ${nodeString(n.pipe)}}}`;
  }
}

export class ParseError extends Error {}
export class Unsupported extends Error {}

type Marker = { type: 'end' | 'else'; pos: number; ifFollows: boolean };

function parseNumber(text: string, typ: 'number' | 'charConstant'): { isInt: boolean; value: Val; overflow: boolean } | null {
  if (typ === 'charConstant') {
    const s = goUnquote(text);
    if (s === null) return null;
    return { isInt: true, value: s.codePointAt(0) ?? 0, overflow: false };
  }
  const clean = text.replace(/_/g, '');
  const neg = clean.startsWith('-');
  const body = clean.replace(/^[+-]/, '');
  let big: bigint | null = null;
  if (/^0[xX][0-9a-fA-F]+$/.test(body) || /^0[bB][01]+$/.test(body) || /^0[oO][0-7]+$/.test(body)) big = BigInt(body.toLowerCase());
  else if (/^0[0-7]*$/.test(body)) big = BigInt('0o' + (body.slice(1) || '0'));
  else if (/^[1-9][0-9]*$/.test(body)) big = BigInt(body);
  if (big !== null) {
    const v = neg ? -big : big;
    const overflow = v > 9223372036854775807n || v < -9223372036854775808n;
    return { isInt: true, value: Number(v), overflow };
  }
  if (/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) {
    const f = Number(clean);
    return { isInt: Number.isInteger(f) && Math.abs(f) < 2 ** 63, value: new GoFloat(f), overflow: false };
  }
  return null;
}

export type Tree = { root: ListNode; text: string };

export function parse(text: string, funcs: ReadonlySet<string>): Tree {
  const items = lex(text);
  let idx = 0;
  let seen = 0; // furthest token fetched: Go reports the line of the most recently lexed token
  let vars: string[] = ['$'];
  let rangeDepth = 0;
  let actionLine = 0;

  const nextItem = (): Item => {
    const it = items[Math.min(idx, items.length - 1)] as Item;
    idx++;
    seen = Math.max(seen, idx);
    return it;
  };
  const peekItem = (): Item => {
    const it = nextItem();
    idx--;
    return it;
  };
  const nextNonSpace = (): Item => {
    for (;;) {
      const it = nextItem();
      if (it.typ !== 'space') return it;
    }
  };
  const peekNonSpace = (): Item => {
    const save = idx;
    const it = nextNonSpace();
    idx = save;
    // Go backs up only the non-space token, leaving spaces consumed.
    while ((items[idx] as Item | undefined)?.typ === 'space') idx++;
    return it;
  };
  const errorf = (msg: string): never => {
    const tok = items[Math.min(seen, items.length) - 1] ?? items[0];
    throw new ParseError(`template: :${tok?.line ?? 1}: ${msg}`);
  };
  const unexpected = (tok: Item, context: string): never => {
    if (tok.typ === 'error') {
      let extra = '';
      if (actionLine !== 0 && actionLine !== tok.line) {
        extra = ` in action started at :${actionLine}`;
        if (tok.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      return errorf(tok.val + extra);
    }
    return errorf(`unexpected ${itemString(tok)} in ${context}`);
  };
  const expect = (typ: Item['typ'], context: string): Item => {
    const tok = nextNonSpace();
    if (tok.typ !== typ) unexpected(tok, context);
    return tok;
  };

  const useVar = (pos: number, name: string): ArgNode => {
    if (!vars.includes(name)) errorf(`undefined variable ${JSON.stringify(name)}`);
    return { type: 'variable', pos, idents: [name] };
  };

  const term = (): ArgNode | null => {
    const tok = nextNonSpace();
    switch (tok.typ) {
      case 'identifier':
        if (!funcs.has(tok.val)) errorf(`function ${JSON.stringify(tok.val)} not defined`);
        return { type: 'identifier', pos: tok.pos, name: tok.val };
      case 'dot':
        return { type: 'dot', pos: tok.pos };
      case 'nil':
        return { type: 'nil', pos: tok.pos };
      case 'variable':
        return useVar(tok.pos, tok.val);
      case 'field':
        return { type: 'field', pos: tok.pos, idents: [tok.val.slice(1)] };
      case 'bool':
        return { type: 'bool', pos: tok.pos, value: tok.val === 'true' };
      case 'complex':
        throw new Unsupported(`complex constant ${tok.val} is not supported`);
      case 'charConstant':
      case 'number': {
        const n = parseNumber(tok.val, tok.typ);
        if (n === null) {
          if (tok.typ === 'charConstant') errorf(`malformed character constant: ${tok.val}`);
          errorf(`illegal number syntax: ${JSON.stringify(tok.val)}`);
        }
        const num = n as NonNullable<typeof n>;
        return { type: 'number', pos: tok.pos, text: tok.val, ...num };
      }
      case 'leftParen':
        return pipeline('parenthesized pipeline', 'rightParen');
      case 'string':
      case 'rawString': {
        const s = goUnquote(tok.val);
        if (s === null) errorf('invalid syntax');
        return { type: 'string', pos: tok.pos, quoted: tok.val, text: s as string };
      }
      default:
        idx--;
        return null;
    }
  };

  const operand = (): ArgNode | null => {
    const node = term();
    if (node === null) return null;
    if (peekItem().typ !== 'field') return node;
    const chainPos = peekItem().pos; // Go positions the merged node at the first chained field
    const fields: string[] = [];
    while (peekItem().typ === 'field') fields.push(nextItem().val.slice(1));
    switch (node.type) {
      case 'field':
        return { type: 'field', pos: chainPos, idents: [...node.idents, ...fields] };
      case 'variable':
        return { type: 'variable', pos: chainPos, idents: [...node.idents, ...fields] };
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        return errorf(`unexpected . after term ${JSON.stringify(nodeString(node))}`);
      default:
        return { type: 'chain', pos: chainPos, node, fields };
    }
  };

  const command = (): CommandNode => {
    const cmd: CommandNode = { type: 'command', pos: peekNonSpace().pos, args: [] };
    for (;;) {
      peekNonSpace();
      const op = operand();
      if (op !== null) cmd.args.push(op);
      const tok = nextItem();
      if (tok.typ === 'space') continue;
      if (tok.typ === 'rightDelim' || tok.typ === 'rightParen') idx--;
      else if (tok.typ !== 'pipe') unexpected(tok, 'operand');
      break;
    }
    if (cmd.args.length === 0) errorf('empty command');
    return cmd;
  };

  function pipeline(context: string, end: 'rightDelim' | 'rightParen'): PipeNode {
    const first = peekNonSpace();
    const pipe: PipeNode = { type: 'pipe', pos: first.pos, isAssign: false, decl: [], cmds: [] };
    decls: for (;;) {
      const v = peekNonSpace();
      if (v.typ !== 'variable') break;
      const save = idx;
      nextItem();
      const nxt = peekNonSpace();
      if (nxt.typ === 'assign' || nxt.typ === 'declare') {
        pipe.isAssign = nxt.typ === 'assign';
        nextNonSpace();
        pipe.decl.push({ pos: v.pos, name: v.val });
        vars.push(v.val);
      } else if (nxt.typ === 'char' && nxt.val === ',') {
        nextNonSpace();
        pipe.decl.push({ pos: v.pos, name: v.val });
        vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const t = peekNonSpace().typ;
          if (t === 'variable' || t === 'rightDelim' || t === 'rightParen') continue decls;
          errorf('range can only initialize variables');
        }
        errorf(`too many declarations in ${context}`);
      } else {
        idx = save;
      }
      break;
    }
    for (;;) {
      const tok = nextNonSpace();
      if (tok.typ === end) {
        if (pipe.cmds.length === 0) errorf(`missing value for ${context}`);
        pipe.cmds.slice(1).forEach((c, i) => {
          const t = c.args[0]?.type;
          if (t === 'bool' || t === 'dot' || t === 'nil' || t === 'number' || t === 'string')
            errorf(`non executable command in pipeline stage ${i + 2}`);
        });
        return pipe;
      }
      switch (tok.typ) {
        case 'bool':
        case 'charConstant':
        case 'complex':
        case 'dot':
        case 'field':
        case 'identifier':
        case 'number':
        case 'nil':
        case 'rawString':
        case 'string':
        case 'variable':
        case 'leftParen':
          idx--;
          pipe.cmds.push(command());
          break;
        default:
          unexpected(tok, context);
      }
    }
  }

  const textOrAction = (): Node | Marker => {
    const tok = nextNonSpace();
    if (tok.typ === 'text') return { type: 'text', pos: tok.pos, text: tok.val };
    if (tok.typ === 'leftDelim') {
      actionLine = tok.line;
      try {
        return action();
      } finally {
        actionLine = 0;
      }
    }
    return unexpected(tok, 'input');
  };

  const itemList = (): { list: ListNode; next: Marker } => {
    const list: ListNode = { type: 'list', nodes: [] };
    while (peekNonSpace().typ !== 'eof') {
      const n = textOrAction();
      if (n.type === 'end' || n.type === 'else') return { list, next: n as Marker };
      list.nodes.push(n as Node);
    }
    return errorf('unexpected EOF');
  };

  const parseControl = (allowElseIf: boolean, context: 'if' | 'with' | 'range'): Node => {
    const mark = vars.length;
    try {
      const pipe = pipeline(context, 'rightDelim');
      if (context === 'range') rangeDepth++;
      let { list, next } = itemList();
      if (context === 'range') rangeDepth--;
      let elseList: ListNode | null = null;
      if (next.type === 'else') {
        if (allowElseIf && next.ifFollows) {
          // {{else if b}} is parsed as {{else}}{{if b}}...{{end}}{{end}} sharing one {{end}}.
          nextItem();
          elseList = { type: 'list', nodes: [parseControl(true, 'if')] };
        } else {
          ({ list: elseList, next } = itemList());
          if (next.type !== 'end') errorf(`expected end; found {{${next.type}}}`);
        }
      }
      return { type: context, pos: pipe.pos, pipe, list, elseList };
    } finally {
      vars = vars.slice(0, mark);
    }
  };

  const loopControl = (kind: 'break' | 'continue', pos: number): Node => {
    const tok = nextNonSpace();
    if (tok.typ !== 'rightDelim') unexpected(tok, `{{${kind}}}`);
    if (rangeDepth === 0) errorf(`{{${kind}}} outside {{range}}`);
    return { type: kind, pos };
  };

  function action(): Node | Marker {
    const tok = nextNonSpace();
    switch (tok.typ) {
      case 'block':
      case 'define':
      case 'template':
        throw new Unsupported(`{{${tok.typ}}} is not supported by this template engine`);
      case 'else': {
        const p = peekNonSpace();
        if (p.typ === 'if') return { type: 'else', pos: p.pos, ifFollows: true };
        const t = expect('rightDelim', 'else');
        return { type: 'else', pos: t.pos, ifFollows: false };
      }
      case 'end':
        return { type: 'end', pos: expect('rightDelim', 'end').pos, ifFollows: false };
      case 'if':
        return parseControl(true, 'if');
      case 'range':
        return parseControl(false, 'range');
      case 'with':
        return parseControl(false, 'with');
      case 'break':
      case 'continue':
        return loopControl(tok.typ, tok.pos);
      default: {
        idx--;
        const p = peekItem();
        return { type: 'action', pos: p.pos, pipe: pipeline('command', 'rightDelim') };
      }
    }
  }

  const root: ListNode = { type: 'list', nodes: [] };
  while (peekItem().typ !== 'eof') {
    const n = textOrAction();
    if (n.type === 'end' || n.type === 'else') errorf(`unexpected {{${n.type}}}`);
    root.nodes.push(n as Node);
  }
  return { root, text };
}
