// The families' page: gets a Direct Line token from this server, runs Microsoft's Web Chat against it, keeps the
// chosen language and the conversation in this browser, and adapts the send box to the bot's current question.
(() => {
  'use strict';

  const SESSION_KEY = 'kitabot.session';
  const LANGUAGE_KEY = 'kitabot.language';
  const LANGUAGE_EVENT = 'kitabot.language';
  const DOMAIN = `${window.location.origin}/v3/directline`; // no trailing slash: the client appends paths

  // Page texts outside the chat, per language (the chat's own texts come from the bot and from Web Chat).
  const TEXTS = {
    de: { subtitle: 'Anmeldung für einen Kita-Platz', language: 'Sprache', loading: 'Der Chat wird geladen …', failed: 'Der Chat ist gerade nicht erreichbar. Bitte laden Sie die Seite später neu.' },
    en: { subtitle: 'Registering for a childcare place (Kita)', language: 'Language', loading: 'Loading the chat …', failed: 'The chat is not available right now. Please reload the page later.' },
    fr: { subtitle: 'Inscription pour une place en crèche (Kita)', language: 'Langue', loading: 'Chargement du chat …', failed: 'Le chat n’est pas disponible pour le moment. Veuillez recharger la page plus tard.' },
    uk: { subtitle: 'Реєстрація на місце в дитячому садку (Kita)', language: 'Мова', loading: 'Чат завантажується …', failed: 'Чат зараз недоступний. Будь ласка, оновіть сторінку пізніше.' },
    ar: { subtitle: 'التسجيل للحصول على مكان في روضة الأطفال (Kita)', language: 'اللغة', loading: 'جارٍ تحميل المحادثة …', failed: 'المحادثة غير متاحة حاليًا. يرجى إعادة تحميل الصفحة لاحقًا.' },
    tr: { subtitle: 'Kreş (Kita) yeri için kayıt', language: 'Dil', loading: 'Sohbet yükleniyor …', failed: 'Sohbete şu anda ulaşılamıyor. Lütfen sayfayı daha sonra yeniden yükleyin.' },
    ru: { subtitle: 'Запись на место в детском саду (Kita)', language: 'Язык', loading: 'Чат загружается …', failed: 'Чат сейчас недоступен. Пожалуйста, обновите страницу позже.' },
    pl: { subtitle: 'Zapisy na miejsce w przedszkolu (Kita)', language: 'Język', loading: 'Ładowanie czatu …', failed: 'Czat jest teraz niedostępny. Proszę odświeżyć stronę później.' },
    ro: { subtitle: 'Înscriere pentru un loc la grădiniță (Kita)', language: 'Limba', loading: 'Se încarcă chatul …', failed: 'Chatul nu este disponibil acum. Vă rugăm să reîncărcați pagina mai târziu.' },
    bg: { subtitle: 'Записване за място в детска градина (Kita)', language: 'Език', loading: 'Чатът се зарежда …', failed: 'Чатът в момента не е достъпен. Моля, презаредете страницата по-късно.' },
    fa: { subtitle: 'ثبت‌نام برای جای مهدکودک (Kita)', language: 'زبان', loading: 'گفتگو در حال بارگذاری است …', failed: 'گفتگو در حال حاضر در دسترس نیست. لطفاً بعداً صفحه را دوباره بارگذاری کنید.' },
  };

  // Web Chat ships no Persian strings; these cover what a family sees and what a screen reader announces first.
  const PERSIAN_STRINGS = {
    TEXT_INPUT_PLACEHOLDER: 'پیام خود را بنویسید',
    TEXT_INPUT_ALT: 'کادر پیام',
    TEXT_INPUT_SEND_BUTTON_ALT: 'ارسال',
    TRANSCRIPT_ARIA_LABEL_ALT: 'گفتگو',
  };

  const INPUT_KINDS = {
    email: { type: 'email', inputMode: 'email', autocomplete: 'email' },
    phone: { type: 'tel', inputMode: 'tel', autocomplete: 'tel' },
    date: { type: 'date', inputMode: '', autocomplete: 'off' },
    number: { type: 'text', inputMode: 'numeric', autocomplete: 'off' },
    postcode: { type: 'text', inputMode: 'numeric', autocomplete: 'postal-code' },
    code: { type: 'text', inputMode: 'numeric', autocomplete: 'one-time-code' },
    choice: { type: 'text', inputMode: '', autocomplete: 'off' },
    text: { type: 'text', inputMode: '', autocomplete: 'off' },
  };

  const picker = document.getElementById('language-picker');
  const chat = document.getElementById('chat');
  const nonce = document.querySelector('meta[name="kitabot-style-nonce"]').content;
  const languages = Array.from(picker.options, (option) => ({ tag: option.value, dir: option.dataset.dir }));
  const usePolling = new URLSearchParams(window.location.search).get('transport') === 'polling';

  let locale = initialLanguage();
  let inputKind = 'text';
  let connected = false;
  let directLine;
  let store;

  function initialLanguage() {
    const stored = readStorage(LANGUAGE_KEY);
    if (languages.some((language) => language.tag === stored)) {
      return stored;
    }

    for (const candidate of navigator.languages || [navigator.language]) {
      const match = findLanguage(candidate);
      if (match) {
        return match.tag;
      }
    }

    return picker.value;
  }

  function findLanguage(tag) {
    const primary = String(tag || '').slice(0, 2).toLowerCase();
    return languages.find((language) => language.tag.slice(0, 2) === primary);
  }

  function readStorage(key) {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  }

  function writeStorage(key, value) {
    try {
      if (value === null) {
        window.localStorage.removeItem(key);
      } else {
        window.localStorage.setItem(key, value);
      }
    } catch {
      // Private mode without storage: the chat still works, it just does not resume.
    }
  }

  function texts() {
    return TEXTS[locale.slice(0, 2)] || TEXTS.de;
  }

  function applyPageLanguage() {
    const language = findLanguage(locale);
    const root = document.documentElement;
    root.lang = locale.slice(0, 2);
    root.dir = language.dir;
    picker.value = language.tag;
    document.getElementById('page-subtitle').textContent = texts().subtitle;
    document.getElementById('language-label').textContent = texts().language;
    const loading = document.getElementById('chat-loading');
    if (loading) {
      loading.textContent = texts().loading;
    }
  }

  function setLanguage(tag, { tellBot }) {
    const language = findLanguage(tag);
    if (!language || language.tag === locale) {
      return;
    }

    locale = language.tag;
    writeStorage(LANGUAGE_KEY, locale);
    applyPageLanguage();
    render();
    if (tellBot && connected) {
      store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: LANGUAGE_EVENT, value: { locale } } });
    }
  }

  function saveSession() {
    if (directLine && directLine.conversationId && directLine.token) {
      writeStorage(SESSION_KEY, JSON.stringify({ conversationId: directLine.conversationId, token: directLine.token }));
    }
  }

  async function postJson(path, token) {
    const headers = token ? { Authorization: `Bearer ${token}` } : {};
    const response = await fetch(`${DOMAIN}${path}`, { method: path.startsWith('/conversations/') ? 'GET' : 'POST', headers });
    return { status: response.status, body: response.ok ? await response.json() : null };
  }

  // Resume the conversation kept in this browser while its token is valid; otherwise start a new one.
  async function obtainConnection() {
    let saved = null;
    try {
      saved = JSON.parse(readStorage(SESSION_KEY));
    } catch {
      saved = null;
    }

    if (saved && typeof saved.conversationId === 'string' && typeof saved.token === 'string') {
      const resumed = await postJson(`/conversations/${encodeURIComponent(saved.conversationId)}`, saved.token);
      if (resumed.status === 200) {
        return { token: resumed.body.token, conversationId: saved.conversationId };
      }

      if (resumed.status === 404) {
        // The token was issued but the conversation never started (the page closed too early).
        return { token: saved.token };
      }
    }

    writeStorage(SESSION_KEY, null);
    const generated = await postJson('/tokens/generate');
    if (generated.status !== 200) {
      throw new Error(`Token request failed with ${generated.status}`);
    }

    return { token: generated.body.token };
  }

  function applyInputKind() {
    const input = chat.querySelector('[data-id="webchat-sendbox-input"]');
    if (!input || input.tagName !== 'INPUT') {
      return;
    }

    const kind = INPUT_KINDS[inputKind] || INPUT_KINDS.text;
    if (input.type !== kind.type) {
      input.type = kind.type;
    }

    if (kind.inputMode) {
      input.setAttribute('inputmode', kind.inputMode);
    } else {
      input.removeAttribute('inputmode');
    }

    input.setAttribute('autocomplete', kind.autocomplete);
    input.dataset.kitabotInputKind = inputKind;
  }

  function onIncomingActivity(activity) {
    if (!activity || !activity.from || activity.from.role !== 'bot') {
      return;
    }

    if (activity.type === 'event' && activity.name === LANGUAGE_EVENT && activity.value && typeof activity.value.locale === 'string') {
      setLanguage(activity.value.locale, { tellBot: false });
      return;
    }

    const kitabot = activity.type === 'message' && activity.channelData && activity.channelData.kitabot;
    if (kitabot && typeof kitabot.inputKind === 'string') {
      inputKind = Object.prototype.hasOwnProperty.call(INPUT_KINDS, kitabot.inputKind) ? kitabot.inputKind : 'text';
      applyInputKind();
    }
  }

  function render() {
    const language = findLanguage(locale);
    window.WebChat.renderWebChat(
      {
        directLine,
        store,
        locale: language.tag,
        dir: language.dir,
        nonce,
        sendTypingIndicator: false,
        overrideLocalizedStrings: language.tag === 'fa-IR' ? PERSIAN_STRINGS : undefined,
        styleOptions: {
          accent: '#1d4f91',
          backgroundColor: '#ffffff',
          bubbleBackground: '#eef2f7',
          bubbleBorderRadius: 8,
          bubbleFromUserBackground: '#1d4f91',
          bubbleFromUserTextColor: '#ffffff',
          bubbleFromUserBorderRadius: 8,
          bubbleTextColor: '#1b1f24',
          hideUploadButton: true,
          primaryFont: "'Noto Sans', 'DejaVu Sans', system-ui, sans-serif",
          rootHeight: '100%',
          rootWidth: '100%',
          sendBoxHeight: 56,
          subtle: '#4a5562',
          suggestedActionBackgroundColor: '#ffffff',
          suggestedActionBorderColor: '#1d4f91',
          suggestedActionTextColor: '#1d4f91',
          suggestedActionLayout: 'flow',
          timestampColor: '#4a5562',
          transcriptVisualKeyboardIndicatorColor: '#1d4f91',
        },
      },
      chat,
    );
    applyInputKind();
  }

  async function start() {
    applyPageLanguage();
    picker.addEventListener('change', () => setLanguage(picker.value, { tellBot: true }));

    let connection;
    try {
      connection = await obtainConnection();
    } catch {
      document.getElementById('chat-loading').textContent = texts().failed;
      return;
    }

    directLine = window.WebChat.createDirectLine({
      domain: DOMAIN,
      token: connection.token,
      conversationId: connection.conversationId,
      webSocket: !usePolling,
      conversationStartProperties: { locale },
    });

    store = window.WebChat.createStore({}, () => (next) => (action) => {
      if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
        connected = true;
        saveSession();
      } else if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
        onIncomingActivity(action.payload.activity);
        saveSession(); // the client renews its token every 15 minutes; keep the newest one
      }

      return next(action);
    });

    // Web Chat re-creates the send box on some renders; keep the input kind of the current question.
    new MutationObserver(applyInputKind).observe(chat, { childList: true, subtree: true });
    window.addEventListener('pagehide', saveSession);
    render();
  }

  start();
})();
