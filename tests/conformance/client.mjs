// Helpers around Microsoft's botframework-directlinejs client, run in Node with the globals a browser would have.
import { createHmac, randomUUID } from 'node:crypto';
import XMLHttpRequest from 'xhr2';
import WebSocket from 'ws';
import { SIGNING_KEY } from './host.mjs';

globalThis.XMLHttpRequest = XMLHttpRequest;
globalThis.WebSocket = WebSocket;
const { DirectLine, ConnectionStatus } = await import('botframework-directlinejs');

export { ConnectionStatus };

const WAIT_MS = 20_000;

export async function generateToken(url) {
  const response = await fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST' });
  if (response.status !== 200) {
    throw new Error(`tokens/generate answered ${response.status}`);
  }

  return response.json();
}

export function userOf(token) {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')).user;
}

/** A correctly signed token that expired a minute ago (same claims as the server's). */
export function expiredToken(conversationId, user) {
  const now = Math.floor(Date.now() / 1000);
  const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({
    iss: 'kitabot', aud: 'kitabot-directline', iat: now - 1900, nbf: now - 1900, exp: now - 60,
    conv: conversationId, user, kind: 'conversation',
  })}`;
  return `${unsigned}.${createHmac('sha256', SIGNING_KEY).update(unsigned).digest('base64url')}`;
}

/** A Direct Line client like Web Chat's, plus a log of every activity it received. */
export function connect(url, { token, conversationId, webSocket, locale = 'en-GB' }) {
  const directLine = new DirectLine({
    domain: `${url}/v3/directline`,
    token,
    conversationId,
    webSocket,
    pollingInterval: 200,
    conversationStartProperties: { locale },
  });
  const received = [];
  const statuses = [];
  const waiters = new Set();
  const check = () => {
    for (const waiter of waiters) {
      if (waiter.test()) {
        waiters.delete(waiter);
        waiter.resolve();
      }
    }
  };
  directLine.activity$.subscribe({ next: (activity) => { received.push(activity); check(); }, error: () => check() });
  directLine.connectionStatus$.subscribe((status) => { statuses.push(status); check(); });

  const until = (test, what) => new Promise((resolve, reject) => {
    if (test()) {
      resolve();
      return;
    }

    const waiter = { test, resolve };
    waiters.add(waiter);
    setTimeout(() => {
      if (waiters.delete(waiter)) {
        reject(new Error(`Timed out waiting for ${what}; statuses ${statuses.join(',')}, received ${received.length}`));
      }
    }, WAIT_MS);
  });

  return {
    directLine,
    received,
    statuses,
    /** Waits until a received activity matches. */
    waitFor: async (predicate, what = 'an activity') => {
      await until(() => received.some(predicate), what);
      return received.find(predicate);
    },
    waitForStatus: (status) => until(() => statuses.includes(status), `connection status ${status}`),
    /** Posts a Web Chat-shaped message and resolves with the id the server gave it. */
    send: (text) => new Promise((resolve, reject) => {
      const clientActivityID = randomUUID();
      directLine.postActivity({
        type: 'message',
        text,
        textFormat: 'plain',
        locale,
        from: { id: 'r_client', role: 'user' },
        channelData: { clientActivityID },
      }).subscribe({ next: (id) => resolve({ id, clientActivityID }), error: reject });
    }),
    end: () => directLine.end(),
  };
}
