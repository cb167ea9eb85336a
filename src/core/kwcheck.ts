// Keyword arguments passed to a builtin heapsnake implements positionally (its native function reads only the
// argument values, in order). CPython parses keywords per function (Python/getargs.c, Argument Clinic,
// _PyArg_NoKwnames); the real parameters come from inspect.signature on both interpreters
// (cpython-kwparams.ts). Without this check such a call would silently take `abs(x=1)` as `abs(1)`.
//  - no parameter can be passed by keyword: "X() takes no keyword arguments" (Objects/methodobject.c /
//    Objects/descrobject.c: method_vectorcall_* via _PyArg_NoKwnames; a slot wrapper says "wrapper X()");
//  - a keyword that is no parameter: the unknown-keyword TypeError (per version: fmt.badKeyword);
//  - keywords naming exactly the parameters after the positional arguments, in order: the positional
//    reading is right, the call goes on;
//  - a required parameter left out, or anything else (keyword-only parameters, a skipped or reordered one, a builtin missing from the table):
//    NotSupported.
// A builtin that reads its keywords itself is checked only for the first two (`positional` false), and only
// where the table has it and its TypeError is its own (sorted() reports list.sort's: excluded).
import { PyObject } from './object.js';
import { R, typeError, notSupported } from './rt.js';
import { messageOf, noteRule } from './versionnote.js';
import { CPYTHON_KWPARAMS } from './cpython-kwparams.js';

const OWN_MESSAGE = new Set(['sorted']);

/** `key`: 'len' or 'str.ljust'; `shown`: the name CPython's messages use ('str.ljust()' / 'wrapper __add__()'). */
export function checkPositionalKw(key: string, shown: string, name: string, args: PyObject[], kw: string[], positional = true): void {
  const entry = CPYTHON_KWPARAMS[R.rules.version][key];
  if (!positional && (!entry || OWN_MESSAGE.has(key))) return;
  // while tracing: the other version's signature differs (3.14's str.replace takes count=, 3.11's math.log says 'log()')
  if ((R as any).explainer && JSON.stringify(entry) !== JSON.stringify(CPYTHON_KWPARAMS[R.rules.version === '3.14' ? '3.11' : '3.14'][key])) noteRule('builtinSignatures');
  if (!entry) notSupported(`keyword arguments to ${shown}`);
  // the name CPython's "takes no keyword arguments" gives, where it is not the usual one (3.11's METH_VARARGS
  // functions: Objects/methodobject.c cfunction_call says 'log()', not 'math.log()')
  if (entry[0]?.startsWith('=')) shown = entry[0].slice(1);
  const table = entry.filter((p) => !p.startsWith('='));
  const ps = table.map((p) => p.replace(/!$/, ''));
  const byKw = ps.filter((p) => !p.startsWith('/') && p !== '*' && p !== '**').map((p) => p.replace(/^\*/, ''));
  if (!byKw.length && !ps.includes('**')) typeError(`${shown} takes no keyword arguments`);
  // a required parameter left out: CPython's parsers report it before an unknown keyword, each in its own words
  const npos0 = args.length - kw.length;
  table.filter((p) => p !== '*' && p !== '**').forEach((p, i) => {
    if (p.endsWith('!') && i >= npos0 && !kw.includes(p.replace(/^[/*]/, '').replace(/!$/, ''))) {
      notSupported(`${shown} without its argument '${p.replace(/^[/*]/, '').replace(/!$/, '')}'`);
    }
  });
  for (const k of kw) if (!byKw.includes(k) && !ps.includes('**')) typeError(messageOf('badKeyword', name, k, byKw));
  if (!positional) return;
  const npos = args.length - kw.length;
  const order = ps.filter((p) => p !== '*' && p !== '**');
  for (let i = 0; i < kw.length; i++) {
    if (order[npos + i] !== kw[i]) notSupported(`${shown} with the keyword argument '${kw[i]}'`, 'heapsnake passes this builtin its arguments by position');
  }
}

/**
 * A built-in type's constructor parsed by Argument Clinic (Objects/longobject.c: long_new, unicodeobject.c:
 * unicode_new, bytesobject.c: bytes_new, bytearrayobject.c: bytearray___init__, bltinmodule.c: zip_new):
 * a keyword that is no parameter raises the version's unknown-keyword TypeError (fmt.badKeyword).
 */
export function checkKwNames(fname: string, kw: string[] | null, names: string[], nargs?: number, maxArgs?: number): void {
  // Python/getargs.c: _PyArg_UnpackKeywords counts the arguments first
  if (kw && kw.length && nargs !== undefined && maxArgs !== undefined && nargs > maxArgs) {
    typeError(`${fname}() takes at most ${maxArgs} ${nargs === kw.length ? 'keyword ' : ''}argument${maxArgs === 1 ? '' : 's'} (${nargs} given)`);
  }
  if (kw) for (const k of kw) if (!names.includes(k)) typeError(messageOf('badKeyword', fname, k, names));
}

/** A constructor heapsnake models without keyword parameters (`map`): the table's signature for this version
 *  (3.14's map has a keyword-only `strict`) says how CPython answers a keyword; one it accepts is refused. */
export function checkCtorNoKw(fname: string, kw: string[] | null): void {
  if (!kw || !kw.length) return;
  const ps = CPYTHON_KWPARAMS[R.rules.version][`${fname}()`];
  const byKw = ps ? ps.filter((p) => !p.startsWith('/') && p !== '*' && p !== '**').map((p) => p.replace(/^\*/, '')) : [];
  if (!byKw.length) typeError(`${fname}() takes no keyword arguments`);
  for (const k of kw) if (!byKw.includes(k)) typeError(messageOf('badKeyword', fname, k, byKw));
  notSupported(`${fname}() with the keyword argument '${kw[0]}'`);
}

/** Does the table know `key` ('math.gcd')? Only those module functions are checked. */
export function hasKwParams(key: string): boolean {
  return CPYTHON_KWPARAMS[R.rules.version][key] !== undefined;
}
