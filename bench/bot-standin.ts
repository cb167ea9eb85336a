// A local stand-in for Discord, on 127.0.0.1 only: the REST routes the bot uses
// (gateway discovery, interaction callbacks, webhook follow-ups and edits with
// multipart attachments, command registration, attachment downloads) and a
// minimal gateway (HELLO → IDENTIFY → READY → GUILD_CREATE, heartbeats,
// INTERACTION_CREATE dispatch). Enough to drive the real discord.js client in
// tests and benchmarks without a token or the network.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EventEmitter } from 'node:events';
import { WebSocketServer, type WebSocket } from 'ws';

export interface SUser { id: string; username: string; global_name: string; discriminator: string; avatar: null; bot?: boolean }
export interface SAttachment { id: string; filename: string; size: number; url: string; proxy_url: string; content_type?: string; description?: string }
export interface SMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  author: SUser;
  content: string;
  timestamp: string;
  edited_timestamp: string | null;
  tts: boolean;
  mention_everyone: boolean;
  mentions: unknown[];
  mention_roles: string[];
  attachments: SAttachment[];
  embeds: Record<string, unknown>[];
  components: Record<string, unknown>[];
  pinned: boolean;
  type: number;
  flags: number;
  webhook_id?: string;
  application_id?: string;
  /** What the bot asked for (allowed_mentions), kept to check it. */
  allowed_mentions?: unknown;
}

export interface SFile { field: string; name: string; data: Buffer; contentType: string }

export interface SCall {
  method: string;
  path: string;
  query: URLSearchParams;
  auth: string | null;
  json: any;
  files: SFile[];
  at: number;
}

/** What became of one interaction. */
export interface SInteraction {
  id: string;
  token: string;
  type: number;
  user: SUser;
  sentAt: number;
  /** The first callback: its type and when it arrived. */
  ackType: number | null;
  ackAt: number | null;
  /** Defer / reply flags (64 = ephemeral). */
  ackFlags: number;
  /** The message the interaction's @original refers to (reply, deferred reply, or the clicked message). */
  originalId: string | null;
  originalDeleted: boolean;
  followups: string[];
  modal: any;
  /** The choices of an autocomplete answer (callback type 8). */
  choices?: { name: string; value: string }[];
  /** When @original last got content (edit or direct reply). */
  repliedAt: number | null;
}

const EPOCH = 1420070400000n;
let inc = 0n;
export function snowflake(): string {
  inc = (inc + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - EPOCH) << 22n) | (1n << 17n) | inc).toString();
}

export interface StandinOptions {
  /** Tokens the gateway and the authenticated routes accept. */
  tokens: string[];
  appId: string;
  /** Heartbeat interval announced in HELLO. */
  heartbeatMs?: number;
}

export class DiscordStandin extends EventEmitter {
  readonly appId: string;
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly botUser: SUser;
  readonly calls: SCall[] = [];
  readonly messages = new Map<string, SMessage>();
  readonly interactions = new Map<string, SInteraction>();
  readonly files = new Map<string, { data: Buffer; type: string }>();
  readonly commands = new Map<string, unknown[]>();
  readonly heartbeats = { received: 0 };
  identified = 0;
  /** Answer reads of channel history with 403 (a bot without Read Message History). */
  denyHistory = false;
  private server: Server;
  private wss: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private ready = new Set<WebSocket>();
  private seq = 0;
  private base = '';

  constructor(private o: StandinOptions) {
    super();
    this.setMaxListeners(100);
    this.appId = o.appId;
    this.botUser = { id: o.appId, username: 'heapsnake', global_name: 'heapsnake', discriminator: '0', avatar: null, bot: true };
    this.server = createServer((req, res) => { this.onHttp(req, res).catch((e: Error) => this.send(res, 500, { message: e.message, code: 0 })); });
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (ws) => this.onSocket(ws));
  }

  /** Listen on 127.0.0.1 (a free port); returns the REST base URL for DISCORD_API_URL. */
  async listen(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', () => r()));
    const { port } = this.server.address() as AddressInfo;
    this.base = `http://127.0.0.1:${port}`;
    return `${this.base}/api`;
  }

  get origin(): string { return this.base; }
  get connections(): number { return this.ready.size; }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    await new Promise<void>((r) => this.wss.close(() => r()));
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  // ------------------------------------------------------------------ gateway

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => { this.sockets.delete(ws); this.ready.delete(ws); });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.o.heartbeatMs ?? 41250 }, s: null, t: null }));
    ws.on('message', (raw) => {
      let p: any;
      try { p = JSON.parse(String(raw)); } catch { ws.close(4002, 'Decode error'); return; }
      if (p.op === 1) { this.heartbeats.received++; ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null })); return; }
      if (p.op === 2) {
        if (!this.o.tokens.includes(String(p.d?.token ?? ''))) { ws.close(4004, 'Authentication failed.'); return; }
        if (p.d?.intents !== 1) { ws.close(4014, 'Disallowed intent(s).'); return; }
        this.identified++;
        this.ready.add(ws);
        this.dispatchTo(ws, 'READY', {
          v: 10, user: this.botUser, guilds: [{ id: this.guildId, unavailable: true }], session_id: `session-${this.identified}`,
          resume_gateway_url: this.base.replace('http', 'ws'), shard: p.d?.shard ?? [0, 1], application: { id: this.appId, flags: 0 },
          private_channels: [], presences: [], relationships: [], user_settings: {},
        });
        this.dispatchTo(ws, 'GUILD_CREATE', this.guildPayload());
        this.emit('identify');
      }
    });
  }

  private dispatchTo(ws: WebSocket, t: string, d: unknown): void {
    ws.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
  }

  /** Send a dispatch to every identified connection. */
  dispatch(t: string, d: unknown): void {
    for (const ws of this.ready) this.dispatchTo(ws, t, d);
  }

  /** Resolves when a client has identified (READY sent). */
  async waitIdentified(timeoutMs = 15_000): Promise<void> {
    if (this.ready.size) return;
    await this.until(() => this.ready.size > 0, timeoutMs, 'a client to identify');
  }

  private guildPayload(): Record<string, unknown> {
    const now = new Date().toISOString();
    return {
      id: this.guildId, name: 'study group', icon: null, splash: null, discovery_splash: null, owner_id: '1'.padEnd(18, '0'),
      afk_channel_id: null, afk_timeout: 300, verification_level: 0, default_message_notifications: 0, explicit_content_filter: 0,
      roles: [{ id: this.guildId, name: '@everyone', color: 0, hoist: false, position: 0, permissions: '104324673', managed: false, mentionable: false, flags: 0 }],
      emojis: [], stickers: [], features: [], mfa_level: 0, application_id: null, system_channel_id: null, system_channel_flags: 0,
      rules_channel_id: null, vanity_url_code: null, description: null, banner: null, premium_tier: 0, premium_subscription_count: 0,
      preferred_locale: 'en-US', public_updates_channel_id: null, nsfw_level: 0, premium_progress_bar_enabled: false,
      joined_at: now, large: false, unavailable: false, member_count: 3, voice_states: [], members: [], presences: [], threads: [],
      stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [],
      channels: [{ id: this.channelId, type: 0, guild_id: this.guildId, name: 'python-help', position: 0, permission_overwrites: [], nsfw: false, topic: null, last_message_id: null, parent_id: null, rate_limit_per_user: 0 }],
    };
  }

  // ------------------------------------------------------------------ interactions (what a person does)

  user(id: string, name = `learner${id.slice(-3)}`): SUser {
    return { id, username: name, global_name: name, discriminator: '0', avatar: null };
  }

  private base_interaction(type: number, user: SUser, data: Record<string, unknown>, extra: Record<string, unknown> = {}): SInteraction {
    const id = snowflake();
    const token = `itoken-${id}`;
    const rec: SInteraction = { id, token, type, user, sentAt: Date.now(), ackType: null, ackAt: null, ackFlags: 0, originalId: null, originalDeleted: false, followups: [], modal: null, repliedAt: null };
    this.interactions.set(token, rec);
    const payload = {
      id, application_id: this.appId, type, token, version: 1, data,
      guild_id: this.guildId, channel_id: this.channelId,
      channel: { id: this.channelId, type: 0, guild_id: this.guildId, name: 'python-help', permissions: '2251799813685247', nsfw: false, position: 0, parent_id: null, topic: null, last_message_id: null, rate_limit_per_user: 0, flags: 0 },
      member: { user, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, pending: false, nick: null, avatar: null, premium_since: null, communication_disabled_until: null, permissions: '2251799813685247' },
      locale: 'en-US', guild_locale: 'en-US', app_permissions: '2251799813685247', entitlements: [],
      authorizing_integration_owners: { '0': this.guildId }, context: 0, attachment_size_limit: 10 * 1024 * 1024,
      ...extra,
    };
    this.dispatch('INTERACTION_CREATE', payload);
    return rec;
  }

  /** `/name option:value …`; attachments become resolved attachments (served by this stand-in). */
  slash(user: SUser, name: string, options: Record<string, string | number | SAttachment>): SInteraction {
    const opts: unknown[] = [];
    const attachments: Record<string, SAttachment> = {};
    for (const [k, v] of Object.entries(options)) {
      if (typeof v === 'object') { attachments[v.id] = v; opts.push({ name: k, type: 11, value: v.id }); }
      else opts.push({ name: k, type: typeof v === 'number' ? 4 : 3, value: v });
    }
    return this.base_interaction(2, user, {
      id: snowflake(), name, type: 1, options: opts, guild_id: this.guildId,
      ...(Object.keys(attachments).length ? { resolved: { attachments } } : {}),
    });
  }

  /** A message context-menu command on `target`. */
  contextMenu(user: SUser, name: string, target: SMessage): SInteraction {
    return this.base_interaction(2, user, { id: snowflake(), name, type: 3, target_id: target.id, guild_id: this.guildId, resolved: { messages: { [target.id]: target } } });
  }

  /** Click a button on a message. */
  /** Typing in an autocompleted option: `focused` is the option being typed, `value` what is typed so far. */
  autocomplete(user: SUser, name: string, focused: string, value: string, sub?: string): SInteraction {
    const opt = { name: focused, type: 3, value, focused: true };
    const options = sub ? [{ name: sub, type: 1, options: [opt] }] : [opt];
    return this.base_interaction(4, user, { id: snowflake(), name, type: 1, options, guild_id: this.guildId });
  }

  click(user: SUser, message: SMessage, customId: string): SInteraction {
    const rec = this.base_interaction(3, user, { custom_id: customId, component_type: 2 }, { message });
    rec.originalId = message.id;
    return rec;
  }

  /** Submit a modal whose text inputs have these values. */
  submitModal(user: SUser, customId: string, values: Record<string, string>): SInteraction {
    let n = 1;
    const components = Object.entries(values).map(([k, v]) => ({ type: 18, id: n++, component: { type: 4, id: n++, custom_id: k, value: v } }));
    return this.base_interaction(5, user, { custom_id: customId, components });
  }

  /** A message written by a person (for the context menu). */
  userMessage(author: SUser, content: string, attachments: SAttachment[] = []): SMessage {
    const m = this.newMessage({ content, attachments, author, type: 0, flags: 0 });
    return m;
  }

  /** Host a file as Discord's CDN would (for attachment options and messages). */
  attachment(filename: string, data: Buffer | string, contentType = 'text/x-python'): SAttachment {
    const id = snowflake();
    const buf = Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8');
    const path = `/attachments/${this.channelId}/${id}/${encodeURIComponent(filename)}`;
    this.files.set(path, { data: buf, type: contentType });
    return { id, filename, size: buf.length, url: this.base + path, proxy_url: this.base + path, content_type: contentType };
  }

  /** Wait until `pred` holds (polling every 10 ms); bounded by timeoutMs. */
  async until(pred: () => boolean, timeoutMs: number, what: string): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!pred()) {
      if (Date.now() > end) throw new Error(`stand-in: timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** The interaction's final visible answer: @original edited with content, a follow-up, or a direct reply. */
  async settled(rec: SInteraction, timeoutMs = 20_000): Promise<SInteraction> {
    await this.until(() => rec.repliedAt !== null || rec.followups.length > 0 || (rec.ackType === 6 && rec.repliedAt !== null) || rec.ackType === 9, timeoutMs, `an answer to interaction ${rec.id}`);
    return rec;
  }

  original(rec: SInteraction): SMessage | null { return rec.originalId ? this.messages.get(rec.originalId) ?? null : null; }
  followup(rec: SInteraction, k = 0): SMessage | null { const id = rec.followups[k]; return id ? this.messages.get(id) ?? null : null; }

  /** Bytes of one of the files of a message, downloaded through the stand-in's CDN route. */
  fileOf(m: SMessage, name: string): Buffer | null {
    const a = m.attachments.find((x) => x.filename === name);
    if (!a) return null;
    return this.files.get(new URL(a.url).pathname)?.data ?? null;
  }

  // ------------------------------------------------------------------ REST

  private newMessage(p: Partial<SMessage>): SMessage {
    const m: SMessage = {
      id: snowflake(), channel_id: this.channelId, guild_id: this.guildId, author: this.botUser, content: '',
      timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [],
      attachments: [], embeds: [], components: [], pinned: false, type: 20, flags: 0, ...p,
    };
    this.messages.set(m.id, m);
    return m;
  }

  /** Apply a message body (JSON, plus multipart files) to a message. */
  private applyBody(m: SMessage, body: any, files: SFile[], isEdit: boolean): void {
    if (!body) return;
    if ('content' in body) m.content = body.content ?? '';
    if ('embeds' in body) m.embeds = body.embeds ?? [];
    if ('components' in body) m.components = body.components ?? [];
    if ('allowed_mentions' in body) m.allowed_mentions = body.allowed_mentions;
    if (typeof body.flags === 'number' && !isEdit) m.flags = body.flags;
    if ('attachments' in body || files.length) {
      const list: SAttachment[] = [];
      const specs: any[] = body.attachments ?? files.map((_, i) => ({ id: i }));
      for (const spec of specs) {
        const existing = m.attachments.find((a) => a.id === String(spec.id));
        if (existing) { list.push(existing); continue; }
        const f = files.find((x) => x.field === `files[${spec.id}]`);
        if (!f) continue;
        const a = this.attachment(spec.filename ?? f.name, f.data, f.contentType);
        if (spec.description) a.description = spec.description;
        list.push(a);
      }
      m.attachments = list;
    }
    if (isEdit) m.edited_timestamp = new Date().toISOString();
  }

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.base);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const ct = req.headers['content-type'] ?? '';
    let json: any = null;
    const files: SFile[] = [];
    if (ct.startsWith('application/json') && raw.length) json = JSON.parse(raw.toString('utf8'));
    else if (ct.startsWith('multipart/form-data')) {
      const form = await new Response(raw, { headers: { 'content-type': ct } }).formData();
      for (const [field, v] of form.entries()) {
        if (field === 'payload_json') json = JSON.parse(String(v));
        else if (typeof v !== 'string') files.push({ field, name: v.name, data: Buffer.from(await v.arrayBuffer()), contentType: v.type });
      }
    }
    const call: SCall = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, auth: (req.headers.authorization as string) ?? null, json, files, at: Date.now() };
    this.calls.push(call);
    this.emit('call', call);
    const p = url.pathname;
    const authed = (): boolean => {
      const tok = call.auth?.replace(/^Bot\s+/, '') ?? '';
      if (this.o.tokens.includes(tok)) return true;
      this.send(res, 401, { message: '401: Unauthorized', code: 0 });
      return false;
    };
    let m: RegExpExecArray | null;

    if (req.method === 'GET' && this.files.has(p)) {
      const f = this.files.get(p)!;
      res.writeHead(200, { 'content-type': f.type, 'content-length': f.data.length });
      res.end(f.data);
      return;
    }
    if (req.method === 'GET' && p === '/api/v10/gateway/bot') {
      if (!authed()) return;
      return this.send(res, 200, { url: this.base.replace('http', 'ws'), shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
    }
    if (req.method === 'GET' && p === '/api/v10/gateway') return this.send(res, 200, { url: this.base.replace('http', 'ws') });
    if (req.method === 'GET' && p === '/api/v10/users/@me') { if (!authed()) return; return this.send(res, 200, this.botUser); }
    if ((m = /^\/api\/v10\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(p)) && req.method === 'PUT') {
      if (!authed()) return;
      if (m[1] !== this.appId) return this.send(res, 404, { message: 'Unknown Application', code: 10002 });
      const list = (Array.isArray(json) ? json : []).map((c: any) => ({ id: snowflake(), application_id: this.appId, version: snowflake(), default_member_permissions: null, ...(m![2] ? { guild_id: m![2] } : {}), ...c }));
      this.commands.set(m[2] ?? 'global', list);
      return this.send(res, 200, list);
    }
    if ((m = /^\/api\/v10\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(p)) && req.method === 'POST') {
      const rec = this.interactions.get(m[2]);
      if (!rec || rec.id !== m[1]) return this.send(res, 404, { message: 'Unknown interaction', code: 10062 });
      if (rec.ackType !== null) return this.send(res, 400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      if (Date.now() - rec.sentAt > 3000) return this.send(res, 404, { message: 'Unknown interaction', code: 10062 });
      rec.ackType = json?.type ?? null;
      rec.ackAt = Date.now();
      rec.ackFlags = json?.data?.flags ?? 0;
      switch (rec.ackType) {
        case 4: { const msg = this.newMessage({ flags: rec.ackFlags, webhook_id: this.appId, application_id: this.appId }); this.applyBody(msg, json.data, files, false); rec.originalId = msg.id; rec.repliedAt = Date.now(); break; }
        case 5: { const msg = this.newMessage({ flags: rec.ackFlags | 128, webhook_id: this.appId, application_id: this.appId }); rec.originalId = msg.id; break; }
        case 6: break;
        case 7: { const msg = rec.originalId ? this.messages.get(rec.originalId) : undefined; if (msg) this.applyBody(msg, json.data, files, true); rec.repliedAt = Date.now(); break; }
        case 8: rec.choices = json.data?.choices ?? []; rec.repliedAt = Date.now(); break;
        case 9: rec.modal = json.data; break;
      }
      this.emit('interaction', rec);
      res.writeHead(204);
      res.end();
      return;
    }
    // a channel's recent messages (newest first) and editing one the bot wrote: public messages only,
    // as Discord (an ephemeral message is not in the channel's history and cannot be edited this way)
    if ((m = /^\/api\/v10\/channels\/(\d+)\/messages(?:\/(\d+))?$/.exec(p))) {
      if (!authed()) return;
      if (this.denyHistory) return this.send(res, 403, { message: 'Missing Access', code: 50001 });
      const inChannel = (x: SMessage): boolean => x.channel_id === m![1] && (x.flags & 64) === 0;
      if (!m[2] && req.method === 'GET') {
        const limit = Math.min(100, Math.max(1, Number(url.searchParams.get('limit') ?? 50)));
        return this.send(res, 200, [...this.messages.values()].filter(inChannel).reverse().slice(0, limit));
      }
      const msg = m[2] ? this.messages.get(m[2]) : undefined;
      if (!msg || !inChannel(msg)) return this.send(res, 404, { message: 'Unknown Message', code: 10008 });
      if (req.method === 'GET') return this.send(res, 200, msg);
      if (req.method === 'PATCH') {
        if (msg.author.id !== this.botUser.id) return this.send(res, 403, { message: 'Cannot edit a message authored by another user', code: 50005 });
        this.applyBody(msg, json, files, true);
        return this.send(res, 200, msg);
      }
    }
    if ((m = /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(p))) {
      const rec = this.interactions.get(m[2]);
      if (!rec || m[1] !== this.appId) return this.send(res, 404, { message: 'Unknown Webhook', code: 10015 });
      const which = m[3] ? decodeURIComponent(m[3]) : undefined;
      if (!which && req.method === 'POST') {
        const msg = this.newMessage({ flags: json?.flags ?? 0, webhook_id: this.appId, application_id: this.appId });
        this.applyBody(msg, json, files, false);
        rec.followups.push(msg.id);
        this.emit('interaction', rec);
        return this.send(res, 200, msg);
      }
      const id = which === '@original' ? rec.originalId : which;
      const msg = id ? this.messages.get(id) : undefined;
      if (!msg) return this.send(res, 404, { message: 'Unknown Message', code: 10008 });
      if (req.method === 'GET') return this.send(res, 200, msg);
      if (req.method === 'PATCH') {
        this.applyBody(msg, json, files, true);
        msg.flags &= ~128; // no longer "thinking"
        if (which === '@original') rec.repliedAt = Date.now();
        this.emit('interaction', rec);
        return this.send(res, 200, msg);
      }
      if (req.method === 'DELETE') {
        this.messages.delete(msg.id);
        if (which === '@original') rec.originalDeleted = true;
        res.writeHead(204);
        res.end();
        return;
      }
    }
    this.send(res, 404, { message: '404: Not Found', code: 0 });
  }

  private send(res: ServerResponse, status: number, body: unknown): void {
    const s = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(s) });
    res.end(s);
  }
}
