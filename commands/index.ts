// Every command module, for the bot (routing) and for `npm run deploy` (registration).

import type { ButtonModule, CommandModule, ModalModule } from '../src/bot/types.js';
import * as heap from './heap.js';
import * as visualizeHeap from './visualize-heap.js';
import * as heapButtons from './heap-buttons.js';
import * as heapModal from './heap-modal.js';
import * as explain from './explain.js';
import * as lesson from './lesson.js';
import * as quiz from './quiz.js';

export const commands: CommandModule[] = [
  heap as CommandModule, visualizeHeap as CommandModule, explain as CommandModule, lesson as CommandModule, quiz as CommandModule,
];
export const buttons: ButtonModule[] = [heapButtons, explain.button, lesson.button, quiz.button];
export const modals: ModalModule[] = [heapModal];
