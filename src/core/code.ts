// Code objects (Include/cpython/code.h: PyCodeObject). Immortal here: they
// are interpreter-internal, but their co_consts hold counted references to the
// constants, which is why `x = 1000` shows one more reference than a name.

import { PyObject } from './object.js';
import { T } from './types.js';

export class Code extends PyObject {
  code: Int32Array = new Int32Array(0);
  lines: Int32Array = new Int32Array(0);
  /** 1 where an instruction starts a new statement (a "line" step). */
  stmtStart: Uint8Array = new Uint8Array(0);
  consts: PyObject[] = [];
  /** 3.11: the code object whose equal co_consts tuple this one shares (compile.ts: mergeCodeConsts);
   *  then `consts` holds no references of its own. */
  sharedConsts: Code | null = null;
  /** Entries and backward jumps so far (3.11's co_warmup: the code is quickened at 8; vm.ts: specializedNow). */
  warmth = 0;
  /** Per instruction: 1 once it has run (3.12+ specialize an instruction on its first run; vm.ts). */
  ran: Uint8Array | null = null;
  names: string[] = [];
  varnames: string[] = [];
  cellvars: string[] = [];
  freevars: string[] = [];
  /** For each cellvar that is also a parameter: the parameter's index in varnames (else -1). */
  cell2arg: number[] = [];
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  flags = 0;
  firstlineno = 1;
  qualname: string;
  isClassBody = false;
  isModule = false;
  /**
   * The number of positional arguments a call binds by moving them straight into the first locals
   * (vm.ts: CALL's fast path), or -1 when binding needs makeFrame's general work (defaults, keywords,
   * *args/**kwargs, keyword-only parameters, cells, free variables). -2 until first computed.
   */
  simpleArgc = -2;
  /**
   * vm.ts: NameCache — per instruction, the dict entry its name was last found in (JS-only, not on the
   * heap); false for library code, whose code objects outlive a run (stdlib/pylib.ts: compileLibrary)
   * and must not keep a finished run's dicts alive.
   */
  nameCaches: ({ d: PyObject; i: number; e: unknown } | undefined)[] | null | false = null;
  /**
   * The function, generator and frame objects made from this code: each holds a counted reference
   * to it (Objects/funcobject.c: func_code, Objects/genobject.c: gi_code, Objects/frameobject.c:
   * f_frame->f_executable), so the code object lives while one of them does (codeexit.ts).
   * Followed only for the script's own code objects (compile.ts: compileModule sets it); null for the
   * library's, which outlive a run.
   */
  users: PyObject[] | null = null;
  /** The program was handed this code object (`f.__code__`, `frame.f_code`): who holds it is not followed. */
  escaped = false;
  /** Freed with the module's code when the script finished (codeexit.ts): its co_consts hold nothing. */
  released = false;
  /** Names bound by this code in a class body that shadow nothing (for LOAD_CLASSDEREF). */
  constructor(public name: string, public filename: string) {
    super(T.code);
    this.qualname = name;
  }
  /** Note a function/generator/frame object made from this code (pruning the dead ones now and then). */
  used(o: PyObject): void {
    if (!this.users) return;
    if (this.users.length >= 64 && (this.users.length & (this.users.length - 1)) === 0) this.users = this.users.filter((u) => !u.dead);
    this.users.push(o);
  }
  get nlocalsplus(): number { return this.varnames.length + this.cellvars.length + this.freevars.length; }
}
