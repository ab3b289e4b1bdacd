// Evaluator mirroring text/template/exec.go (Go 1.19): same lookup rules, same error texts.
import { sprint, sprintValue } from '../fmt.js';
import { BUILTINS, FuncError, type Func, type Param, isTrue } from './funcs.js';
import { type AnyNode, type ArgNode, type CommandNode, type ControlNode, type ListNode, type Node, type PipeNode, type Tree, nodeString } from './parse.js';
import {
  GoFloat,
  GoNil,
  GoPtr,
  NO_VALUE,
  type Val,
  elemTypeName,
  indirect,
  kindOf,
  methodOf,
  typeName,
  zeroOf,
} from '../reflect.js';

export type MissingKey = 'default' | 'zero' | 'error';
export class ExecError extends Error {}
class BreakSignal {}
class ContinueSignal {}

/**
 * Go's token.IsExported: the name begins with an upper-case letter. ASCII is answered without the
 * Unicode regex, whose first use costs a command a fraction of a millisecond to compile.
 */
const isExported = (name: string): boolean => {
  const c = name.charCodeAt(0);
  return c <= 0x7f ? c >= 0x41 && c <= 0x5a : /^\p{Lu}/u.test(name);
};

/** Marks "no final value" in a pipeline (Go's missingVal). */
const MISSING: unique symbol = Symbol('missing');
type Final = Val | typeof MISSING;
type Callable = { kind: 'func'; f: Func; builtin: boolean } | { kind: 'method'; m: (...a: unknown[]) => unknown };

export function run(tree: Tree, data: Val, funcs: Record<string, Func>, missingKey: MissingKey): { out: string; err: ExecError | null } {
  const out: string[] = [];
  let node: AnyNode | null = null;
  const vars: Array<{ name: string; value: Val }> = [{ name: '$', value: data }];

  const at = (n: AnyNode): void => {
    node = n;
  };
  const errorf = (msg: string): never => {
    if (node === null) throw new ExecError(`template: : ${msg}`);
    const pos = 'pos' in node ? node.pos : 0;
    const before = tree.text.slice(0, pos);
    const nl = before.lastIndexOf('\n');
    const line = 1 + (before.match(/\n/g)?.length ?? 0);
    const col = Buffer.byteLength(nl < 0 ? before : before.slice(nl + 1), 'utf8');
    throw new ExecError(`template: :${line}:${col}: executing "" at <${nodeString(node)}>: ${msg}`);
  };

  const varValue = (name: string): Val => {
    for (let i = vars.length - 1; i >= 0; i--) if (vars[i]?.name === name) return vars[i]?.value;
    return errorf(`undefined variable: ${name}`);
  };
  const setVar = (name: string, value: Val): void => {
    for (let i = vars.length - 1; i >= 0; i--) {
      const v = vars[i];
      if (v?.name === name) {
        v.value = value;
        return;
      }
    }
    errorf(`undefined variable: ${name}`);
  };
  const setTopVar = (n: number, value: Val): void => {
    const v = vars[vars.length - n];
    if (v !== undefined) v.value = value;
  };

  const lookup = (name: string): Callable | undefined => {
    const f = funcs[name];
    if (f !== undefined) return { kind: 'func', f, builtin: false };
    const b = BUILTINS[name];
    return b === undefined ? undefined : { kind: 'func', f: b, builtin: true };
  };

  const idealConstant = (n: Extract<ArgNode, { type: 'number' }>): Val => {
    if (n.overflow) return errorf(`${n.text} overflows int`);
    if (n.value instanceof GoFloat && !/^[+-]?0[xX]/.test(n.text) && /[.eEpP]/.test(n.text)) return n.value;
    if (n.isInt) return n.value instanceof GoFloat ? n.value.value : n.value;
    return n.value;
  };

  const notAFunction = (args: ArgNode[], final: Final): void => {
    if (args.length > 1 || final !== MISSING) errorf(`can't give argument to non-function ${nodeString(args[0] as ArgNode)}`);
  };

  const validateType = (value: Val, typ: Param): Val => {
    if (value === NO_VALUE) {
      if (typ === 'any') return null;
      if (typ === 'value') return NO_VALUE;
      if (typ === '[]string') return new GoNil('slice', '[]string');
      return errorf(`invalid value; expected ${typ}`);
    }
    if (typ === 'any' || typ === 'value') return value;
    const v = value;
    const t = typeName(v);
    if (typ === 'string' && typeof v === 'string') return v;
    if (typ === 'int' && t === 'int') return v;
    if (typ === '[]string') {
      if (v instanceof GoNil && v.kind === 'slice' && t === '[]string') return v;
      // Untagged JS arrays of strings stand for the []string fields docker structs carry.
      if (Array.isArray(v) && (t === '[]string' || (t === '[]interface {}' && !hasTag(v) && v.every((e) => typeof e === 'string'))))
        return v;
    }
    return errorf(`wrong type for value; expected ${typ}; got ${t}`);
  };

  const evalArg = (dot: Val, typ: Param, n: ArgNode): Val => {
    at(n);
    switch (n.type) {
      case 'dot':
        return validateType(dot, typ);
      case 'nil':
        if (typ === 'any') return null;
        if (typ === 'value') return NO_VALUE;
        if (typ === '[]string') return new GoNil('slice', '[]string');
        return errorf(`cannot assign nil to ${typ}`);
      case 'field':
        return validateType(evalFieldChain(dot, n, n.idents, [n], MISSING).v, typ);
      case 'variable':
        return validateType(evalVariable(n, [n], MISSING), typ);
      case 'pipe':
        return validateType(evalPipeline(dot, n), typ);
      case 'identifier':
        return validateType(evalFunction(dot, n, n, [n], MISSING), typ);
      case 'chain':
        return validateType(evalChain(dot, n, [n], MISSING), typ);
      default:
        break;
    }
    switch (typ) {
      case 'int':
        if (n.type === 'number' && n.isInt) return n.value instanceof GoFloat ? n.value.value : n.value;
        return errorf(`expected integer; found ${nodeString(n)}`);
      case 'string':
        if (n.type === 'string') return n.text;
        return errorf(`expected string; found ${nodeString(n)}`);
      case 'any':
      case 'value':
        if (n.type === 'bool') return n.value;
        if (n.type === 'number') return idealConstant(n);
        if (n.type === 'string') return n.text;
        return errorf(`can't handle ${nodeString(n)} for arg of type interface {}`);
      default:
        return errorf(`can't handle ${nodeString(n)} for arg of type ${typ}`);
    }
  };

  const evalCall = (dot: Val, fun: Callable, node: AnyNode, name: string, argNodes: ArgNode[], final: Final): Val => {
    const args = argNodes.slice(1);
    const numIn = args.length + (final !== MISSING ? 1 : 0);
    const params: Param[] = fun.kind === 'func' ? fun.f.params : Array.from({ length: fun.m.length }, () => 'any' as const);
    const variadic = fun.kind === 'func' ? fun.f.variadic : undefined;
    const numFixed = variadic !== undefined ? params.length : args.length;
    if (variadic !== undefined) {
      if (numIn < numFixed) errorf(`wrong number of args for ${name}: want at least ${params.length} got ${args.length}`);
    } else if (numIn !== params.length) errorf(`wrong number of args for ${name}: want ${params.length} got ${numIn}`);

    const paramAt = (i: number): Param => (i < params.length ? (params[i] as Param) : (variadic ?? 'any'));
    if (fun.kind === 'func' && fun.builtin && (name === 'and' || name === 'or')) {
      // Go 1.18+: and/or short-circuit, returning the deciding operand.
      let v: Val = NO_VALUE;
      for (const a of args) {
        v = evalArg(dot, 'value', a);
        if (isTrue(v).truth === (name === 'or')) return v;
      }
      if (final !== MISSING) v = validateType(final, 'value');
      return v;
    }
    const argv: Val[] = args.map((a, i) => evalArg(dot, paramAt(i), a));
    if (final !== MISSING) argv.push(validateType(final, paramAt(numIn - 1)));
    try {
      if (fun.kind === 'method') return fun.m(...argv);
      if (fun.builtin && name === 'call') return callBuiltin(argv);
      return fun.f.fn(argv);
    } catch (e) {
      if (e instanceof ExecError) throw e;
      at(node);
      return errorf(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const callBuiltin = (argv: Val[]): Val => {
    const fn = argv[0] === null ? NO_VALUE : argv[0];
    if (fn === NO_VALUE) throw new FuncError('call of nil');
    if (typeof fn !== 'function') throw new FuncError(`non-function of type ${typeName(fn)}`);
    return (fn as (...a: unknown[]) => unknown)(...argv.slice(1));
  };

  const evalField = (fieldName: string, node: AnyNode, args: ArgNode[], final: Final, receiver: Val, staticType: string | undefined): { v: Val; st?: string } => {
    if (receiver === NO_VALUE || receiver === undefined) {
      if (missingKey === 'error') errorf(`nil data; no entry for key ${JSON.stringify(fieldName)}`);
      return { v: NO_VALUE };
    }
    const typ = staticType ?? typeName(receiver);
    const { v: rec, isNil } = indirect(receiver);
    if (rec === null || (rec instanceof GoNil && rec.kind === 'interface')) errorf(`nil pointer evaluating ${typ}.${fieldName}`);
    const method = methodOf(receiver, fieldName);
    if (method !== undefined) return { v: evalCall(null, { kind: 'method', m: method }, node, fieldName, args, final) };
    const hasArgs = args.length > 1 || final !== MISSING;
    const k = kindOf(rec);
    if (k === 'struct' && Object.hasOwn(rec as object, fieldName) && (rec as Record<string, unknown>)[fieldName] !== undefined) {
      if (!isExported(fieldName)) errorf(`${fieldName} is an unexported field of struct type ${typ}`);
      if (hasArgs) errorf(`${fieldName} has arguments but cannot be invoked as function`);
      return { v: (rec as Record<string, unknown>)[fieldName] };
    }
    if (k === 'map') {
      const mapType = typeName(rec);
      const keyType = mapType.startsWith('map[') ? mapType.slice(4, mapType.indexOf(']')) : 'string';
      if (keyType === 'string' || keyType === 'interface {}') {
        if (hasArgs) errorf(`${fieldName} is not a method but has arguments`);
        const elem = elemTypeName(mapType);
        if (rec instanceof Map && rec.has(fieldName)) return { v: rec.get(fieldName), st: elem };
        if (missingKey === 'error') errorf(`map has no entry for key ${JSON.stringify(fieldName)}`);
        return { v: missingKey === 'zero' ? zeroOf(elem) : NO_VALUE, st: elem };
      }
    }
    if (k === 'ptr' && isNil) errorf(`nil pointer evaluating ${typ}.${fieldName}`);
    return errorf(`can't evaluate field ${fieldName} in type ${typ}`);
  };

  const evalFieldChain = (receiver: Val, node: AnyNode, ident: string[], args: ArgNode[], final: Final): { v: Val; st?: string } => {
    let cur: { v: Val; st?: string } = { v: receiver };
    ident.forEach((name, i) => {
      const last = i === ident.length - 1;
      cur = evalField(name, node, last ? args : [], last ? final : MISSING, cur.v, cur.st);
    });
    return cur;
  };

  const evalVariable = (n: Extract<ArgNode, { type: 'variable' }>, args: ArgNode[], final: Final): Val => {
    at(n);
    const value = varValue(n.idents[0] as string);
    if (n.idents.length === 1) {
      notAFunction(args, final);
      return value;
    }
    return evalFieldChain(value, n, n.idents.slice(1), args, final).v;
  };

  const evalChain = (dot: Val, n: Extract<ArgNode, { type: 'chain' }>, args: ArgNode[], final: Final): Val => {
    at(n);
    if (n.node.type === 'nil') errorf(`indirection through explicit nil in ${nodeString(n)}`);
    const pipe = evalArg(dot, 'any', n.node);
    return evalFieldChain(pipe, n, n.fields, args, final).v;
  };

  const evalFunction = (dot: Val, n: Extract<ArgNode, { type: 'identifier' }>, cmd: AnyNode, args: ArgNode[], final: Final): Val => {
    at(n);
    const fun = lookup(n.name);
    if (fun === undefined) return errorf(`${JSON.stringify(n.name)} is not a defined function`);
    return evalCall(dot, fun, cmd, n.name, args, final);
  };

  const evalCommand = (dot: Val, cmd: CommandNode, final: Final): Val => {
    const first = cmd.args[0] as ArgNode;
    switch (first.type) {
      case 'field':
        at(first);
        return evalFieldChain(dot, first, first.idents, cmd.args, final).v;
      case 'chain':
        return evalChain(dot, first, cmd.args, final);
      case 'identifier':
        return evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        notAFunction(cmd.args, final);
        return evalPipeline(dot, first);
      case 'variable':
        return evalVariable(first, cmd.args, final);
      default:
        break;
    }
    at(first);
    notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool':
        return first.value;
      case 'dot':
        return dot;
      case 'nil':
        return errorf('nil is not a command');
      case 'number':
        return idealConstant(first);
      default:
        return first.text;
    }
  };

  function evalPipeline(dot: Val, pipe: PipeNode): Val {
    at(pipe);
    let value: Final = MISSING;
    for (const cmd of pipe.cmds) {
      value = evalCommand(dot, cmd, value);
      // A nil interface{} result becomes the invalid value, as reflect.ValueOf(nil) does.
      if (value === null || value === undefined) value = NO_VALUE;
    }
    for (const d of pipe.decl) {
      if (pipe.isAssign) setVar(d.name, value);
      else vars.push({ name: d.name, value });
    }
    return value;
  }

  const printValue = (n: AnyNode, v: Val): void => {
    at(n);
    if (v === NO_VALUE) {
      out.push('<no value>');
      return;
    }
    let p = v;
    while (p instanceof GoPtr) p = p.target;
    if (typeof p === 'function') errorf(`can't print ${nodeString(n)} of type ${typeName(p)}`);
    out.push(sprintValue(p));
  };

  const walkRange = (dot: Val, r: ControlNode): void => {
    at(r);
    const mark = vars.length;
    try {
      const val = indirect(evalPipeline(dot, r.pipe)).v;
      const inner = vars.length;
      const one = (index: Val, elem: Val): void => {
        if (r.pipe.decl.length > 0) setTopVar(1, elem);
        if (r.pipe.decl.length > 1) setTopVar(2, index);
        try {
          walkList(elem, r.list);
        } catch (e) {
          if (!(e instanceof ContinueSignal)) throw e;
        } finally {
          vars.length = inner;
        }
      };
      const k = kindOf(val);
      if (k === 'slice') {
        const arr = Array.isArray(val) ? val : [];
        if (arr.length > 0) {
          arr.forEach((e, i) => one(i, e));
          return;
        }
      } else if (k === 'map') {
        const m = val instanceof Map ? val : new Map();
        if (m.size > 0) {
          for (const [key, e] of [...m.entries()].sort((a, b) => compare(a[0], b[0]))) one(key, e);
          return;
        }
      } else if (k !== 'invalid') {
        errorf(`range can't iterate over ${sprint([val])}`);
      }
      if (r.elseList !== null) walkList(dot, r.elseList);
    } catch (e) {
      if (!(e instanceof BreakSignal)) throw e;
    } finally {
      vars.length = mark;
    }
  };

  const walk = (dot: Val, n: Node): void => {
    switch (n.type) {
      case 'text':
        out.push(n.text);
        return;
      case 'action': {
        const val = evalPipeline(dot, n.pipe);
        if (n.pipe.decl.length === 0) printValue(n, val);
        return;
      }
      case 'break':
        throw new BreakSignal();
      case 'continue':
        throw new ContinueSignal();
      case 'range':
        walkRange(dot, n);
        return;
      default: {
        const mark = vars.length;
        try {
          const val = evalPipeline(dot, n.pipe);
          if (isTrue(val === null ? NO_VALUE : val).truth) walkList(n.type === 'with' ? val : dot, n.list);
          else if (n.elseList !== null) walkList(dot, n.elseList);
        } finally {
          vars.length = mark;
        }
      }
    }
  };
  function walkList(dot: Val, list: ListNode): void {
    for (const n of list.nodes) walk(dot, n);
  }

  try {
    walkList(data, tree.root);
    return { out: out.join(''), err: null };
  } catch (e) {
    if (e instanceof ExecError) return { out: out.join(''), err: e };
    throw e;
  }
}

function hasTag(v: object): boolean {
  return Object.getOwnPropertySymbols(v).length > 0;
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return Buffer.compare(Buffer.from(String(a)), Buffer.from(String(b)));
}
