import { PLATFORM_RULES } from '../rules/catalog';
import { fill, formatNumber, joinList, pluralForm } from '../fixes/language';
import type { Language, Localised } from '../fixes/types';
import type { Conclusion, DiagnosisFact, FeatureArea, ProbeResult } from './types';

/**
 * The diagnosis in words, in the three support languages: the conclusion's title and summary,
 * and one sentence per fact with its figures. The side panel and the report both use these.
 */

export const CONCLUSION_TEXT: Localised<Readonly<Record<Conclusion, { title: string; summary: string }>>> = {
  en: {
    'your-network': {
      title: 'Your network',
      summary: 'The fault is most likely in your own connection (network, Wi-Fi, VPN or proxy), not in your account or the platform.',
    },
    'your-account': {
      title: 'Your account or authorisation',
      summary: 'The platform answers, but refuses your account’s requests: the sign-in, the authorisation of an app or API key, permissions, or the request quota.',
    },
    'the-platform': {
      title: 'The platform',
      summary: 'Your connection works, but the platform’s servers fail or do not answer: the fault is on the platform’s side.',
    },
    'not-yet-clear': {
      title: 'Not yet clear',
      summary: 'The evidence so far does not point to one side. Run the network check, then try another network and another browser to narrow it down.',
    },
  },
  zh_CN: {
    'your-network': { title: '您的网络', summary: '故障最可能出在您自己的网络连接(宽带、Wi-Fi、VPN 或代理),而不是账号或平台。' },
    'your-account': { title: '您的账号或授权', summary: '平台有响应,但拒绝了您账号的请求:登录状态、应用或 API 密钥的授权、权限,或请求配额。' },
    'the-platform': { title: '平台', summary: '您的网络连接正常,但平台服务器出错或无响应:故障在平台一侧。' },
    'not-yet-clear': { title: '尚不明确', summary: '目前的证据还不能指向某一方。请先运行网络检测,再尝试换网络、换浏览器,以缩小范围。' },
  },
  ru: {
    'your-network': { title: 'Ваша сеть', summary: 'Скорее всего, сбой в вашем собственном подключении (сеть, Wi-Fi, VPN или прокси), а не в аккаунте и не на площадке.' },
    'your-account': {
      title: 'Ваш аккаунт или авторизация',
      summary: 'Площадка отвечает, но отклоняет запросы вашего аккаунта: вход, авторизация приложения или API-ключа, права доступа или квота запросов.',
    },
    'the-platform': { title: 'Площадка', summary: 'Ваше подключение работает, но серверы площадки выдают ошибки или не отвечают: сбой на стороне площадки.' },
    'not-yet-clear': {
      title: 'Пока неясно',
      summary: 'Собранные данные пока не указывают на одну сторону. Запустите проверку сети, затем попробуйте другую сеть и другой браузер, чтобы сузить поиск.',
    },
  },
};

export const AREA_NAMES: Localised<Readonly<Record<FeatureArea, string>>> = {
  en: { orders: 'orders', products: 'products', inventory: 'stock', logistics: 'logistics and tracking', finance: 'payments and finance', promotions: 'promotions', account: 'sign-in and account' },
  zh_CN: { orders: '订单', products: '商品', inventory: '库存', logistics: '物流追踪', finance: '支付与财务', promotions: '促销活动', account: '登录与账号' },
  ru: { orders: 'заказы', products: 'товары', inventory: 'остатки', logistics: 'логистика и отслеживание', finance: 'платежи и финансы', promotions: 'акции', account: 'вход и аккаунт' },
};

type Role = ProbeResult['role'];

const HOST_LABEL: Localised<Readonly<Record<Role, string>>> = {
  en: { platform: 'The back-office host', neutral: 'The neutral test host' },
  zh_CN: { platform: '平台后台', neutral: '中立测试站点' },
  ru: { platform: 'Хост кабинета', neutral: 'Нейтральный проверочный хост' },
};

const FAILED_CALLS_RU = { one: 'неудачного запроса', other: 'неудачных запросов' };

const number = (value: number, language: Language) => formatNumber(value, language);
const httpList = (statuses: readonly number[]) => statuses.join(', ');

function platformNames(platforms: readonly string[], language: Language): string {
  return joinList(
    platforms.map((platform) => PLATFORM_RULES[platform as keyof typeof PLATFORM_RULES]?.displayName ?? platform),
    language,
  );
}

/** One sentence for one fact, with its figures. */
export function describeFact(fact: DiagnosisFact, language: Language): string {
  const en = language === 'en';
  const zh = language === 'zh_CN';
  switch (fact.id) {
    case 'browser-offline':
      return en ? 'The browser reports no network connection (offline).' : zh ? '浏览器显示当前没有网络连接(离线)。' : 'Браузер сообщает, что подключения к сети нет (офлайн).';
    case 'browser-online':
      return en ? 'The browser reports a network connection.' : zh ? '浏览器显示网络已连接。' : 'Браузер сообщает, что подключение к сети есть.';
    case 'no-probes':
      return en ? 'The network check has not been run yet.' : zh ? '尚未运行网络检测。' : 'Проверка сети ещё не запускалась.';
    case 'probe-answered': {
      const values = { label: HOST_LABEL[language][fact.role], host: fact.host, ms: number(fact.latencyMs, language), status: fact.status ?? '' };
      if (fact.status !== null) return fill(en ? '{label} {host} answered in {ms} ms (HTTP {status}).' : zh ? '{label} {host} 在 {ms} 毫秒内响应(HTTP {status})。' : '{label} {host} ответил за {ms} мс (HTTP {status}).', values);
      return fill(en ? '{label} {host} answered in {ms} ms.' : zh ? '{label} {host} 在 {ms} 毫秒内响应。' : '{label} {host} ответил за {ms} мс.', values);
    }
    case 'probe-slow': {
      const values = { label: HOST_LABEL[language][fact.role], host: fact.host, ms: number(fact.latencyMs, language), usual: number(fact.usualMs, language) };
      if (fact.role === 'platform') {
        return fill(
          en ? '{label} {host} answered slowly: {ms} ms, against {usual} ms for the neutral test hosts.' : zh ? '{label} {host} 响应缓慢:{ms} 毫秒,而中立测试站点仅需 {usual} 毫秒。' : '{label} {host} ответил медленно: {ms} мс против {usual} мс у нейтральных проверочных хостов.',
          values,
        );
      }
      return fill(en ? '{label} {host} answered slowly: {ms} ms (over {usual} ms).' : zh ? '{label} {host} 响应缓慢:{ms} 毫秒(超过 {usual} 毫秒)。' : '{label} {host} ответил медленно: {ms} мс (дольше {usual} мс).', values);
    }
    case 'probe-failed': {
      const values = { label: HOST_LABEL[language][fact.role], host: fact.host, seconds: number(Math.round(fact.latencyMs / 100) / 10, language) };
      if (fact.failure === 'timeout') return fill(en ? '{label} {host} did not answer within {seconds} s.' : zh ? '{label} {host} 在 {seconds} 秒内没有响应。' : '{label} {host} не ответил за {seconds} с.', values);
      return fill(en ? '{label} {host} could not be reached (the connection failed).' : zh ? '无法连接{label} {host}(连接失败)。' : 'Не удалось подключиться: {label} {host} недоступен (ошибка соединения).', values);
    }
    case 'no-failed-calls':
      return en
        ? 'No call to the platform failed; the faults are what the page itself showed.'
        : zh
          ? '没有失败的平台请求;故障来自页面本身显示的内容。'
          : 'Ни один запрос к площадке не завершился ошибкой; сбои — это то, что показала сама страница.';
    case 'auth-errors':
    case 'rate-limited':
    case 'server-errors':
    case 'no-answer-calls':
      return describeCalls(fact, language);
    case 'several-platforms':
      return fill(en ? 'At the same time, faults were also seen on {platforms}.' : zh ? '同一时间,{platforms} 也出现了故障。' : 'В то же время сбои были и в {platforms}.', { platforms: platformNames(fact.platforms, language) });
    case 'areas': {
      const names = fact.areas.map((area) => AREA_NAMES[language][area]);
      if (names.length === 1) return fill(en ? 'The failures concern one part of the back-office: {area}.' : zh ? '故障集中在后台的一个功能:{area}。' : 'Сбои касаются одного раздела кабинета: {area}.', { area: names[0]! });
      const count = number(names.length, language);
      if (en) return `The failures span ${count} parts of the back-office: ${joinList(names, language)}.`;
      if (zh) return `故障涉及后台的 ${count} 个功能:${joinList(names, language)}。`;
      return `Сбои затрагивают ${count} ${pluralForm(language, names.length, { one: 'раздел', few: 'раздела', other: 'разделов' })} кабинета: ${joinList(names, language)}.`;
    }
    case 'pages': {
      const count = number(fact.pages, language);
      if (en) return fact.pages === 1 ? 'The faults were seen on one page.' : `The faults were seen on ${count} different pages.`;
      if (zh) return fact.pages === 1 ? '故障出现在 1 个页面上。' : `故障出现在 ${count} 个不同的页面上。`;
      return fact.pages === 1 ? 'Сбои замечены на одной странице.' : `Сбои замечены на ${count} ${pluralForm(language, fact.pages, { one: 'странице', other: 'разных страницах' })}.`;
    }
    case 'orders': {
      const count = number(fact.orders, language);
      if (fact.orders === 1) return fill(en ? 'One order is affected: {id}.' : zh ? '涉及 1 个订单:{id}。' : 'Затронут один заказ: {id}.', { id: fact.example });
      if (en) return `${count} orders are affected (for example ${fact.example}).`;
      if (zh) return `涉及 ${count} 个订单(例如 ${fact.example})。`;
      return `${pluralForm(language, fact.orders, { one: 'Затронут', few: 'Затронуты', other: 'Затронуто' })} ${count} ${pluralForm(language, fact.orders, { one: 'заказ', few: 'заказа', other: 'заказов' })} (например, ${fact.example}).`;
    }
  }
}

function describeCalls(fact: Extract<DiagnosisFact, { calls: number }>, language: Language): string {
  const values = { calls: number(fact.calls, language), failed: number(fact.failedCalls, language) };
  const all = fact.calls === fact.failedCalls;
  const en = language === 'en';
  const zh = language === 'zh_CN';
  // "All 12 failed calls…" reads better than "12 of 12…".
  const subject = en
    ? all
      ? fact.calls === 1
        ? 'The one failed call'
        : `All ${values.failed} failed calls`
      : `${values.calls} of ${values.failed} failed calls`
    : zh
      ? all
        ? `全部 ${values.failed} 次失败请求`
        : `${values.failed} 次失败请求中有 ${values.calls} 次`
      : all
        ? fact.calls === 1
          ? 'Единственный неудачный запрос'
          : `Все ${values.failed} ${pluralForm(language, fact.failedCalls, { one: 'неудачный запрос', few: 'неудачных запроса', other: 'неудачных запросов' })}`
        : `${values.calls} из ${values.failed} ${pluralForm(language, fact.failedCalls, FAILED_CALLS_RU)}`;
  // Agreement follows the number of calls the sentence is about: "1 of 5 failed calls was refused".
  const single = fact.calls === 1;
  const was = single ? 'was' : 'were';
  const ruVerb = (singular: string, plural: string) => (single ? singular : plural);
  switch (fact.id) {
    case 'auth-errors': {
      const http = fact.statuses.length ? ` (HTTP ${httpList(fact.statuses)})` : '';
      const httpZh = fact.statuses.length ? `(HTTP ${httpList(fact.statuses)})` : '';
      if (en) return `${subject} ${was} refused as unauthorised or forbidden${http}.`;
      if (zh) return `${subject}因未授权或无权限被拒绝${httpZh}。`;
      return `${subject} ${ruVerb('отклонён как неавторизованный или запрещённый', 'отклонены как неавторизованные или запрещённые')}${http}.`;
    }
    case 'rate-limited': {
      const codes = fact.codes.length ? fact.codes.join(', ') : '';
      if (en) return `${subject} ${was} refused as too many requests (rate limit${codes ? `, code ${codes}` : ''}).`;
      if (zh) return `${subject}因请求过于频繁被拒绝(频率限制${codes ? `,错误码 ${codes}` : ''})。`;
      return `${subject} ${ruVerb('отклонён', 'отклонены')} из-за превышения лимита запросов${codes ? ` (код ${codes})` : ''}.`;
    }
    case 'server-errors': {
      const http = fact.statuses.length ? ` (HTTP ${httpList(fact.statuses)})` : '';
      const httpZh = fact.statuses.length ? `(HTTP ${httpList(fact.statuses)})` : '';
      if (en) return `${subject} got a server error from the platform${http}.`;
      if (zh) return `${subject}收到平台服务器错误${httpZh}。`;
      return `${subject} ${ruVerb('получил', 'получили')} ошибку сервера площадки${http}.`;
    }
    case 'no-answer-calls': {
      if (en) return `${subject} got no answer at all (the connection failed or timed out).`;
      if (zh) return `${subject}完全没有得到响应(连接失败或超时)。`;
      return `${subject} ${ruVerb('не получил', 'не получили')} никакого ответа (сбой соединения или тайм-аут).`;
    }
  }
}

/** The conclusion's title ("The platform") and one-sentence summary. */
export function describeConclusion(conclusion: Conclusion, language: Language): { title: string; summary: string } {
  return CONCLUSION_TEXT[language][conclusion];
}

const STATUS_PAGE_LABEL: Localised<Readonly<Record<'status' | 'announcements', string>>> = {
  en: { status: 'Status page', announcements: 'Announcements' },
  zh_CN: { status: '状态页', announcements: '平台公告' },
  ru: { status: 'Страница статуса', announcements: 'Объявления площадки' },
};

export function statusPageLabel(kind: 'status' | 'announcements', language: Language): string {
  return STATUS_PAGE_LABEL[language][kind];
}
