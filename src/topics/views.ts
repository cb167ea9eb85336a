// The replies of /explain, /lesson and /quiz as plain data (ReplyView, the
// shape src/app's /heap reply uses), built around a /heap picture. Discord-free.

import type { ButtonView, EmbedView, ReplyView } from '../app/reply.js';
import type { Lesson } from './content.js';
import type { Python, TopicPage } from './page.js';
import type { Question } from './quiz.js';

export const TOPIC_ID_PREFIX = 'hst:';
const COLOR = 0x3776ab;

// ---------------------------------------------------------------- custom ids
// hst:run:<topic>:<python>                    Run this (opens /heap on the example)
// hst:l:<n|b|e>:<lesson>:<step>:<presenter>   lesson Next / Back / End
// hst:q:<kind>:<variant>:<python>:<choice>    a quiz answer

export type TopicButton =
  | { t: 'run'; topic: string; python: Python }
  | { t: 'lesson'; action: 'next' | 'back' | 'end'; lesson: string; step: number; presenter: string }
  | { t: 'quiz'; kind: string; variant: number; python: Python; choice: number };

const py = (s: string): s is Python => s === '3.14' || s === '3.11';
const LA = { n: 'next', b: 'back', e: 'end' } as const;

export function topicButtonId(b: TopicButton): string {
  if (b.t === 'run') return `hst:run:${b.topic}:${b.python}`;
  if (b.t === 'lesson') return `hst:l:${b.action[0]}:${b.lesson}:${b.step}:${b.presenter}`;
  return `hst:q:${b.kind}:${b.variant}:${b.python}:${b.choice}`;
}

export function parseTopicButton(id: string): TopicButton | null {
  const p = id.split(':');
  if (p[0] !== 'hst') return null;
  if (p[1] === 'run' && p.length === 4 && /^[a-z0-9-]{1,60}$/.test(p[2]) && py(p[3])) return { t: 'run', topic: p[2], python: p[3] };
  if (p[1] === 'l' && p.length === 6 && p[2] in LA && /^[a-z0-9-]{1,50}$/.test(p[3]) && /^\d{1,3}$/.test(p[4]) && /^\d{1,25}$/.test(p[5])) {
    return { t: 'lesson', action: LA[p[2] as keyof typeof LA], lesson: p[3], step: Number(p[4]), presenter: p[5] };
  }
  if (p[1] === 'q' && p.length === 6 && /^[a-z]{1,20}$/.test(p[2]) && /^\d{1,3}$/.test(p[3]) && py(p[4]) && /^\d$/.test(p[5])) {
    return { t: 'quiz', kind: p[2], variant: Number(p[3]), python: p[4], choice: Number(p[5]) };
  }
  return null;
}

/** How far back `/lesson stop` looks for the presenter's lesson messages. */
export const LESSON_STOP_LOOKBACK = 50;

/** A channel message as Discord's REST API returns it (the fields `/lesson stop` reads). */
export interface ChannelMessage { id: string; author: { id: string }; components?: { components?: { custom_id?: string }[] }[] }

/**
 * The lesson messages `presenter` still has open among a channel's messages:
 * the bot's own messages that carry that presenter's lesson buttons (the state
 * lives in the custom ids, so this survives restarts).
 */
export function openLessons(messages: ChannelMessage[], botId: string, presenter: string): { id: string; lesson: string }[] {
  const open: { id: string; lesson: string }[] = [];
  for (const m of messages) {
    if (m.author.id !== botId) continue;
    const ids = (m.components ?? []).flatMap((row) => (row.components ?? []).map((c) => c.custom_id ?? ''));
    const b = ids.map(parseTopicButton).find((x) => x?.t === 'lesson');
    if (b && b.t === 'lesson' && b.presenter === presenter) open.push({ id: m.id, lesson: b.lesson });
  }
  return open;
}

export const TT = {
  explainDescription: 'Explain a memory-management topic, with an example run on the simulated heap',
  topicOption: 'The topic (start typing: refcount, cycles, weakref, myths …)',
  lessonDescription: 'Present a step-by-step lesson in this channel',
  lessonStart: 'Start a lesson (you become its presenter)',
  lessonStop: 'End the lesson you are presenting',
  lessonOption: 'The lesson',
  quizDescription: 'A question about the heap, answered by the simulator',
  quizTopicOption: 'A topic to practise (optional)',
  pythonOption: 'Which CPython to model (default 3.14)',
  noTopic: (name: string) => `There is no topic \`${name.replace(/`/g, "'").slice(0, 60)}\`; start typing to see the list.`,
  noLesson: (name: string) => `There is no lesson \`${name.replace(/`/g, "'").slice(0, 60)}\`.`,
  onlyPresenter: 'Only the presenter can advance this lesson.',
  lessonEnded: (title: string, by: string) => `The lesson **${title}** has ended (presenter <@${by}>). Start it again with \`/lesson start\`.`,
  lessonsStopped: (titles: string[], by: string) => `<@${by}> ended the lesson ${titles.map((t) => `**${t}**`).join(', ')}. Start one again with \`/lesson start\`.`,
  noOpenLesson: (n: number) => `You are not presenting a lesson in this channel: none of its last ${n} messages has your lesson buttons.`,
  cannotReadChannel: 'I could not read this channel\'s recent messages (I need the View Channel and Read Message History permissions); press ■ End on the lesson instead.',
  right: (answer: string) => `✅ Right: **${answer}**. The simulator agrees; here is the heap that explains it.`,
  wrong: (chosen: string, answer: string) => `❌ Not quite: you chose **${chosen}**, the simulator says **${answer}**. Here is the heap that explains it.`,
  runThis: 'Run this',
  back: '◀ Back',
  next: 'Next ▶',
  end: '■ End',
};

/** The picture part of a /heap reply: its attachment(s) and the picture embed. */
function pictureParts(pic: ReplyView): { embeds: EmbedView[]; files: ReplyView['files'] } {
  return { embeds: pic.embeds, files: pic.files };
}

/** /explain: the topic (filled prose), the example's picture and output, and "Run this". */
export function explainView(page: TopicPage, pic: ReplyView): ReplyView {
  const { embeds, files } = pictureParts(pic);
  const topic: EmbedView = {
    title: page.title.slice(0, 256), description: page.text.slice(0, 4096), color: COLOR, fields: [],
    footer: `Numbers computed on the simulated CPython ${page.pythonFull}${page.related.length ? ` · related: ${page.related.join(', ')}` : ''}`.slice(0, 2048),
  };
  return {
    content: pic.content, embeds: [topic, ...embeds], files,
    rows: [[{ customId: topicButtonId({ t: 'run', topic: page.id, python: page.python }), label: TT.runThis, style: 'primary', disabled: false }]],
    ephemeral: false,
  };
}

/** One lesson step, with Back / Next / End for the presenter. */
export function lessonView(l: Lesson, step: number, presenter: string, pic: ReplyView): ReplyView {
  const s = l.steps[step];
  const { embeds, files } = pictureParts(pic);
  const head: EmbedView = {
    title: `${l.title} · step ${step + 1} of ${l.steps.length}: ${s.title}`.slice(0, 256),
    description: `${s.text}\n\n*Stopped after line ${s.stop}.*`.slice(0, 4096), color: COLOR, fields: [],
    footer: `Presented by a study-group member · only the presenter can move the lesson`,
  };
  const b = (action: 'back' | 'next' | 'end', label: string, to: number, disabled: boolean): ButtonView =>
    ({ customId: topicButtonId({ t: 'lesson', action, lesson: l.id, step: to, presenter }), label, style: action === 'next' ? 'primary' : 'secondary', disabled });
  return {
    content: `<@${presenter}> presents **${l.title}**\n${pic.content}`, embeds: [head, ...embeds], files,
    rows: [[
      b('back', TT.back, Math.max(0, step - 1), step === 0),
      b('next', TT.next, Math.min(l.steps.length - 1, step + 1), step >= l.steps.length - 1),
      b('end', TT.end, step, false),
    ]],
    ephemeral: false,
  };
}

/** A quiz question: the snippet and one button per choice. */
export function quizView(q: Question): ReplyView {
  const fence = '```py\n' + q.code.replace(/\n$/, '') + '\n```';
  return {
    content: `**Quiz** (Python ${q.python})\n${fence}`,
    embeds: [{ title: q.question.slice(0, 256), description: 'Pick an answer: the simulator checks it and shows you the heap.', color: COLOR, fields: [] }],
    files: [],
    rows: [q.choices.map((c, k) => ({ customId: topicButtonId({ t: 'quiz', kind: q.kind, variant: q.variant, python: q.python, choice: k }), label: c.slice(0, 80), style: 'secondary' as const, disabled: false }))],
    ephemeral: false,
  };
}

/** After an answer: right or wrong, with the explaining picture (private to the one who answered). */
export function quizAnswerView(q: Question, chosen: number, correct: boolean, pic: ReplyView): ReplyView {
  const text = correct ? TT.right(q.choices[q.answer]) : TT.wrong(q.choices[chosen] ?? '?', q.choices[q.answer]);
  return { content: `${text}\n${pic.content}`, embeds: pic.embeds, files: pic.files, rows: [], ephemeral: true };
}
