// Every sentence the bot shows a person, in one place (python-discord/bot style:
// text apart from logic and glue). Discord-free: plain strings with Markdown.

const n = (x: number): string => x.toLocaleString('en-US');
const plural = (k: number, one: string, many = one + 's'): string => `${n(k)} ${k === 1 ? one : many}`;
const secs = (ms: number): string => `${+(ms / 1000).toFixed(1)} s`;

/** A problem the person can fix, told in one sentence; never a stack trace. */
export class UserError extends Error {
  constructor(readonly text: string) { super(text); this.name = 'UserError'; }
}

export const T = {
  // ---- commands (descriptions shown in Discord's command picker)
  heapDescription: "Draw a Python snippet's heap: objects, reference counts, what is freed and when",
  codeOption: 'The snippet. Separate statements with ; or write \\n for a new line (or leave empty for a text box)',
  pythonOption: 'Which CPython to model (default 3.14)',
  stepOption: 'Which step to draw first, 1 = the first line run (default: the end of the program)',
  fileOption: 'A .py or .txt file (up to 64 KiB) instead of code',
  contextMenuName: 'Visualize heap',
  modalTitle: 'Python snippet for heapsnake',
  modalLabel: 'Code',
  modalDescription: 'Paste or type the program; newlines and indentation are kept.',
  modalPlaceholder: 'a = [1, 2, 3]\nb = a\ndel a\nprint(b)',

  // ---- input problems
  noCode: 'There is no code to run: give `code`, attach a `.py` file, or leave both empty to get a text box.',
  bothCodeAndFile: 'Give either `code` or a file, not both.',
  codeTooLong: (len: number, max: number) => `That snippet is ${n(len)} characters long; the limit is ${n(max)} (attach a \`.py\` file for up to 64 KiB).`,
  fileType: (name: string) => `\`${clipName(name)}\` is not a \`.py\` or \`.txt\` file.`,
  fileTooBig: (size: number, max: number) => `That file is ${n(size)} bytes; the limit is ${n(max / 1024)} KiB.`,
  fileNotUtf8: (name: string) => `\`${clipName(name)}\` is not UTF-8 text.`,
  fileDownload: (why: string) => `The file could not be downloaded (${why}); try again, or paste the code instead.`,
  messageNoCode: 'That message has no text to run.',
  messageNoPython: (langs: string[]) => `That message's code blocks are ${langs.map((l) => `\`${l}\``).join(', ')}, not Python: heapsnake runs \`\`\`py blocks (or a message that is only code).`,

  // ---- refusals from the bot itself
  running: 'You already have a snippet running; wait for its picture, then try again.',
  cooldown: (ms: number) => `Slow down a little: you can run another snippet in ${secs(Math.max(100, ms))}.`,
  busy: 'heapsnake is busy with other snippets; try again in a few seconds.',
  closing: 'heapsnake is restarting; try again in a minute.',
  oldButton: 'This button comes from an older heapsnake; run `/heap` again.',
  lostCode: 'The code of this picture could not be recovered from the message; run `/heap` again.',
  internal: 'Something went wrong inside heapsnake (not your code); the error was logged. Try again.',

  // ---- what happened to the snippet (errors: one sentence)
  syntaxError: (kind: string, line: number | null, msg: string) => `${kind}${line ? ` on line ${line}` : ''}: ${msg}`,
  importNotAvailable: (mod: string, line: number | null) => `\`import ${mod}\` is not available${line ? ` (line ${line})` : ''}: heapsnake simulates Python; it does not run it on a computer.`,
  notModelled: (what: string, line: number | null) => `${capital(what)} is not modelled yet${line ? ` (line ${line})` : ''}: heapsnake refuses rather than guesses.`,
  killedTime: (ms: number) => `This snippet ran past the ${secs(ms)} limit, so it was stopped.`,
  killedRender: (ms: number) => `Drawing this heap took longer than ${secs(ms)}, so it was stopped; try a smaller snippet or an earlier step.`,
  killedMemory: (mb: number) => `This snippet needed more than ${n(mb)} MB of memory, so it was stopped.`,
  crashed: 'The worker running this snippet crashed; the error was logged. Try again.',

  // ---- the reply
  stepTitle: (python: string, step: number, total: number, where: string) => `Python ${python} · step ${n(step)} of ${n(total)} · ${where}`,
  whereLine: (line: number) => `line ${n(line)}`,
  noOutput: '*(no output)*',
  stdoutHeading: '**Output**',
  exceptionLine: (exc: string, line: number | null) => `**${exc.split(':')[0]}**${line ? ` on line ${n(line)}` : ''}:${exc.includes(':') ? exc.slice(exc.indexOf(':') + 1) : ''}`,
  limitStopped: (why: string) => `**Stopped:** ${why}; the picture shows where it stopped.`,
  limitTime: (ms: number) => `this snippet ran past the ${secs(ms)} limit`,
  limitSteps: (k: number) => `this snippet ran more than ${n(k)} lines`,
  stepClamped: (asked: number, total: number) => `(step ${n(asked)} was asked for; the run has ${plural(total, 'step')})`,
  fieldCreated: 'Objects created',
  fieldFreed: 'Freed by refcount',
  fieldCollected: 'Collected by gc',
  fieldPeak: 'Peak heap',
  bytes: (b: number) => plural(b, 'byte'),
  atLeast: (s: string) => `≥ ${s}`,
  codeAttached: 'The code is attached as `snippet.py`.',
  gifTitle: (python: string, frames: number) => `Python ${python} · the whole run as an animation (${plural(frames, 'step')})`,
  footer: 'heapsnake simulates CPython’s heap; it never runs your code on a computer.',
  moreLines: (k: number) => `… ${plural(k, 'more line')}`,
  moreChars: (k: number) => `… ${plural(k, 'more character')}`,
  altFallback: 'Picture of the Python heap at this step.',

  // ---- buttons
  btnFirst: '⏮', btnPrev: '◀', btnNext: '▶', btnLast: '⏭', btnGif: 'GIF',
  btnSwap: '3.11 ⇄ 3.14',
  btnPosition: (step: number, total: number) => `${n(step)} / ${n(total)}`,
} as const;

function clipName(s: string): string { return s.length > 60 ? s.slice(0, 57) + '…' : s.replace(/`/g, "'"); }
function capital(s: string): string { return s ? s[0].toUpperCase() + s.slice(1) : s; }

export { plural, secs };
