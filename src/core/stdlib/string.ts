// The string module (Lib/string.py): its constants and capwords. Template and Formatter are refused.
import { PyObject } from '../object.js';
import { R, newStr, decref } from '../rt.js';
import { registerModule } from '../modules.js';
import { dictGetStr } from '../dict.js';
import { runLibrary } from './pylib.js';
import { moduleOf, refusedClass } from './util.js';
import { incref } from '../rt.js';

// Lib/string.py: capwords, as it is in 3.11.7 and 3.14.10
const SOURCE = `
def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))
`;

registerModule('string', () => {
  const g = runLibrary('string', SOURCE, {});
  const capwords = incref(dictGetStr(g, 'capwords')!);
  decref(g);
  const lower = 'abcdefghijklmnopqrstuvwxyz', upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', digits = '0123456789';
  const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', whitespace = ' \t\n\r\u000b\u000c';
  // the literals of string.py that are identifier-like were interned when it was compiled
  // (Objects/codeobject.c: intern_string_constants); the ones computed by + are new strings
  const m: Record<string, PyObject> = {
    whitespace: newStr(whitespace),
    ascii_lowercase: incref(R.intern(lower)),
    ascii_uppercase: incref(R.intern(upper)),
    ascii_letters: newStr(lower + upper),
    digits: incref(R.intern(digits)),
    hexdigits: newStr(digits + 'abcdef' + 'ABCDEF'),
    octdigits: incref(R.intern('01234567')),
    punctuation: newStr(punctuation),
    printable: newStr(digits + lower + upper + punctuation + whitespace),
    capwords,
    Template: refusedClass('Template', 'string.Template'),
    Formatter: refusedClass('Formatter', 'string.Formatter'),
  };
  return moduleOf('string', m);
});
