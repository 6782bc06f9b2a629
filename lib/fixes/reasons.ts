import { AREA_NAMES } from '../diagnosis/describe';
import { HTTP_STATUS_TEXT, type Conclusion, type ErrorMeaning, type Scope, type SignalReason } from '../diagnosis/types';
import type { SignalKind } from '../signals';
import { fill, formatNumber, pluralForm, type PluralForms } from './language';
import type { MatchReason } from './rank';
import type { Language, Localised } from './types';

/**
 * Why a fix was suggested, in words: "3 calls answered 403 Unauthorized", "2 orders past the
 * ship-by deadline (23713478-0018-3, 41250937-0007-1)". One phrase per reason; the UI joins them
 * after `BECAUSE[language]`.
 */

export const BECAUSE: Localised = { en: 'because', zh_CN: '原因', ru: 'потому что' };

const CALLS: Localised<PluralForms> = {
  en: { one: 'call', other: 'calls' },
  zh_CN: { other: '次请求' },
  ru: { one: 'запрос', few: 'запроса', other: 'запросов' },
};
const ORDERS: Localised<PluralForms> = {
  en: { one: 'order', other: 'orders' },
  zh_CN: { other: '个订单' },
  ru: { one: 'заказ', few: 'заказа', other: 'заказов' },
};
const FAULTS: Localised<PluralForms> = {
  en: { one: 'fault', other: 'faults' },
  zh_CN: { other: '个故障' },
  ru: { one: 'сбой', few: 'сбоя', other: 'сбоев' },
};

const MEANING_TEXT: Localised<Readonly<Record<ErrorMeaning, string>>> = {
  en: {
    'rate-limited': 'rate limit reached',
    'auth-expired': 'authorisation expired',
    'auth-invalid': 'authorisation not valid',
    permission: 'no permission',
    'server-error': 'server error on the platform',
    maintenance: 'platform under maintenance or overloaded',
    'invalid-request': 'request rejected as invalid',
    conflict: 'the order’s status does not allow the action',
    'not-found': 'not found',
    'client-error': 'request refused',
    network: 'no connection',
    timeout: 'no answer in time',
  },
  zh_CN: {
    'rate-limited': '触发频率限制',
    'auth-expired': '授权已过期',
    'auth-invalid': '授权无效',
    permission: '没有权限',
    'server-error': '平台服务器错误',
    maintenance: '平台维护中或过载',
    'invalid-request': '请求被判定为无效',
    conflict: '订单当前状态不允许该操作',
    'not-found': '未找到',
    'client-error': '请求被拒绝',
    network: '无法连接',
    timeout: '响应超时',
  },
  ru: {
    'rate-limited': 'превышен лимит запросов',
    'auth-expired': 'истекла авторизация',
    'auth-invalid': 'авторизация недействительна',
    permission: 'нет прав доступа',
    'server-error': 'ошибка сервера площадки',
    maintenance: 'площадка на обслуживании или перегружена',
    'invalid-request': 'запрос отклонён как некорректный',
    conflict: 'статус заказа не допускает это действие',
    'not-found': 'не найдено',
    'client-error': 'запрос отклонён',
    network: 'нет соединения',
    timeout: 'нет ответа вовремя',
  },
};

const KIND_FORMS: Localised<Readonly<Record<SignalKind, PluralForms>>> = {
  en: {
    banner: { one: 'error message on the page', other: 'error messages on the page' },
    'stuck-order': { one: 'order fault', other: 'order faults' },
    'failed-load': { one: 'page that failed to load', other: 'page load failures' },
    'console-error': { one: 'script error in the console', other: 'script errors in the console' },
    'network-error': { one: 'failed call', other: 'failed calls' },
    'slow-page': { one: 'slow page load', other: 'slow page loads' },
    diagnostic: { one: 'note from Seller SOS', other: 'notes from Seller SOS' },
  },
  zh_CN: {
    banner: { other: '条页面报错提示' },
    'stuck-order': { other: '个订单异常' },
    'failed-load': { other: '次页面加载失败' },
    'console-error': { other: '条控制台脚本错误' },
    'network-error': { other: '次失败请求' },
    'slow-page': { other: '次页面加载缓慢' },
    diagnostic: { other: '条 Seller SOS 提示' },
  },
  ru: {
    banner: { one: 'сообщение об ошибке на странице', few: 'сообщения об ошибке на странице', other: 'сообщений об ошибке на странице' },
    'stuck-order': { one: 'проблема с заказом', few: 'проблемы с заказами', other: 'проблем с заказами' },
    'failed-load': { one: 'сбой загрузки страницы', few: 'сбоя загрузки страниц', other: 'сбоев загрузки страниц' },
    'console-error': { one: 'ошибка скрипта в консоли', few: 'ошибки скриптов в консоли', other: 'ошибок скриптов в консоли' },
    'network-error': { one: 'неудачный запрос', few: 'неудачных запроса', other: 'неудачных запросов' },
    'slow-page': { one: 'медленная загрузка страницы', few: 'медленные загрузки страниц', other: 'медленных загрузок страниц' },
    diagnostic: { one: 'заметка Seller SOS', few: 'заметки Seller SOS', other: 'заметок Seller SOS' },
  },
};

/** Order reasons take the affected order ids; page reasons a count. `{n}` is a number, `{orders}` the word. */
const REASON_TEXT: Localised<Readonly<Record<SignalReason, string>>> = {
  en: {
    'deadline-passed': '{n} {orders} past the ship-by deadline',
    'deadline-near': '{n} {orders} close to the ship-by deadline',
    'unpaid-too-long': '{n} {orders} unpaid for longer than the payment window',
    duplicate: '{n} {orders} shown twice on the list',
    'status-unchanged': '{n} {orders} stuck in the same status for much longer than usual',
    'list-detail-mismatch': '{n} {orders} with one status on the list and another on the order page',
    'endless-spinner': 'a page kept loading without end',
    'blank-main-area': 'a page stayed blank',
    'asset-failed': 'files of the page failed to load',
    'structure-not-found': 'no order could be read on an orders page',
    'too-many-signals': 'a page produced a flood of errors',
  },
  zh_CN: {
    'deadline-passed': '{n} {orders}已超过最晚发货时间',
    'deadline-near': '{n} {orders}临近最晚发货时间',
    'unpaid-too-long': '{n} {orders}未付款时间超过付款期限',
    duplicate: '{n} {orders}在列表中重复显示',
    'status-unchanged': '{n} {orders}停留在同一状态的时间远超平时',
    'list-detail-mismatch': '{n} {orders}在列表和详情页上的状态不一致',
    'endless-spinner': '页面一直在加载',
    'blank-main-area': '页面主体一片空白',
    'asset-failed': '页面文件加载失败',
    'structure-not-found': '订单页上读取不到任何订单',
    'too-many-signals': '页面产生了大量报错',
  },
  ru: {
    'deadline-passed': '{n} {orders} с пропущенным сроком отгрузки',
    'deadline-near': '{n} {orders} с истекающим сроком отгрузки',
    'unpaid-too-long': '{n} {orders} без оплаты дольше срока оплаты',
    duplicate: '{n} {orders} показаны в списке дважды',
    'status-unchanged': '{n} {orders} намного дольше обычного в одном статусе',
    'list-detail-mismatch': '{n} {orders} с разным статусом в списке и на странице заказа',
    'endless-spinner': 'страница бесконечно загружалась',
    'blank-main-area': 'страница осталась пустой',
    'asset-failed': 'не загрузились файлы страницы',
    'structure-not-found': 'на странице заказов не удалось прочитать ни одного заказа',
    'too-many-signals': 'страница выдала лавину ошибок',
  },
};

const CONCLUSION_REASON: Localised<Readonly<Record<Conclusion, string>>> = {
  en: {
    'your-network': 'the diagnosis points to your own network',
    'your-account': 'the diagnosis points to your account or authorisation',
    'the-platform': 'the diagnosis points to the platform',
    'not-yet-clear': 'the diagnosis has not settled the cause yet',
  },
  zh_CN: {
    'your-network': '诊断结果指向您自己的网络',
    'your-account': '诊断结果指向您的账号或授权',
    'the-platform': '诊断结果指向平台',
    'not-yet-clear': '诊断尚未确定原因',
  },
  ru: {
    'your-network': 'диагностика указывает на вашу сеть',
    'your-account': 'диагностика указывает на ваш аккаунт или авторизацию',
    'the-platform': 'диагностика указывает на площадку',
    'not-yet-clear': 'диагностика пока не установила причину',
  },
};

const SCOPE_REASON: Localised<Readonly<Record<Scope, string>>> = {
  en: {
    'several-platforms': 'faults on several back-offices at once',
    'many-areas': 'faults in several parts of the back-office',
    'one-area': 'faults in one part of the back-office',
    'many-orders': 'several orders affected',
    'one-order': 'one order affected',
  },
  zh_CN: {
    'several-platforms': '多个平台后台同时出现故障',
    'many-areas': '后台多个功能出现故障',
    'one-area': '故障集中在后台的一个功能',
    'many-orders': '涉及多个订单',
    'one-order': '只涉及一个订单',
  },
  ru: {
    'several-platforms': 'сбои сразу в нескольких кабинетах',
    'many-areas': 'сбои в нескольких разделах кабинета',
    'one-area': 'сбои в одном разделе кабинета',
    'many-orders': 'затронуто несколько заказов',
    'one-order': 'затронут один заказ',
  },
};

const MAX_IDS = 3;

function ids(orders: readonly string[]): string {
  if (!orders.length) return '';
  const shown = orders.slice(0, MAX_IDS).join(', ');
  return ` (${orders.length > MAX_IDS ? `${shown}, …` : shown})`;
}

function count(language: Language, value: number, forms: Localised<PluralForms>): { n: string; word: string } {
  return { n: formatNumber(value, language), word: pluralForm(language, value, forms[language]) };
}

/** One reason in words. */
export function describeReason(reason: MatchReason, language: Language): string {
  const zh = language === 'zh_CN';
  const separator = zh ? ':' : ': ';
  switch (reason.on) {
    case 'status': {
      const { n, word } = count(language, reason.calls, CALLS);
      if (reason.status === 0) return `${n} ${word}${separator}${MEANING_TEXT[language].network}`;
      // Word codes read as the status's name ("403 Unauthorized"); numeric ones need saying ("429 (code 8)").
      const words = reason.codes.filter((code) => !/^\d+$/.test(code));
      const numbers = reason.codes.filter((code) => /^\d+$/.test(code));
      const name = words.length ? words.join(', ') : numbers.length ? '' : (HTTP_STATUS_TEXT[reason.status] ?? '');
      const codeWord = { en: 'code', zh_CN: '错误码', ru: 'код' }[language];
      const numeric = numbers.length ? (zh ? `(${codeWord} ${numbers.join(', ')})` : ` (${codeWord} ${numbers.join(', ')})`) : '';
      const label = `${[String(reason.status), name].filter(Boolean).join(' ')}${numeric}`;
      if (language === 'en') return `${n} ${word} answered ${label}`;
      if (zh) return `${n} ${word}返回 ${label}`;
      return `${n} ${word} ${pluralForm(language, reason.calls, { one: 'вернул', other: 'вернули' })} ${label}`;
    }
    case 'meaning': {
      const { n, word } = count(language, reason.calls, CALLS);
      return `${n} ${word}${separator}${MEANING_TEXT[language][reason.meaning]}`;
    }
    case 'error-code': {
      const { n, word } = count(language, reason.calls, CALLS);
      const code = { en: 'platform error code', zh_CN: '平台错误码', ru: 'код ошибки площадки' }[language];
      return `${n} ${word}${separator}${code} ${reason.code}`;
    }
    case 'kind': {
      const n = formatNumber(reason.occurrences, language);
      return `${n} ${pluralForm(language, reason.occurrences, KIND_FORMS[language][reason.kind])}`;
    }
    case 'reason': {
      const template = REASON_TEXT[language][reason.reason];
      if (!template.includes('{orders}')) return template;
      const orders = reason.orders.length || reason.occurrences;
      const { n, word } = count(language, orders, ORDERS);
      return fill(template, { n, orders: word }) + ids(reason.orders);
    }
    case 'order-status': {
      const { n, word } = count(language, reason.orders.length, ORDERS);
      if (language === 'en') return `${n} ${word} in status ${reason.status}${ids(reason.orders)}`;
      if (zh) return `${n} ${word}处于 ${reason.status} 状态${ids(reason.orders)}`;
      return `${n} ${word} в статусе ${reason.status}${ids(reason.orders)}`;
    }
    case 'area': {
      const { n, word } = count(language, reason.occurrences, FAULTS);
      const area = AREA_NAMES[language][reason.area];
      if (language === 'en') return `${n} ${word} in ${area}`;
      if (zh) return `${area}方面有 ${n} ${word}`;
      return `${area}: ${n} ${word}`;
    }
    case 'conclusion':
      return CONCLUSION_REASON[language][reason.conclusion];
    case 'scope':
      return SCOPE_REASON[language][reason.scope];
    case 'incident':
      return reason.status === 'resolved'
        ? { en: 'the fault has been resolved', zh_CN: '故障已经恢复', ru: 'сбой устранён' }[language]
        : { en: 'the fault is still open', zh_CN: '故障仍在持续', ru: 'сбой ещё не устранён' }[language];
    case 'any-fault': {
      const { n, word } = count(language, reason.faults, FAULTS);
      if (language === 'en') return `${n} ${word} recorded`;
      if (zh) return `已记录 ${n} ${word}`;
      return `${pluralForm(language, reason.faults, { one: 'зафиксирован', other: 'зафиксировано' })} ${n} ${word}`;
    }
  }
}

/** "because: 3 calls answered 403 Unauthorized; 1 error message on the page". */
export function describeReasons(reasons: readonly MatchReason[], language: Language): string {
  const phrases = reasons.map((reason) => describeReason(reason, language));
  return language === 'zh_CN' ? `${BECAUSE[language]}:${phrases.join(';')}` : `${BECAUSE[language]}: ${phrases.join('; ')}`;
}
