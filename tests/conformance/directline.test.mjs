// Conformance of KitaBot's Direct Line endpoint with Microsoft's own client (botframework-directlinejs, the library
// inside Web Chat), in polling and in WebSocket mode, against the real server started from tests/KitaBot.TestHost.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startHost } from './host.mjs';
import { ConnectionStatus, connect, expiredToken, generateToken, userOf } from './client.mjs';

let host;

before(async () => {
  host = await startHost(['--DirectLine:TokensPerMinutePerClient=1000', '--DirectLine:ActivitiesPerMinutePerConversation=1000']);
});

after(async () => {
  await host?.stop();
});

const isWelcome = (activity) => activity.from.role === 'bot' && activity.text === 'Welcome to KitaBot!';
const isEchoReply = (text) => (activity) => activity.from.role === 'bot' && activity.text === `You said: ${text}`;

for (const mode of ['polling', 'websocket']) {
  const webSocket = mode === 'websocket';

  describe(`${mode} mode`, () => {
    test('starts, receives the welcome, sends, and receives the echo and the reply', async () => {
      const { token } = await generateToken(host.url);
      const client = connect(host.url, { token, webSocket });
      try {
        const welcome = await client.waitFor(isWelcome, 'the welcome');
        const { id, clientActivityID } = await client.send('Guten Tag');
        const echo = await client.waitFor((activity) => activity.id === id, 'the echo');
        const reply = await client.waitFor(isEchoReply('Guten Tag'), 'the reply');

        assert.equal(client.directLine.connectionStatus$.getValue(), ConnectionStatus.Online);
        assert.equal(welcome.replyToId, undefined);
        assert.equal(echo.channelData.clientActivityID, clientActivityID);
        assert.equal(echo.from.id, userOf(token));
        assert.equal(echo.from.role, 'user');
        assert.equal(reply.replyToId, id);
        for (const activity of client.received) {
          assert.ok(activity.id && activity.timestamp && activity.conversation.id === client.directLine.conversationId);
        }

        assert.ok(client.received.indexOf(echo) < client.received.indexOf(reply));
        assert.ok(!client.received.some((activity) => activity.type === 'conversationUpdate'));
      } finally {
        client.end();
      }
    });

    test('reconnects to an existing conversation and receives its history once', async () => {
      const { token, conversationId } = await generateToken(host.url);
      const first = connect(host.url, { token, webSocket });
      await first.waitFor(isWelcome, 'the welcome');
      await first.send('before reload');
      await first.waitFor(isEchoReply('before reload'), 'the reply');
      first.end();

      const resumed = connect(host.url, { token: first.directLine.token, conversationId, webSocket });
      try {
        await resumed.waitFor(isEchoReply('before reload'), 'the history');
        const { id } = await resumed.send('after reload');
        await resumed.waitFor(isEchoReply('after reload'), 'the new reply');

        assert.equal(resumed.received.filter(isWelcome).length, 1);
        assert.equal(resumed.received.filter((activity) => activity.id === id).length, 1);
        assert.equal(new Set(resumed.received.map((activity) => activity.id)).size, resumed.received.length);
      } finally {
        resumed.end();
      }
    });

    test('refreshes its token for the same conversation and user', async () => {
      const { token } = await generateToken(host.url);
      const client = connect(host.url, { token, webSocket });
      try {
        await client.waitFor(isWelcome, 'the welcome');
        const refreshed = await client.directLine.refreshToken().toPromise();

        assert.notEqual(refreshed, token);
        assert.equal(userOf(refreshed), userOf(token));
        client.directLine.token = refreshed;
        await client.send('with the new token');
        await client.waitFor(isEchoReply('with the new token'), 'the reply');
      } finally {
        client.end();
      }
    });

    test('a token for another conversation is refused with 403 and the client never sees it', async () => {
      const a = await generateToken(host.url);
      const b = await generateToken(host.url);
      const owner = connect(host.url, { token: b.token, webSocket });
      await owner.waitFor(isWelcome, 'the welcome of B');
      owner.end();

      const response = await fetch(`${host.url}/v3/directline/conversations/${b.conversationId}/activities?watermark=`, {
        headers: { Authorization: `Bearer ${a.token}` },
      });
      assert.equal(response.status, 403);
      assert.equal((await response.json()).error.code, 'Forbidden');

      // Resuming B with A's token: the client's GET /conversations/{B} is refused, so it fails to connect.
      const intruder = connect(host.url, { token: a.token, conversationId: b.conversationId, webSocket });
      try {
        await intruder.waitForStatus(ConnectionStatus.FailedToConnect);
        assert.ok(!intruder.statuses.includes(ConnectionStatus.Online));
        assert.equal(intruder.received.length, 0);
      } finally {
        intruder.end();
      }
    });

    test('an expired token is refused with 403 TokenExpired, which the client reports as ExpiredToken', async () => {
      const { token, conversationId } = await generateToken(host.url);
      const client = connect(host.url, { token, webSocket });
      try {
        await client.waitFor(isWelcome, 'the welcome');
        const expired = expiredToken(conversationId, userOf(token));
        const response = await fetch(`${host.url}/v3/directline/conversations/${conversationId}/activities?watermark=`, {
          headers: { Authorization: `Bearer ${expired}` },
        });
        assert.equal(response.status, 403);
        assert.equal((await response.json()).error.code, 'TokenExpired');

        client.directLine.token = expired;
        const sent = client.send('too late');
        await client.waitForStatus(ConnectionStatus.ExpiredToken);
        assert.equal((await sent).id, 'retry');
        assert.ok(!client.received.some(isEchoReply('too late')));
      } finally {
        client.end();
      }
    });

    test('an unknown conversation is answered 404 and the client does not come online', async () => {
      const { token, conversationId } = await generateToken(host.url);
      const response = await fetch(`${host.url}/v3/directline/conversations/${conversationId}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      assert.equal(response.status, 404);
      assert.equal((await response.json()).error.code, 'NotFound');

      const client = connect(host.url, { token, conversationId, webSocket });
      try {
        await client.waitForStatus(ConnectionStatus.FailedToConnect);
        assert.ok(!client.statuses.includes(ConnectionStatus.Online));
      } finally {
        client.end();
      }
    });

    test('20 conversations at once lose and duplicate nothing', async () => {
      const messages = ['eins', 'zwei', 'drei', 'vier', 'fünf'];
      const statusLog = [];
      const runConversation = async (index) => {
        const { token } = await generateToken(host.url);
        const client = connect(host.url, { token, webSocket });
        try {
          await client.waitFor(isWelcome, 'the welcome');
          for (const message of messages) {
            await client.send(`${message} ${index}`);
          }

          await client.waitFor(isEchoReply(`${messages.at(-1)} ${index}`), 'the last reply');
          statusLog[index] = client.statuses.join(',');
          return client.received.slice();
        } finally {
          client.end();
        }
      };

      const transcripts = await Promise.all(Array.from({ length: 20 }, (_, index) => runConversation(index)));

      transcripts.forEach((received, index) => {
        // Sequence numbers with the texts, so a failure shows whether the server or the client reordered.
        const texts = received.map((activity) => `${activity.id.split('|')[1]} ${activity.text}`);
        const expected = ['Welcome to KitaBot!', ...messages.flatMap((message) => [`${message} ${index}`, `You said: ${message} ${index}`])]
          .map((text, sequence) => `${String(sequence).padStart(7, '0')} ${text}`);
        assert.deepEqual(texts, expected, `conversation ${index} (statuses ${statusLog[index]})`);
        assert.equal(new Set(received.map((activity) => activity.id)).size, received.length);
        assert.equal(new Set(received.map((activity) => activity.conversation.id)).size, 1);
      });
    });
  });
}
