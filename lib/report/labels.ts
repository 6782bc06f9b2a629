import { formatNumber, pluralForm } from '../fixes/language';
import type { Localised } from '../fixes/types';
import type { SignalReason } from '../diagnosis/types';
import type { ChecklistStepId, StepOutcome } from '../checklist/steps';
import type { ReportLanguage } from './language';

/**
 * Every word of the support report, in English, Chinese and Russian. The report's language is
 * chosen apart from the extension's UI language, so these live here and not in _locales.
 * Templates take `{name}` values (lib/fixes/language.ts fill); counts that need plural forms are
 * functions.
 */

export const SECTION_IDS = ['summary', 'shop', 'orders', 'errors', 'environment', 'steps', 'evidence', 'diagnosis', 'request'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const ERROR_GROUPS = ['calls', 'banners', 'page', 'console', 'notes'] as const;
export type ErrorGroup = (typeof ERROR_GROUPS)[number];

/** What support is asked to do, chosen from the incident's best-ranked fixes. */
export const ASKS = ['protect-deadlines', 'confirm-payment', 'confirm-status', 'check-access', 'limits', 'tracking', 'products', 'stock', 'promotion', 'settlement'] as const;
export type Ask = (typeof ASKS)[number];

/** The kind of failure the subject line names first. */
export const PROBLEMS = ['server', 'auth', 'rate', 'no-answer', 'failed-calls', 'deadline', 'unpaid', 'mismatch', 'duplicate', 'status-unchanged', 'banner', 'failed-load', 'slow-page', 'console', 'other'] as const;
export type Problem = (typeof PROBLEMS)[number];

type Count = (n: number) => string;

export interface ReportLabels {
  documentTitle: string;
  subjectWithShop: string;
  subjectWithoutShop: string;
  /** `{problem}` in `{area}`. */
  problemInArea: string;
  problems: Readonly<Record<Problem, string>>;
  intro: string;
  footer: string;
  subjectLabel: string;
  sections: Readonly<Record<SectionId, string>>;
  field: Readonly<Record<'what' | 'since' | 'lastSeen' | 'status' | 'frequency' | 'scope' | 'platform' | 'backOffice' | 'region' | 'shopId' | 'browser' | 'os' | 'extension' | 'language' | 'connection' | 'conclusion' | 'checkedAt' | 'basedOn', string>>;
  statusOpen: string;
  statusResolved: string;
  notDetected: string;
  crossBorder: string;
  frequency: (occurrences: number, distinct: number, duration: string) => string;
  scopePages: Count;
  scopeOrders: Count;
  /** What happens, one phrase per kind of failure. */
  whatServer: (calls: number, statuses: string) => string;
  whatAuth: (calls: number, statuses: string) => string;
  whatRate: (calls: number, codes: string) => string;
  whatNoAnswer: Count;
  whatOtherCalls: (calls: number, statuses: string) => string;
  times: Count;
  errorGroups: Readonly<Record<ErrorGroup, string>>;
  /** "→ HTTP 500, code 13: Internal error". */
  callOutcome: string;
  callNoAnswer: Readonly<Record<'timeout' | 'network', string>>;
  code: string;
  onPage: string;
  pageFault: Readonly<Record<'endless-spinner' | 'blank-main-area' | 'asset-failed' | 'slow-page' | 'structure-not-found' | 'too-many-signals', string>>;
  orderReason: Readonly<Record<Exclude<SignalReason, 'endless-spinner' | 'blank-main-area' | 'asset-failed' | 'structure-not-found' | 'too-many-signals'>, string>>;
  shownTimes: Count;
  ms: string;
  pageStatus: string;
  firstSeen: string;
  moreNotListed: string;
  noOrders: string;
  noErrors: string;
  online: string;
  offline: string;
  steps: Readonly<Record<ChecklistStepId, string>>;
  outcomes: Readonly<Record<StepOutcome, string>>;
  noSteps: string;
  noAnswerFrom: string;
  probeFailure: Readonly<Record<'timeout' | 'network', string>>;
  screenshot: string;
  captureWithoutScreenshot: string;
  masked: string;
  captureNotes: Readonly<Record<string, string>>;
  networkLog: string;
  consoleLog: string;
  noEvidence: string;
  noDiagnosis: string;
  /** The diagnosis's conclusion in the seller's voice, to support: 'our connection works…'. */
  conclusions: Readonly<Record<'your-network' | 'your-account' | 'the-platform' | 'not-yet-clear', string>>;
  requestByConclusion: Readonly<Record<'your-network' | 'your-account' | 'the-platform' | 'not-yet-clear', string>>;
  asks: Readonly<Record<Ask, string>>;
  closing: string;
}

const RU_CALLS = { one: 'запрос', few: 'запроса', other: 'запросов' };
const RU_CALLS_IN = { one: 'запросе', other: 'запросах' };

export const REPORT_LABELS: Localised<ReportLabels> = {
  en: {
    documentTitle: 'Support request: {platform} seller account{shop}',
    subjectWithShop: '{platform} seller account {shop}: {problem} since {since}',
    subjectWithoutShop: '{platform} seller account: {problem} since {since}',
    problemInArea: '{problem} in {area}',
    problems: {
      server: 'server errors (HTTP {statuses})',
      auth: 'authorisation refused (HTTP {statuses})',
      rate: 'requests refused as too many (HTTP {statuses})',
      'no-answer': 'requests get no answer',
      'failed-calls': 'failed requests (HTTP {statuses})',
      deadline: 'orders at risk of missing their ship-by deadline',
      unpaid: 'orders shown as unpaid',
      mismatch: 'order statuses shown inconsistently',
      duplicate: 'orders shown twice',
      'status-unchanged': 'order statuses not updating',
      banner: 'error messages in the back-office',
      'failed-load': 'pages fail to load',
      'slow-page': 'pages load very slowly',
      console: 'script errors in the back-office',
      other: 'a fault in the back-office',
    },
    intro: 'Hello, we are reporting a fault in the {platform} seller back-office that affects our shop. The details, the evidence and the steps we have already tried are below.',
    footer: 'Prepared with Seller SOS on {at}. Buyers’ personal data (names, phone numbers, e-mail and street addresses) and access keys have been removed from this report.',
    subjectLabel: 'Subject',
    sections: {
      summary: 'Summary',
      shop: 'Shop',
      orders: 'Affected orders',
      errors: 'Error messages and codes',
      environment: 'Environment',
      steps: 'Steps already tried',
      evidence: 'Evidence',
      diagnosis: 'Outside-in check',
      request: 'Request to support',
    },
    field: {
      what: 'What happens',
      since: 'First seen',
      lastSeen: 'Last seen',
      status: 'Status',
      frequency: 'How often',
      scope: 'Scope',
      platform: 'Platform',
      backOffice: 'Back-office',
      region: 'Marketplace',
      shopId: 'Shop / seller ID',
      browser: 'Browser',
      os: 'Operating system',
      extension: 'Seller SOS version',
      language: 'Browser language',
      connection: 'Connection',
      conclusion: 'Conclusion',
      checkedAt: 'Checked at',
      basedOn: 'Based on',
    },
    statusOpen: 'still happening',
    statusResolved: 'resolved at {at}',
    notDetected: 'not detected on the page',
    crossBorder: 'cross-border centre',
    frequency: (occurrences, distinct, duration) =>
      occurrences === 1 ? 'once' : `${formatNumber(occurrences, 'en')} occurrences of ${distinct === 1 ? 'one fault' : `${formatNumber(distinct, 'en')} different faults`} over ${duration}`,
    scopePages: (n) => (n === 1 ? 'one page' : `${formatNumber(n, 'en')} pages`),
    scopeOrders: (n) => (n === 1 ? 'one order affected' : `${formatNumber(n, 'en')} orders affected`),
    whatServer: (calls, statuses) => `server errors on ${calls === 1 ? 'one call' : `${formatNumber(calls, 'en')} calls`} (HTTP ${statuses})`,
    whatAuth: (calls, statuses) => `authorisation refused on ${calls === 1 ? 'one call' : `${formatNumber(calls, 'en')} calls`} (HTTP ${statuses})`,
    whatRate: (calls, codes) => `${calls === 1 ? 'one call' : `${formatNumber(calls, 'en')} calls`} refused as too many requests (HTTP 429${codes ? `, code ${codes}` : ''})`,
    whatNoAnswer: (calls) => `no answer to ${calls === 1 ? 'one call' : `${formatNumber(calls, 'en')} calls`}`,
    whatOtherCalls: (calls, statuses) => `${calls === 1 ? 'one other failed call' : `${formatNumber(calls, 'en')} other failed calls`} (HTTP ${statuses})`,
    times: (n) => (n === 1 ? 'once' : `${formatNumber(n, 'en')} times`),
    errorGroups: {
      calls: 'Failed calls to the back-office',
      banners: 'Messages shown on the page',
      page: 'Page faults',
      console: 'Script errors in the browser console',
      notes: 'Notes from Seller SOS',
    },
    callOutcome: 'HTTP {status}',
    callNoAnswer: { timeout: 'no answer (timed out)', network: 'no answer (connection failed)' },
    code: 'code {code}',
    onPage: 'on {path}',
    pageFault: {
      'endless-spinner': 'the page kept loading for more than {seconds} s',
      'blank-main-area': 'the main area of the page stayed blank',
      'asset-failed': 'a {asset} file of the page failed to load: {url}',
      'slow-page': 'the page took {load} s to load; it usually takes {usual} s',
      'structure-not-found': 'Seller SOS could not read any order on this orders page (empty list, still loading, or a changed layout)',
      'too-many-signals': 'the page produced more distinct faults than Seller SOS stores; {dropped} more were counted only',
    },
    orderReason: {
      'deadline-passed': 'past its ship-by deadline',
      'deadline-near': 'close to its ship-by deadline',
      'unpaid-too-long': 'unpaid for longer than the payment window',
      duplicate: 'shown {times} on the order list',
      'status-unchanged': 'status unchanged for {age}',
      'list-detail-mismatch': 'the order list shows {list}, the order page shows {detail}',
    },
    shownTimes: (n) => (n === 2 ? 'twice' : `${formatNumber(n, 'en')} times`),
    ms: 'ms',
    pageStatus: 'status on the page: {status}',
    firstSeen: 'first seen {at}',
    moreNotListed: '…and {count} more (see the evidence files)',
    noOrders: 'No specific order is affected.',
    noErrors: 'No error text was recorded.',
    online: 'online',
    offline: 'offline',
    steps: {
      refresh: 'Refreshed the page',
      'hard-reload': 'Reloaded the page bypassing the cache',
      'clear-site-data': 'Cleared the back-office’s cookies and site data',
      'network-check': 'Network check',
      'sign-in-again': 'Signed out and in again',
      'other-browser-device': 'Tried another browser or device',
      'other-network': 'Tried another network (e.g. a phone hotspot)',
    },
    outcomes: { done: 'done', failed: 'failed', skipped: 'skipped', helped: 'helped', 'did-not-help': 'did not help' },
    noSteps: 'No steps recorded yet.',
    noAnswerFrom: '{host}: no answer ({failure})',
    probeFailure: { timeout: 'timed out', network: 'connection failed' },
    screenshot: 'screenshot {file}',
    captureWithoutScreenshot: 'capture without a screenshot ({note})',
    masked: 'buyers’ personal data hidden on the screenshot',
    captureNotes: {
      'permission-needed': 'the browser did not allow a screenshot',
      'tab-hidden': 'the tab was not visible',
      'mask-failed': 'personal data could not be hidden',
      'browser-refused': 'the browser refused',
      'page-changed': 'the page changed meanwhile',
      'storage-full': 'the storage was full',
      interrupted: 'interrupted',
      'tab-closed': 'the tab was closed',
    },
    networkLog: 'Network log: {count} ({files})',
    consoleLog: 'Console log: {count} ({file})',
    noEvidence: 'No captures yet.',
    noDiagnosis: 'The outside-in check has not been run for this incident yet.',
    conclusions: {
      'your-network': 'Our network — the fault is most likely in our own connection (network, Wi-Fi, VPN or proxy).',
      'your-account': 'Our account or authorisation — the platform answers but refuses our account’s requests (sign-in, authorisation of an app or API key, permissions or request quota).',
      'the-platform': 'The platform — our connection works, but the platform’s servers fail or do not answer.',
      'not-yet-clear': 'Not yet clear — the checks so far do not point to one side.',
    },
    requestByConclusion: {
      'the-platform': 'Our checks point to a fault on the platform’s side: our connection works and other sites answer normally. Please investigate and let us know when it will be fixed.',
      'your-account': 'Our checks show that the platform answers but refuses requests from our account. Please check our account, its authorisations and API keys, and tell us what needs to be renewed or enabled.',
      'your-network': 'Our checks point to a problem with our own connection, which we are working on. We are contacting you because orders are affected: please confirm that there is no fault on your side.',
      'not-yet-clear': 'We could not determine the cause yet. Please check whether a fault on the platform’s side affects our account.',
    },
    asks: {
      'protect-deadlines': 'Please make sure these orders are not cancelled automatically or counted as late shipments while the fault lasts, and extend their ship-by deadlines if needed: {ids}.',
      'confirm-payment': 'Please confirm whether payment has been received for these orders: {ids}.',
      'confirm-status': 'Please confirm the correct status of these orders: {ids}.',
      'check-access': 'Please confirm whether our authorisation and API access are valid and have the permissions this page needs.',
      limits: 'Please tell us which request limits apply to our account and whether they can be raised.',
      tracking: 'Please check why tracking information is not updated or tracking numbers are not accepted.',
      products: 'Please tell us why the product changes are rejected and which fields need correcting.',
      stock: 'Please check why stock levels are not synchronised.',
      promotion: 'Please check why the promotion does not apply as it was set up.',
      settlement: 'Please check the payment and settlement figures for the period of the fault.',
    },
    closing: 'Please reply with the reference number of this request. Thank you.',
  },

  zh_CN: {
    documentTitle: '技术支持请求:{platform} 店铺{shop}',
    subjectWithShop: '{platform} 店铺 {shop}:自 {since}起{problem}',
    subjectWithoutShop: '{platform} 店铺:自 {since}起{problem}',
    problemInArea: '{area}功能出现{problem}',
    problems: {
      server: '服务器错误(HTTP {statuses})',
      auth: '授权被拒绝(HTTP {statuses})',
      rate: '请求因频率限制被拒绝(HTTP {statuses})',
      'no-answer': '请求无响应',
      'failed-calls': '请求失败(HTTP {statuses})',
      deadline: '订单面临超过最晚发货时间的风险',
      unpaid: '订单显示未付款',
      mismatch: '订单状态显示不一致',
      duplicate: '订单重复显示',
      'status-unchanged': '订单状态不更新',
      banner: '后台显示报错信息',
      'failed-load': '页面无法加载',
      'slow-page': '页面加载极慢',
      console: '后台出现脚本错误',
      other: '后台故障',
    },
    intro: '您好,我们的店铺在 {platform} 卖家后台遇到故障。详细情况、证据以及我们已经尝试过的步骤如下。',
    footer: '本报告由 Seller SOS 于 {at} 生成。买家个人信息(姓名、电话、电子邮箱和收货地址)及访问密钥已从报告中删除。',
    subjectLabel: '主题',
    sections: {
      summary: '概述',
      shop: '店铺信息',
      orders: '受影响的订单',
      errors: '报错信息与错误码',
      environment: '使用环境',
      steps: '已尝试的步骤',
      evidence: '证据清单',
      diagnosis: '由外而内的排查结果',
      request: '请求事项',
    },
    field: {
      what: '故障现象',
      since: '首次出现',
      lastSeen: '最近一次',
      status: '状态',
      frequency: '出现频率',
      scope: '影响范围',
      platform: '平台',
      backOffice: '卖家后台',
      region: '站点',
      shopId: '店铺 / 卖家 ID',
      browser: '浏览器',
      os: '操作系统',
      extension: 'Seller SOS 版本',
      language: '浏览器语言',
      connection: '网络连接',
      conclusion: '结论',
      checkedAt: '检测时间',
      basedOn: '依据',
    },
    statusOpen: '仍在持续',
    statusResolved: '已于 {at} 恢复',
    notDetected: '页面上未识别到',
    crossBorder: '跨境卖家中心',
    frequency: (occurrences, distinct, duration) =>
      occurrences === 1 ? '出现 1 次' : `${duration}内共出现 ${formatNumber(occurrences, 'zh_CN')} 次,涉及 ${formatNumber(distinct, 'zh_CN')} 种不同故障`,
    scopePages: (n) => `${formatNumber(n, 'zh_CN')} 个页面`,
    scopeOrders: (n) => `涉及 ${formatNumber(n, 'zh_CN')} 个订单`,
    whatServer: (calls, statuses) => `${formatNumber(calls, 'zh_CN')} 次请求出现服务器错误(HTTP ${statuses})`,
    whatAuth: (calls, statuses) => `${formatNumber(calls, 'zh_CN')} 次请求因授权被拒绝(HTTP ${statuses})`,
    whatRate: (calls, codes) => `${formatNumber(calls, 'zh_CN')} 次请求因频率限制被拒绝(HTTP 429${codes ? `,错误码 ${codes}` : ''})`,
    whatNoAnswer: (calls) => `${formatNumber(calls, 'zh_CN')} 次请求无响应`,
    whatOtherCalls: (calls, statuses) => `另有 ${formatNumber(calls, 'zh_CN')} 次请求失败(HTTP ${statuses})`,
    times: (n) => `${formatNumber(n, 'zh_CN')} 次`,
    errorGroups: {
      calls: '失败的后台请求',
      banners: '页面显示的提示',
      page: '页面故障',
      console: '浏览器控制台中的脚本错误',
      notes: 'Seller SOS 提示',
    },
    callOutcome: 'HTTP {status}',
    callNoAnswer: { timeout: '无响应(超时)', network: '无响应(连接失败)' },
    code: '错误码 {code}',
    onPage: '页面 {path}',
    pageFault: {
      'endless-spinner': '页面持续加载超过 {seconds} 秒',
      'blank-main-area': '页面主体区域一直空白',
      'asset-failed': '页面的 {asset} 文件加载失败:{url}',
      'slow-page': '页面加载用时 {load} 秒,平时只需 {usual} 秒',
      'structure-not-found': 'Seller SOS 在该订单页上读取不到任何订单(列表为空、仍在加载,或页面改版)',
      'too-many-signals': '页面产生的不同故障超过 Seller SOS 的保存上限;另有 {dropped} 个只计数未保存',
    },
    orderReason: {
      'deadline-passed': '已超过最晚发货时间',
      'deadline-near': '临近最晚发货时间',
      'unpaid-too-long': '未付款时间超过付款期限',
      duplicate: '在订单列表中显示了 {times}',
      'status-unchanged': '状态已 {age} 未变化',
      'list-detail-mismatch': '订单列表显示 {list},订单详情页显示 {detail}',
    },
    shownTimes: (n) => `${formatNumber(n, 'zh_CN')} 次`,
    ms: '毫秒',
    pageStatus: '页面状态:{status}',
    firstSeen: '首次发现于 {at}',
    moreNotListed: '……另有 {count} 条(详见证据文件)',
    noOrders: '没有涉及具体订单。',
    noErrors: '未记录到报错文字。',
    online: '在线',
    offline: '离线',
    steps: {
      refresh: '刷新页面',
      'hard-reload': '强制刷新页面(跳过缓存)',
      'clear-site-data': '清除后台网站的 Cookies 和站点数据',
      'network-check': '网络检测',
      'sign-in-again': '退出后重新登录',
      'other-browser-device': '换浏览器或设备尝试',
      'other-network': '换网络尝试(如手机热点)',
    },
    outcomes: { done: '已完成', failed: '失败', skipped: '已跳过', helped: '有效', 'did-not-help': '无效' },
    noSteps: '尚未记录任何步骤。',
    noAnswerFrom: '{host}:无响应({failure})',
    probeFailure: { timeout: '超时', network: '连接失败' },
    screenshot: '截图 {file}',
    captureWithoutScreenshot: '未能截图的证据记录({note})',
    masked: '截图中的买家个人信息已遮盖',
    captureNotes: {
      'permission-needed': '浏览器不允许截图',
      'tab-hidden': '标签页不在前台',
      'mask-failed': '无法遮盖个人信息',
      'browser-refused': '浏览器拒绝截图',
      'page-changed': '截图时页面发生了变化',
      'storage-full': '存储空间已满',
      interrupted: '截图被中断',
      'tab-closed': '标签页已关闭',
    },
    networkLog: '网络日志:{count}({files})',
    consoleLog: '控制台日志:{count}({file})',
    noEvidence: '尚无证据记录。',
    noDiagnosis: '尚未对此故障运行由外而内的排查。',
    conclusions: {
      'your-network': '我方网络 — 故障最可能出在我们自己的网络连接(宽带、Wi-Fi、VPN 或代理)。',
      'your-account': '我方账号或授权 — 平台有响应,但拒绝了我们账号的请求(登录状态、应用或 API 密钥授权、权限或请求配额)。',
      'the-platform': '平台 — 我们的网络连接正常,但平台服务器出错或无响应。',
      'not-yet-clear': '尚不明确 — 目前的检测结果还不能指向某一方。',
    },
    requestByConclusion: {
      'the-platform': '我们的排查结果指向平台一侧的故障:我们的网络连接正常,其他网站访问正常。请协助排查,并告知预计修复时间。',
      'your-account': '排查显示平台有响应,但拒绝了我们账号的请求。请协助检查我们的账号及其授权和 API 密钥,并告知需要续期或开通哪些内容。',
      'your-network': '排查结果指向我们自己的网络连接问题,我们正在处理。由于订单受到影响,特此联系您:请确认平台一侧没有故障。',
      'not-yet-clear': '我们暂时无法确定原因。请协助确认是否有平台一侧的故障影响了我们的账号。',
    },
    asks: {
      'protect-deadlines': '故障期间,请确保以下订单不会被自动取消或计为迟发,如有需要请延长其最晚发货时间:{ids}。',
      'confirm-payment': '请确认以下订单是否已收到付款:{ids}。',
      'confirm-status': '请确认以下订单的正确状态:{ids}。',
      'check-access': '请确认我们的授权和 API 访问是否有效,以及是否具备该页面所需的权限。',
      limits: '请告知我们账号适用的请求频率限制,以及是否可以提高。',
      tracking: '请协助检查物流追踪信息不更新或物流单号无法录入的原因。',
      products: '请告知商品修改被拒绝的原因,以及需要修正哪些字段。',
      stock: '请协助检查库存数据不同步的原因。',
      promotion: '请协助检查促销活动未按设置生效的原因。',
      settlement: '请协助核对故障期间的付款和结算数据。',
    },
    closing: '请回复本次工单的编号。谢谢!',
  },

  ru: {
    documentTitle: 'Обращение в поддержку: {platform}, кабинет продавца{shop}',
    subjectWithShop: '{platform}, кабинет продавца {shop}: {problem} с {since}',
    subjectWithoutShop: '{platform}, кабинет продавца: {problem} с {since}',
    problemInArea: '{problem} в разделе «{area}»',
    problems: {
      server: 'ошибки сервера (HTTP {statuses})',
      auth: 'отказ в авторизации (HTTP {statuses})',
      rate: 'превышен лимит запросов (HTTP {statuses})',
      'no-answer': 'запросы остаются без ответа',
      'failed-calls': 'ошибки запросов (HTTP {statuses})',
      deadline: 'заказы под угрозой пропуска срока отгрузки',
      unpaid: 'заказы отображаются неоплаченными',
      mismatch: 'статусы заказов отображаются противоречиво',
      duplicate: 'заказы показаны дважды',
      'status-unchanged': 'статусы заказов не обновляются',
      banner: 'сообщения об ошибках в кабинете',
      'failed-load': 'страницы не загружаются',
      'slow-page': 'страницы загружаются очень медленно',
      console: 'ошибки скриптов в кабинете',
      other: 'сбой в кабинете',
    },
    intro: 'Здравствуйте! Сообщаем о сбое в кабинете продавца {platform}, который затрагивает наш магазин. Подробности, доказательства и уже предпринятые шаги — ниже.',
    footer: 'Отчёт подготовлен с помощью Seller SOS {at}. Персональные данные покупателей (имена, телефоны, адреса электронной почты и доставки) и ключи доступа из отчёта удалены.',
    subjectLabel: 'Тема',
    sections: {
      summary: 'Кратко',
      shop: 'Магазин',
      orders: 'Затронутые заказы',
      errors: 'Тексты и коды ошибок',
      environment: 'Окружение',
      steps: 'Что уже сделано',
      evidence: 'Доказательства',
      diagnosis: 'Проверка «снаружи внутрь»',
      request: 'Просьба к поддержке',
    },
    field: {
      what: 'Что происходит',
      since: 'Впервые',
      lastSeen: 'Последний раз',
      status: 'Статус',
      frequency: 'Как часто',
      scope: 'Масштаб',
      platform: 'Площадка',
      backOffice: 'Кабинет',
      region: 'Маркетплейс',
      shopId: 'ID магазина / продавца',
      browser: 'Браузер',
      os: 'Операционная система',
      extension: 'Версия Seller SOS',
      language: 'Язык браузера',
      connection: 'Подключение',
      conclusion: 'Вывод',
      checkedAt: 'Проверено',
      basedOn: 'На основании',
    },
    statusOpen: 'продолжается',
    statusResolved: 'устранён {at}',
    notDetected: 'не удалось определить на странице',
    crossBorder: 'кросс-бордер центр',
    frequency: (occurrences, distinct, duration) => {
      if (occurrences === 1) return 'один раз';
      const times = `${formatNumber(occurrences, 'ru')} ${pluralForm('ru', occurrences, { one: 'раз', few: 'раза', other: 'раз' })}`;
      const faults = distinct === 1 ? 'один сбой' : `${formatNumber(distinct, 'ru')} ${pluralForm('ru', distinct, { one: 'разный сбой', few: 'разных сбоя', other: 'разных сбоев' })}`;
      return `${times} за ${duration}, ${faults}`;
    },
    scopePages: (n) => (n === 1 ? 'одна страница' : `${formatNumber(n, 'ru')} ${pluralForm('ru', n, { one: 'страница', few: 'страницы', other: 'страниц' })}`),
    scopeOrders: (n) =>
      `${pluralForm('ru', n, { one: 'затронут', few: 'затронуты', other: 'затронуто' })} ${formatNumber(n, 'ru')} ${pluralForm('ru', n, { one: 'заказ', few: 'заказа', other: 'заказов' })}`,
    whatServer: (calls, statuses) => `ошибки сервера в ${formatNumber(calls, 'ru')} ${pluralForm('ru', calls, RU_CALLS_IN)} (HTTP ${statuses})`,
    whatAuth: (calls, statuses) => `отказ в авторизации в ${formatNumber(calls, 'ru')} ${pluralForm('ru', calls, RU_CALLS_IN)} (HTTP ${statuses})`,
    whatRate: (calls, codes) => `превышен лимит запросов в ${formatNumber(calls, 'ru')} ${pluralForm('ru', calls, RU_CALLS_IN)} (HTTP 429${codes ? `, код ${codes}` : ''})`,
    whatNoAnswer: (calls) => `нет ответа на ${formatNumber(calls, 'ru')} ${pluralForm('ru', calls, RU_CALLS)}`,
    whatOtherCalls: (calls, statuses) => `ещё ${formatNumber(calls, 'ru')} ${pluralForm('ru', calls, { one: 'неудачный запрос', few: 'неудачных запроса', other: 'неудачных запросов' })} (HTTP ${statuses})`,
    times: (n) => (n === 1 ? 'один раз' : `${formatNumber(n, 'ru')} ${pluralForm('ru', n, { one: 'раз', few: 'раза', other: 'раз' })}`),
    errorGroups: {
      calls: 'Неудачные запросы к кабинету',
      banners: 'Сообщения на странице',
      page: 'Сбои страниц',
      console: 'Ошибки скриптов в консоли браузера',
      notes: 'Заметки Seller SOS',
    },
    callOutcome: 'HTTP {status}',
    callNoAnswer: { timeout: 'нет ответа (тайм-аут)', network: 'нет ответа (сбой соединения)' },
    code: 'код {code}',
    onPage: 'на странице {path}',
    pageFault: {
      'endless-spinner': 'страница загружалась дольше {seconds} с',
      'blank-main-area': 'основная область страницы осталась пустой',
      'asset-failed': 'не загрузился файл страницы ({asset}): {url}',
      'slow-page': 'страница загружалась {load} с, обычно — {usual} с',
      'structure-not-found': 'Seller SOS не смог прочитать ни одного заказа на этой странице заказов (пустой список, незавершённая загрузка или изменённая вёрстка)',
      'too-many-signals': 'страница выдала больше разных сбоев, чем сохраняет Seller SOS; ещё {dropped} только подсчитаны',
    },
    orderReason: {
      'deadline-passed': 'срок отгрузки пропущен',
      'deadline-near': 'срок отгрузки истекает',
      'unpaid-too-long': 'не оплачен дольше срока оплаты',
      duplicate: 'показан в списке заказов {times}',
      'status-unchanged': 'статус не меняется {age}',
      'list-detail-mismatch': 'в списке заказов — {list}, на странице заказа — {detail}',
    },
    shownTimes: (n) => (n === 2 ? 'дважды' : `${formatNumber(n, 'ru')} ${pluralForm('ru', n, { one: 'раз', few: 'раза', other: 'раз' })}`),
    ms: 'мс',
    pageStatus: 'статус на странице: {status}',
    firstSeen: 'впервые замечено {at}',
    moreNotListed: '…и ещё {count} (см. файлы с доказательствами)',
    noOrders: 'Конкретные заказы не затронуты.',
    noErrors: 'Тексты ошибок не записаны.',
    online: 'онлайн',
    offline: 'офлайн',
    steps: {
      refresh: 'Обновили страницу',
      'hard-reload': 'Перезагрузили страницу без кеша',
      'clear-site-data': 'Очистили cookie и данные сайта кабинета',
      'network-check': 'Проверка сети',
      'sign-in-again': 'Вышли из кабинета и вошли снова',
      'other-browser-device': 'Попробовали другой браузер или устройство',
      'other-network': 'Попробовали другую сеть (например, раздачу с телефона)',
    },
    outcomes: { done: 'выполнено', failed: 'не удалось', skipped: 'пропущено', helped: 'помогло', 'did-not-help': 'не помогло' },
    noSteps: 'Шаги пока не записаны.',
    noAnswerFrom: '{host}: нет ответа ({failure})',
    probeFailure: { timeout: 'тайм-аут', network: 'сбой соединения' },
    screenshot: 'скриншот {file}',
    captureWithoutScreenshot: 'запись без скриншота ({note})',
    masked: 'персональные данные покупателей на скриншоте скрыты',
    captureNotes: {
      'permission-needed': 'браузер не разрешил скриншот',
      'tab-hidden': 'вкладка была не на экране',
      'mask-failed': 'не удалось скрыть персональные данные',
      'browser-refused': 'браузер отказал',
      'page-changed': 'страница изменилась во время съёмки',
      'storage-full': 'хранилище заполнено',
      interrupted: 'съёмка прервана',
      'tab-closed': 'вкладка закрыта',
    },
    networkLog: 'Сетевой журнал: {count} ({files})',
    consoleLog: 'Журнал консоли: {count} ({file})',
    noEvidence: 'Записей пока нет.',
    noDiagnosis: 'Проверка «снаружи внутрь» для этого инцидента ещё не запускалась.',
    conclusions: {
      'your-network': 'Наша сеть — скорее всего, сбой в нашем собственном подключении (сеть, Wi-Fi, VPN или прокси).',
      'your-account': 'Наш аккаунт или авторизация — площадка отвечает, но отклоняет запросы нашего аккаунта (вход, авторизация приложения или API-ключа, права доступа или квота запросов).',
      'the-platform': 'Площадка — наше подключение работает, но серверы площадки выдают ошибки или не отвечают.',
      'not-yet-clear': 'Пока неясно — проверки пока не указывают на одну сторону.',
    },
    requestByConclusion: {
      'the-platform': 'Наши проверки указывают на сбой на стороне площадки: наше подключение работает, другие сайты отвечают нормально. Просим разобраться и сообщить, когда сбой будет устранён.',
      'your-account': 'Проверки показывают, что площадка отвечает, но отклоняет запросы нашего аккаунта. Просим проверить наш аккаунт, его авторизации и API-ключи и сообщить, что нужно продлить или включить.',
      'your-network': 'Проверки указывают на проблему с нашим собственным подключением, мы её устраняем. Обращаемся, потому что затронуты заказы: просим подтвердить, что на стороне площадки сбоя нет.',
      'not-yet-clear': 'Нам пока не удалось установить причину. Просим проверить, не затрагивает ли наш аккаунт сбой на стороне площадки.',
    },
    asks: {
      'protect-deadlines': 'Просим на время сбоя не отменять эти заказы автоматически и не засчитывать их как просроченные, а при необходимости продлить срок отгрузки: {ids}.',
      'confirm-payment': 'Просим подтвердить, поступила ли оплата по этим заказам: {ids}.',
      'confirm-status': 'Просим подтвердить правильный статус этих заказов: {ids}.',
      'check-access': 'Просим подтвердить, что наша авторизация и доступ к API действительны и у них есть права, нужные для этой страницы.',
      limits: 'Просим сообщить, какие лимиты запросов действуют для нашего аккаунта и можно ли их увеличить.',
      tracking: 'Просим проверить, почему не обновляется отслеживание или не принимаются трек-номера.',
      products: 'Просим сообщить, почему отклоняются изменения товаров и какие поля нужно исправить.',
      stock: 'Просим проверить, почему не синхронизируются остатки.',
      promotion: 'Просим проверить, почему акция работает не так, как настроена.',
      settlement: 'Просим сверить данные по оплатам и взаиморасчётам за период сбоя.',
    },
    closing: 'Пожалуйста, сообщите номер этого обращения. Спасибо!',
  },
};

export function reportLabels(language: ReportLanguage): ReportLabels {
  return REPORT_LABELS[language];
}
