// Private name mangling: Python/compile.c (3.11) and Python/symtable.c: _Py_Mangle.
// Inside a class body — and every function, lambda and comprehension nested in
// it — an identifier that starts with two underscores and does not end with two
// (`__secret`) is rewritten to `_ClassName__secret` (the class's name without its
// leading underscores). Names, attribute names, parameters, global/nonlocal names,
// `except … as` names and the names a def or class statement binds are mangled;
// keyword-argument names in calls are not, and a def keeps its unmangled __name__.
//
// heapsnake applies the rule to the AST once, before scope analysis, so the
// symbol table and the compiler see the same (mangled) names. A def's or class's
// binding goes in `bindName`; its own name stays for __name__ and __qualname__.

type Node = any; // the CPython-shaped AST (ast.ts)
import { NotSupported } from './errors.js';

/** Python/compile.c: _Py_Mangle */
export function mangleName(privateName: string | null, name: string): string {
  if (!privateName || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (!stripped) return name;
  return `_${stripped}${name}`;
}

/** Rewrite private names in the module's AST (in place). */
export function mangleModule(mod: Node): void {
  walk(mod, null);
}

function walk(n: any, priv: string | null): void {
  if (!n || typeof n !== 'object') return;
  if (Array.isArray(n)) { for (const x of n) walk(x, priv); return; }
  if (!priv) {
    // nothing to mangle until the first class body; only look for classes
    if (n.kind === 'ClassDef') return classDef(n, priv);
    for (const k in n) if (k !== 'kind' && k !== 'parent') walk(n[k], priv);
    return;
  }
  switch (n.kind) {
    case 'ClassDef':
      return classDef(n, priv);
    case 'FunctionDef': case 'AsyncFunctionDef':
      n.bindName = mangleName(priv, n.name);
      break;
    case 'Name':
      n.id = mangleName(priv, n.id);
      break;
    case 'Attribute':
      // __static_attributes__ keeps the name as written (compile.ts: staticAttributes)
      if (mangleName(priv, n.attr) !== n.attr) { n.origAttr = n.attr; n.attr = mangleName(priv, n.attr); }
      break;
    case 'arg':
      n.arg = mangleName(priv, n.arg);
      break;
    case 'Global': case 'Nonlocal':
      n.names = n.names.map((x: string) => mangleName(priv, x));
      break;
    case 'ExceptHandler':
      if (n.name) n.name = mangleName(priv, n.name);
      break;
    case 'alias': {
      const stored = n.asname ?? n.name.split('.')[0];
      if (mangleName(priv, stored) !== stored) {
        if (n.asname) n.asname = mangleName(priv, n.asname);
        // NON-CPYTHON: the import statement stores under the mangled name but imports the plain one;
        // heapsnake's import has one name for both, so that case is refused
        else throw new NotSupported('importing a private name (__name) inside a class', n.lineno ?? null);
      }
      break;
    }
    case 'keyword':
      // a call's keyword argument names are not mangled; only the value is walked
      walk(n.value, priv);
      return;
  }
  for (const k in n) if (k !== 'kind' && k !== 'parent') walk(n[k], priv);
}

function classDef(n: any, priv: string | null): void {
  // the class statement binds its (mangled) name in the enclosing scope, whose private name applies to
  // its decorators, bases and keywords; its body uses the class's own name
  n.bindName = mangleName(priv, n.name);
  walk(n.decorator_list, priv);
  walk(n.bases, priv);
  walk(n.keywords, priv);
  walk(n.body, n.name);
}
