/**
 * Go's text/template (Go 1.19: text/template/parse/lex.go and parse.go, text/template/exec.go and
 * funcs.go) with the default delimiters: parse a template against a set of function names, then
 * execute the tree on reflect's value model (../reflect.ts) with Go's lookup rules and error texts.
 */
export { ExecError, type MissingKey, run } from './exec.js';
export { BUILTINS, FuncError, type Func, type Param } from './funcs.js';
export { ParseError, type Tree, Unsupported, parse } from './parse.js';
