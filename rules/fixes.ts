import { defineFixes } from '../lib/rules/define';

// The knowledge base of suggested fixes, built from the three field guides in
// ../shared/seeds (000: general troubleshooting guide, 001: Ozon system errors, 002: Shopee order
// chaos) and ../shared/platform-facts.md. Data only: lib/fixes/rank.ts orders them by the
// incident's signals, and the build validates every fix (lib/fixes/schema.ts).
//
// Conditions add their weight when they match, scaled by the share of the incident's faults they
// cover; diagnosis conclusions count in full. A specific fix (re-authorise on 401/403) carries
// 100+ points when it fits; general advice (contact support, maintenance) stays under 10 so it
// follows the specific ones.
export default defineFixes([
  // ── Locate the fault: outside in ─────────────────────────────────────────────────────────────
  {
    id: 'check-own-network',
    scenario: 'network',
    stage: 'check',
    platforms: 'all',
    appliesWhen: [
      { on: 'conclusion', conclusions: ['your-network'], weight: 80 },
      { on: 'scope', scopes: ['several-platforms'], weight: 40 },
      { on: 'meaning', meanings: ['network', 'timeout'], weight: 25 },
      { on: 'reason', reasons: ['asset-failed'], weight: 10 },
    ],
    title: {
      en: 'Check your own connection: another network, browser or device',
      zh_CN: '先排查本地网络:换网络、换浏览器或换设备',
      ru: 'Проверьте своё подключение: другая сеть, браузер или устройство',
    },
    steps: {
      en: [
        'Open any other website (a news site, for example). If it does not load either, the fault is in your connection, not in the back-office.',
        'Switch to another network — a phone hotspot (4G/5G) is the quickest — and repeat the action that failed. If it works there, the cause is your local network; if it fails the same way, it is on the account or platform side.',
        'Turn off any VPN, proxy or traffic-filtering software (including company firewalls and ad blockers) and try again.',
        'Try another browser or another device (the platform’s mobile app counts) to rule out the browser itself.',
        'Restart the router or modem; if several devices in your office have the problem, contact your internet provider.',
      ],
      zh_CN: [
        '打开任意其他网站(如新闻网站)。如果同样打不开,说明是本地网络问题,而不是后台故障。',
        '切换到另一个网络环境(最快的是手机 4G/5G 热点),重新执行失败的操作。换网络后恢复正常,说明是本地网络问题;问题依旧,则很可能是账号或平台侧问题。',
        '关闭 VPN、代理、加速器及各类流量过滤软件(包括公司防火墙和广告拦截插件)后重试。',
        '换一个浏览器或另一台设备(包括平台手机 App)访问,排除浏览器本身的问题。',
        '重启路由器或光猫;如果办公室多台设备都有问题,请联系网络运营商。',
      ],
      ru: [
        'Откройте любой другой сайт (например, новостной). Если он тоже не открывается, проблема в вашем подключении, а не в кабинете продавца.',
        'Подключитесь к другой сети — быстрее всего раздать интернет с телефона (4G/5G) — и повторите действие, которое не получилось. Если так всё работает, причина в вашей сети; если ошибка та же — на стороне аккаунта или площадки.',
        'Отключите VPN, прокси и программы фильтрации трафика (в том числе корпоративный файрвол и блокировщики рекламы) и попробуйте снова.',
        'Попробуйте другой браузер или другое устройство (подойдёт и мобильное приложение площадки), чтобы исключить сам браузер.',
        'Перезагрузите роутер или модем; если проблема на нескольких устройствах в офисе, обратитесь к интернет-провайдеру.',
      ],
    },
    why: {
      en: 'The failures point to the connection between your computer and the platform: calls without an answer, timeouts, or errors on more than one back-office at once. Checking from the outside in — network first, then account, then platform — finds the cause fastest, and another network is the quickest test that tells a local fault from a platform one.',
      zh_CN: '检测到的故障指向您的电脑与平台之间的连接:请求无响应、超时,或多个平台后台同时出错。按“由外而内”的顺序排查——先网络,再账号,最后平台——能最快定位问题;换一个网络是区分本地问题和平台问题最快的方法。',
      ru: 'Сбои указывают на соединение между вашим компьютером и площадкой: запросы без ответа, тайм-ауты или ошибки сразу в нескольких кабинетах. Проверка «снаружи внутрь» — сначала сеть, потом аккаунт, потом площадка — быстрее всего находит причину, а другая сеть — самый быстрый способ отличить локальный сбой от сбоя площадки.',
    },
    sources: [
      { seed: '000_fde353b73497ec65', section: '常见问题解答 Q2;标准排查流程 · 基础检查 · 网络连接' },
      { seed: '001_06918e185e20043a', section: '应对系统出错的方法 · 检查网络连接' },
      { seed: '002_39eb7b43ec1b43f9', section: '第一步:保持冷静,核实情况 · 切换设备/网络' },
    ],
  },
  {
    id: 'platform-outage',
    scenario: 'ui-slow-error',
    stage: 'check',
    platforms: 'all',
    appliesWhen: [
      { on: 'conclusion', conclusions: ['the-platform'], weight: 70 },
      { on: 'meaning', meanings: ['server-error', 'maintenance'], weight: 40 },
      { on: 'status', statuses: [500, 502, 503, 504], weight: 25 },
      { on: 'error-code', codes: ['13', 'error_server', 'InternalFailure', 'ServiceUnavailable'], weight: 20 },
    ],
    title: {
      en: 'Check the platform’s status page and announcements',
      zh_CN: '查看平台状态页和系统公告',
      ru: 'Проверьте страницу статуса и объявления площадки',
    },
    steps: {
      en: [
        'Open the platform’s status or announcement page (the link is in the diagnosis): Amazon publishes the SP-API Health Dashboard; Shopee and Ozon post maintenance and incident notices as announcements.',
        'Ask in a seller community or chat whether other sellers see the same error right now — if they do, it is a platform-wide fault.',
        'Do not repeat bulk actions (mass price or stock updates, mass shipping) while the platform answers with server errors: retries add load and can leave changes half applied.',
        'Wait 15–30 minutes and try again; schedule heavy work outside peak hours.',
        'If the fault lasts or touches orders close to their deadline, send the Seller SOS support report with the evidence.',
      ],
      zh_CN: [
        '打开平台的状态页或公告页(链接见诊断结果):亚马逊提供 SP-API Health Dashboard(健康状态面板);Shopee 和 Ozon 以公告形式发布维护和故障通知。',
        '在卖家群或论坛里问一问,其他卖家此刻是否遇到同样的报错——如果是,说明是平台普遍性故障。',
        '平台返回服务器错误期间,不要重复执行批量操作(批量改价、改库存、批量发货):反复重试会加重平台负载,还可能导致修改只执行了一半。',
        '等待 15–30 分钟后再试;大批量操作尽量安排在非高峰时段。',
        '如果故障持续,或涉及即将到期的订单,请用 Seller SOS 生成故障报告并附上证据,提交给平台客服。',
      ],
      ru: [
        'Откройте страницу статуса или объявлений площадки (ссылка — в результатах диагностики): у Amazon это SP-API Health Dashboard; Shopee и Ozon публикуют сообщения о работах и сбоях в объявлениях.',
        'Спросите в сообществе или чате продавцов, видят ли другие ту же ошибку прямо сейчас: если да, это сбой всей площадки.',
        'Пока площадка отвечает ошибками сервера, не повторяйте массовые операции (массовое изменение цен и остатков, массовую отгрузку): повторы увеличивают нагрузку и могут оставить изменения применёнными наполовину.',
        'Подождите 15–30 минут и попробуйте снова; тяжёлые операции планируйте вне часов пик.',
        'Если сбой не проходит или касается заказов, у которых подходит срок, отправьте в поддержку отчёт Seller SOS с доказательствами.',
      ],
    },
    why: {
      en: 'Your connection works, but the back-office’s own servers answered with errors (5xx, maintenance). Platforms announce maintenance and known outages with an expected recovery time; knowing it saves you from changing settings that were never the problem.',
      zh_CN: '您的网络连接正常,但平台后台自身的服务器返回了错误(5xx 或维护中)。平台通常会在维护或已知故障时发布公告并给出预计恢复时间;先了解这一点,可以避免去修改本来没有问题的设置。',
      ru: 'Ваше подключение работает, но серверы кабинета продавца отвечали ошибками (5xx, технические работы). Площадки сообщают о работах и известных сбоях с ожидаемым временем восстановления — это избавит вас от изменения настроек, которые ни при чём.',
    },
    sources: [
      { seed: '000_fde353b73497ec65', section: '标准排查流程 · 基础检查 · 系统状态' },
      { seed: '001_06918e185e20043a', section: '应对系统出错的方法 · 检查系统公告' },
      { seed: '002_39eb7b43ec1b43f9', section: '第一步 · 询问同行' },
      { fact: 'status-pages' },
      { fact: 'rate-limits-and-server-errors' },
    ],
  },

  // ── Authorisation: 401/403 ───────────────────────────────────────────────────────────────────
  {
    id: 'reauthorise-amazon',
    scenario: 'api-connection',
    stage: 'fix',
    platforms: ['amazon'],
    appliesWhen: [
      { on: 'status', statuses: [401, 403], weight: 45 },
      { on: 'meaning', meanings: ['auth-expired', 'auth-invalid', 'permission'], weight: 35 },
      { on: 'error-code', codes: ['Unauthorized', 'invalid_grant'], weight: 30 },
      { on: 'conclusion', conclusions: ['your-account'], weight: 15 },
      { on: 'area', areas: ['account'], weight: 10 },
    ],
    title: {
      en: 'Sign in again and renew the Amazon authorisation',
      zh_CN: '重新登录并更新亚马逊授权',
      ru: 'Войдите заново и обновите авторизацию Amazon',
    },
    steps: {
      en: [
        'Sign out of Seller Central, sign in again (with two-step verification) and reload the page that failed.',
        'If you use an app or ERP connected to Amazon, open Seller Central › Apps and Services › Manage Your Apps and check its authorisation: public apps must be re-authorised every 365 days, and again whenever a role is added.',
        'Access tokens live only 1 hour and the app renews them itself. If “The access token you provided has expired” (HTTP 403 Unauthorized) keeps coming back, or the app reports invalid_grant, the renewal is failing: authorise the app again from its own settings.',
        'If you work as a secondary user, ask the account’s primary user to check your User Permissions for this page.',
        'Put a reminder in your calendar one month before the next re-authorisation date.',
      ],
      zh_CN: [
        '退出 Seller Central 后重新登录(完成两步验证),再刷新出错的页面。',
        '如果您使用了与亚马逊对接的应用或 ERP,打开 Seller Central › 应用和服务 › 管理您的应用,检查其授权状态:公开应用每 365 天必须重新授权一次,新增角色时也需要重新授权。',
        '访问令牌(access token)有效期只有 1 小时,由应用自动续期。如果反复出现 “The access token you provided has expired”(HTTP 403 Unauthorized),或应用提示 invalid_grant,说明续期失败,请在该应用的设置中重新授权。',
        '如果您使用的是子账号,请主账号检查您在该页面的用户权限(User Permissions)。',
        '在日历中设置提醒,在下一次重新授权日期前一个月处理。',
      ],
      ru: [
        'Выйдите из Seller Central, войдите снова (с двухэтапной проверкой) и обновите страницу, на которой была ошибка.',
        'Если вы пользуетесь приложением или ERP, подключённым к Amazon, откройте Seller Central › Apps and Services › Manage Your Apps и проверьте его авторизацию: публичные приложения нужно авторизовать заново каждые 365 дней, а также при добавлении роли.',
        'Токен доступа живёт всего 1 час, приложение обновляет его само. Если снова и снова приходит «The access token you provided has expired» (HTTP 403 Unauthorized) или приложение сообщает invalid_grant, обновление не работает: авторизуйте приложение заново в его настройках.',
        'Если вы работаете как дополнительный пользователь, попросите основного пользователя аккаунта проверить ваши права (User Permissions) на эту страницу.',
        'Поставьте напоминание в календарь за месяц до следующей повторной авторизации.',
      ],
    },
    why: {
      en: 'Failed calls answered 401/403 or Amazon’s Unauthorized code: the session or the app’s authorisation is no longer accepted. Amazon app authorisations expire after 365 days and access tokens after 1 hour, so an expired authorisation is the most common cause of this error — and the seller fixes it, not support.',
      zh_CN: '失败的请求返回了 401/403 或亚马逊的 Unauthorized 错误码:当前登录状态或应用授权已不再被接受。亚马逊应用授权 365 天到期,访问令牌 1 小时到期,授权过期是此类报错最常见的原因,需要卖家自己重新授权,而不是等待客服处理。',
      ru: 'Неудачные запросы вернули 401/403 или код Amazon Unauthorized: сессия или авторизация приложения больше не принимается. Авторизация приложений Amazon действует 365 дней, токен доступа — 1 час, поэтому истёкшая авторизация — самая частая причина этой ошибки, и исправляет её продавец, а не поддержка.',
    },
    sources: [
      { fact: 'authorisation-lifetimes' },
      { seed: '000_fde353b73497ec65', section: '标准排查流程 · 账号权限;常见问题解答 Q3' },
    ],
  },
  {
    id: 'reauthorise-shopee',
    scenario: 'api-connection',
    stage: 'fix',
    platforms: ['shopee'],
    appliesWhen: [
      { on: 'status', statuses: [401, 403], weight: 45 },
      { on: 'meaning', meanings: ['auth-expired', 'auth-invalid', 'permission'], weight: 35 },
      { on: 'error-code', codes: ['error_auth', 'invalid_access_token'], weight: 30 },
      { on: 'conclusion', conclusions: ['your-account'], weight: 15 },
      { on: 'area', areas: ['account'], weight: 10 },
    ],
    title: {
      en: 'Sign in again and renew the Shopee shop authorisation',
      zh_CN: '重新登录并更新 Shopee 店铺授权',
      ru: 'Войдите заново и обновите авторизацию магазина Shopee',
    },
    steps: {
      en: [
        'Sign out of Seller Centre, sign in again and reload the page that failed. In the China cross-border centre, sign in with the main account that owns the shop.',
        'If an app or ERP is connected to the shop, authorise the shop again in that app. An authorisation lasts the period chosen when it was granted (7, 30, 90, 180 or 365 days); Shopee sends an expiry notice 7 days before the end.',
        'Access tokens expire after 4 hours and are renewed with a refresh token valid for 30 days: if the app was not used for more than 30 days, “Invalid token” (error_auth) or invalid_access_token will persist until you authorise again.',
        'If only some staff see the error, check in the main account’s sub-account settings that their sub-accounts have permission for this page.',
        'When you authorise again, choose the longest period your company allows and put the end date in a calendar.',
      ],
      zh_CN: [
        '退出卖家中心后重新登录,并刷新出错的页面。如果是中国跨境卖家中心,请用拥有该店铺的主账号登录。',
        '如果店铺对接了应用或 ERP,请在该应用中重新授权店铺。授权有效期为授权时选择的期限(7、30、90、180 或 365 天);Shopee 会在到期前 7 天发送提醒。',
        '访问令牌 4 小时过期,通过有效期 30 天的刷新令牌自动续期:如果应用超过 30 天未使用,“Invalid token”(error_auth)或 invalid_access_token 会一直出现,直到重新授权。',
        '如果只有部分员工看到报错,请在主账号的子账号设置中检查他们的子账号是否拥有该页面的权限。',
        '重新授权时,选择公司允许的最长期限,并把到期日记入日历。',
      ],
      ru: [
        'Выйдите из Seller Centre, войдите снова и обновите страницу, на которой была ошибка. В китайском кросс-бордер центре входите под основным аккаунтом, которому принадлежит магазин.',
        'Если к магазину подключено приложение или ERP, авторизуйте магазин в нём заново. Авторизация действует срок, выбранный при подключении (7, 30, 90, 180 или 365 дней); Shopee присылает уведомление за 7 дней до окончания.',
        'Токен доступа истекает через 4 часа и обновляется refresh-токеном, который действует 30 дней: если приложением не пользовались дольше 30 дней, «Invalid token» (error_auth) или invalid_access_token будут повторяться, пока вы не авторизуете магазин заново.',
        'Если ошибку видят только некоторые сотрудники, проверьте в настройках субаккаунтов основного аккаунта, есть ли у их субаккаунтов доступ к этой странице.',
        'При повторной авторизации выберите максимальный срок, допустимый в вашей компании, и внесите дату окончания в календарь.',
      ],
    },
    why: {
      en: 'Failed calls answered 401/403 or Shopee’s error_auth / invalid_access_token: the session or the shop authorisation has expired. Shopee authorisations end after the period the seller picked and tokens after 4 hours, so authorising again fixes it; waiting does not.',
      zh_CN: '失败的请求返回了 401/403 或 Shopee 的 error_auth / invalid_access_token:登录状态或店铺授权已过期。Shopee 授权在卖家所选期限结束后失效,令牌 4 小时过期,因此需要重新授权,等待并不能解决。',
      ru: 'Неудачные запросы вернули 401/403 или коды Shopee error_auth / invalid_access_token: истекла сессия или авторизация магазина. Авторизация Shopee заканчивается через выбранный продавцом срок, токены — через 4 часа, поэтому помогает повторная авторизация, а не ожидание.',
    },
    sources: [
      { fact: 'authorisation-lifetimes' },
      { seed: '000_fde353b73497ec65', section: '标准排查流程 · 账号权限;常见问题解答 Q3' },
    ],
  },
  {
    id: 'check-api-key-ozon',
    scenario: 'api-connection',
    stage: 'fix',
    platforms: ['ozon'],
    appliesWhen: [
      { on: 'status', statuses: [401, 403], weight: 45 },
      { on: 'meaning', meanings: ['auth-expired', 'auth-invalid', 'permission'], weight: 35 },
      { on: 'error-code', codes: ['7'], weight: 30 },
      { on: 'conclusion', conclusions: ['your-account'], weight: 15 },
      { on: 'area', areas: ['account'], weight: 10 },
    ],
    title: {
      en: 'Sign in again and check the Ozon API key and its role',
      zh_CN: '重新登录并检查 Ozon API 密钥及其角色',
      ru: 'Войдите заново и проверьте API-ключ Ozon и его роль',
    },
    steps: {
      en: [
        'Sign out of Ozon Seller, sign in again and reload the page that failed.',
        'Open Settings › API keys (seller.ozon.ru/app/settings/api-keys) and find the key your tools use: it must be active — not deactivated or deleted.',
        'Check the key’s role: “Api-Key is missing a required role” means the key works but may not perform this action. Create a key with the role the tool needs and replace it there (tools send it together with your Client-Id).',
        'Ozon keys have no expiry date, so “Invalid Api-Key” or “Api-key is deactivated” (HTTP 403) means the key was changed, deleted or switched off in the account: find out who did it before creating a new one.',
        'Never paste API keys into chats, tickets or screenshots; Seller SOS removes them from its reports.',
      ],
      zh_CN: [
        '退出 Ozon 卖家后台后重新登录,并刷新出错的页面。',
        '打开 设置 › API 密钥(seller.ozon.ru/app/settings/api-keys),找到工具正在使用的密钥:必须处于启用状态,未被停用或删除。',
        '检查密钥的角色:“Api-Key is missing a required role” 表示密钥有效,但无权执行该操作。请创建具有所需角色的新密钥,并在工具中替换(工具会同时发送您的 Client-Id)。',
        'Ozon 密钥没有有效期,因此出现 “Invalid Api-Key” 或 “Api-key is deactivated”(HTTP 403)说明密钥在账号中被修改、删除或停用:在新建密钥之前,先弄清楚是谁操作的。',
        '切勿把 API 密钥粘贴到聊天、工单或截图中;Seller SOS 生成的报告会自动去除密钥。',
      ],
      ru: [
        'Выйдите из кабинета Ozon Seller, войдите снова и обновите страницу, на которой была ошибка.',
        'Откройте Настройки › API-ключи (seller.ozon.ru/app/settings/api-keys) и найдите ключ, которым пользуются ваши сервисы: он должен быть активен — не деактивирован и не удалён.',
        'Проверьте роль ключа: «Api-Key is missing a required role» означает, что ключ рабочий, но на это действие у него нет прав. Создайте ключ с нужной ролью и замените его в сервисе (сервис передаёт его вместе с вашим Client-Id).',
        'У ключей Ozon нет срока действия, поэтому «Invalid Api-Key» или «Api-key is deactivated» (HTTP 403) значит, что ключ изменили, удалили или отключили в аккаунте: прежде чем создавать новый, выясните, кто это сделал.',
        'Никогда не вставляйте API-ключи в чаты, обращения и скриншоты; Seller SOS удаляет их из своих отчётов.',
      ],
    },
    why: {
      en: 'Failed calls answered 401/403 or Ozon’s authorisation error: Ozon checks the Client-Id and Api-Key pair and the key’s role on every call. Keys do not expire by themselves, so a refused key was deactivated, deleted or lacks a role — all of which you can check in the account’s settings.',
      zh_CN: '失败的请求返回了 401/403 或 Ozon 的授权错误:Ozon 每次调用都会校验 Client-Id 与 Api-Key 以及密钥的角色。密钥本身不会过期,被拒绝说明它已被停用、删除或缺少角色——这些都可以在账号设置中自行检查。',
      ru: 'Неудачные запросы вернули 401/403 или ошибку авторизации Ozon: при каждом запросе Ozon проверяет пару Client-Id и Api-Key и роль ключа. Сами ключи не истекают, значит, отклонённый ключ деактивирован, удалён или у него нет нужной роли — всё это можно проверить в настройках аккаунта.',
    },
    sources: [
      { fact: 'authorisation-lifetimes' },
      { seed: '000_fde353b73497ec65', section: '标准排查流程 · 账号权限' },
    ],
  },

  // ── Rate limits: 429 ─────────────────────────────────────────────────────────────────────────
  {
    id: 'rate-limit-amazon',
    scenario: 'api-connection',
    stage: 'fix',
    platforms: ['amazon'],
    appliesWhen: [
      { on: 'status', statuses: [429], weight: 45 },
      { on: 'meaning', meanings: ['rate-limited'], weight: 40 },
      { on: 'error-code', codes: ['QuotaExceeded'], weight: 30 },
      { on: 'conclusion', conclusions: ['your-account'], weight: 10 },
    ],
    title: {
      en: 'Slow down and batch: Amazon request quota exceeded',
      zh_CN: '降低频率、分批处理:亚马逊请求配额已用尽',
      ru: 'Снизьте частоту и работайте пакетами: превышена квота запросов Amazon',
    },
    steps: {
      en: [
        'Stop repeating the action that failed and wait a minute: “You exceeded your quota for the requested resource” (HTTP 429 QuotaExceeded) clears by itself as the quota refills.',
        'Make bulk changes in one go instead of many single edits: use inventory or price upload files (spreadsheet templates) rather than editing listings one by one.',
        'Check which apps work on your account at the same time (repricers, ERPs, analytics) and stagger their schedules or pause the ones you do not need: each has a quota per operation, and a misbehaving one keeps hitting it.',
        'Ask the app’s developer to read the x-amzn-RateLimit-Limit header and back off when Amazon answers 429.',
        'Plan bulk work outside peak hours.',
      ],
      zh_CN: [
        '停止重复失败的操作,等待一分钟:“You exceeded your quota for the requested resource”(HTTP 429 QuotaExceeded)会随着配额恢复自动消失。',
        '批量修改一次性完成,而不是逐条编辑:用库存或价格上传文件(表格模板)代替一条条修改商品。',
        '检查有哪些应用同时在操作您的账号(调价工具、ERP、数据分析等),错开它们的运行时间或暂停不需要的应用:每个应用的每项操作都有配额,出问题的应用会一直撞上限。',
        '请应用开发者读取 x-amzn-RateLimit-Limit 响应头,在亚马逊返回 429 时主动降速。',
        '大批量操作安排在非高峰时段进行。',
      ],
      ru: [
        'Перестаньте повторять неудавшееся действие и подождите минуту: «You exceeded your quota for the requested resource» (HTTP 429 QuotaExceeded) проходит само, когда квота восстанавливается.',
        'Делайте массовые изменения за один раз, а не множеством отдельных правок: используйте файлы загрузки остатков и цен (шаблоны таблиц) вместо редактирования товаров по одному.',
        'Проверьте, какие приложения работают с вашим аккаунтом одновременно (репрайсеры, ERP, аналитика), разнесите их расписания или приостановите ненужные: у каждого есть квота на каждую операцию, и сбоящее приложение постоянно в неё упирается.',
        'Попросите разработчика приложения учитывать заголовок x-amzn-RateLimit-Limit и снижать частоту, когда Amazon отвечает 429.',
        'Планируйте массовые операции вне часов пик.',
      ],
    },
    why: {
      en: 'The failed calls were refused with HTTP 429 QuotaExceeded: Amazon limits how many requests each operation accepts per second. Nothing is broken — the calls come too fast — so spreading and batching them is the fix; repeating them only keeps the quota empty.',
      zh_CN: '失败的请求被 HTTP 429 QuotaExceeded 拒绝:亚马逊限制每项操作每秒可接受的请求数。系统并没有坏,只是请求太快,所以分散、分批处理才是解决办法;反复重试只会让配额一直处于用尽状态。',
      ru: 'Неудачные запросы отклонены с HTTP 429 QuotaExceeded: Amazon ограничивает число запросов к каждой операции в секунду. Ничего не сломано — запросы идут слишком часто, поэтому решение — распределять их и объединять в пакеты; повторы только не дают квоте восстановиться.',
    },
    sources: [
      { fact: 'rate-limits-and-server-errors' },
      { seed: '000_fde353b73497ec65', section: 'API连接频繁断开' },
      { seed: '001_06918e185e20043a', section: '优化操作流程 · 避免高峰时段操作' },
    ],
  },
  {
    id: 'rate-limit-shopee',
    scenario: 'api-connection',
    stage: 'fix',
    platforms: ['shopee'],
    appliesWhen: [
      { on: 'status', statuses: [429], weight: 45 },
      { on: 'meaning', meanings: ['rate-limited'], weight: 40 },
      { on: 'error-code', codes: ['error_too_many_request'], weight: 30 },
      { on: 'conclusion', conclusions: ['your-account'], weight: 10 },
    ],
    title: {
      en: 'Slow down and batch: too many requests to Shopee',
      zh_CN: '降低频率、分批处理:Shopee 请求过多',
      ru: 'Снизьте частоту и работайте пакетами: слишком много запросов к Shopee',
    },
    steps: {
      en: [
        'Stop repeating the action that failed and wait a few minutes before trying again.',
        'Pause the apps and ERPs that sync with the shop, then resume them one at a time with their sync intervals spread out: all of them count against the shop’s limits.',
        'Use Seller Centre’s mass-update tools (batch edit, mass upload) instead of many single changes.',
        'If an app sent more than 1,000 requests a minute, Shopee’s rules ban it for an hour: wait the hour out instead of restarting it again and again.',
        'Schedule big updates outside campaign peaks (such as double-date sales), when traffic is highest.',
      ],
      zh_CN: [
        '停止重复失败的操作,等几分钟后再试。',
        '暂停与店铺同步的应用和 ERP,然后逐个恢复,并错开它们的同步间隔:它们的请求都计入店铺的限额。',
        '使用卖家中心的批量工具(批量编辑、批量上传)代替大量单条修改。',
        '如果某个应用每分钟请求超过 1,000 次,按 Shopee 规则会被封禁一小时:请等满一小时,不要反复重启它。',
        '大批量更新要避开大促高峰(如双数日大促),那时流量最高。',
      ],
      ru: [
        'Перестаньте повторять неудавшееся действие и подождите несколько минут, прежде чем пробовать снова.',
        'Приостановите приложения и ERP, которые синхронизируются с магазином, затем включайте их по одному, разнеся интервалы синхронизации: все они расходуют лимиты магазина.',
        'Пользуйтесь инструментами массового изменения в Seller Centre (массовое редактирование, массовая загрузка) вместо множества отдельных правок.',
        'Если приложение отправило больше 1 000 запросов в минуту, по правилам Shopee оно блокируется на час: дождитесь окончания часа, а не перезапускайте его снова и снова.',
        'Планируйте крупные обновления вне пиков распродаж (например, акций в «двойные» даты), когда нагрузка максимальна.',
      ],
    },
    why: {
      en: 'The failed calls were refused as too many requests (HTTP 429 / error_too_many_request). Shopee limits the request rate and, under its published rules, bans a partner app for an hour past 1,000 requests a minute; slowing down and batching brings the shop back, while retries only add to the count.',
      zh_CN: '失败的请求因请求过多被拒绝(HTTP 429 / error_too_many_request)。Shopee 限制请求频率,按其公开规则,合作应用每分钟超过 1,000 次请求会被封禁一小时;降低频率、分批处理才能让店铺恢复,反复重试只会增加请求次数。',
      ru: 'Неудачные запросы отклонены из-за слишком большого числа запросов (HTTP 429 / error_too_many_request). Shopee ограничивает частоту запросов и по опубликованным правилам блокирует приложение-партнёра на час, если оно превысило 1 000 запросов в минуту; магазин вернёт к работе снижение частоты и пакетная обработка, а повторы лишь увеличивают счёт.',
    },
    sources: [
      { fact: 'rate-limits-and-server-errors' },
      { seed: '000_fde353b73497ec65', section: 'API连接频繁断开' },
      { seed: '002_39eb7b43ec1b43f9', section: '二、可能原因 · 数据处理延迟(大促期间)' },
    ],
  },
  {
    id: 'rate-limit-ozon',
    scenario: 'api-connection',
    stage: 'fix',
    platforms: ['ozon'],
    appliesWhen: [
      { on: 'status', statuses: [429], weight: 45 },
      { on: 'meaning', meanings: ['rate-limited'], weight: 40 },
      { on: 'error-code', codes: ['8'], weight: 30 },
      { on: 'conclusion', conclusions: ['your-account'], weight: 10 },
    ],
    title: {
      en: 'Slow down and batch: Ozon request rate limit',
      zh_CN: '降低频率、分批处理:触发 Ozon 请求频率限制',
      ru: 'Снизьте частоту и работайте пакетами: лимит запросов Ozon',
    },
    steps: {
      en: [
        'Stop repeating the action and wait a minute: “You have reached request rate limit per second” (HTTP 429, code 8) clears as soon as the rate drops.',
        'Check whether several services work with your account at the same time through the API (an ERP, a repricer, an analytics tool): their requests add up. Stagger their schedules or pause the ones you do not need.',
        'For mass price, stock or product changes, use the back-office’s bulk tools (Excel templates) instead of many single edits.',
        'Process large batches of postings in parts — by warehouse or shipment date, for example — instead of all at once.',
        'Avoid peak hours for heavy operations.',
      ],
      zh_CN: [
        '停止重复操作,等待一分钟:“You have reached request rate limit per second”(HTTP 429,错误码 8)会在请求频率降下来后立即消失。',
        '检查是否有多个服务同时通过 API 操作您的账号(ERP、调价工具、数据分析工具等):它们的请求会叠加计算。错开它们的运行时间,或暂停不需要的服务。',
        '批量修改价格、库存或商品时,使用后台的批量工具(Excel 模板),而不是逐条修改。',
        '大批订单分批处理,例如按仓库或发货日期分组,而不是一次全部处理。',
        '大批量操作避开高峰时段。',
      ],
      ru: [
        'Перестаньте повторять действие и подождите минуту: «You have reached request rate limit per second» (HTTP 429, код 8) проходит, как только частота запросов снижается.',
        'Проверьте, не работают ли с вашим аккаунтом через API одновременно несколько сервисов (ERP, репрайсер, аналитика): их запросы суммируются. Разнесите их расписания или приостановите ненужные.',
        'Для массового изменения цен, остатков и товаров используйте массовые инструменты кабинета (шаблоны Excel), а не множество отдельных правок.',
        'Обрабатывайте большие партии отправлений частями — например, по складам или датам отгрузки, — а не все сразу.',
        'Не запускайте тяжёлые операции в часы пик.',
      ],
    },
    why: {
      en: 'The failed calls were refused with Ozon’s code 8, the per-second request rate limit. The limit protects Ozon’s servers: requests sent more slowly and in batches go through, while repeated attempts keep hitting it.',
      zh_CN: '失败的请求被 Ozon 的错误码 8 拒绝,即每秒请求频率限制。该限制用于保护 Ozon 服务器:放慢速度、分批发送的请求可以正常通过,反复重试只会一直触发限制。',
      ru: 'Неудачные запросы отклонены с кодом Ozon 8 — это лимит запросов в секунду. Лимит защищает серверы Ozon: запросы, отправленные реже и пакетами, проходят, а повторные попытки снова в него упираются.',
    },
    sources: [
      { fact: 'rate-limits-and-server-errors' },
      { seed: '001_06918e185e20043a', section: '优化操作流程 · 分批次处理订单,避免高峰时段' },
    ],
  },
  {
    id: 'api-connection-dropping',
    scenario: 'api-connection',
    stage: 'fix',
    platforms: 'all',
    appliesWhen: [
      { on: 'meaning', meanings: ['network', 'timeout'], weight: 20 },
      { on: 'meaning', meanings: ['rate-limited', 'auth-invalid'], weight: 12 },
      { on: 'kind', kinds: ['network-error'], weight: 5 },
    ],
    title: {
      en: 'Find what keeps breaking the connection: quotas, keys and third-party tools',
      zh_CN: '查明连接频繁中断的原因:调用限额、密钥和第三方工具',
      ru: 'Найдите, что обрывает соединение: лимиты, ключи и сторонние сервисы',
    },
    steps: {
      en: [
        'List every tool connected to the shop (ERP, warehouse system, repricer, analytics) and check in each one whether its API quota is used up or it reports errors.',
        'Make sure the same API key or authorisation is not configured in two tools at once and has not leaked (shared in a chat, left in an old tool). If in doubt, reset the key and enter the new one only where it is needed.',
        'Look at how often the errors come and of what kind (Seller SOS lists them in its network log): a steady stream while one tool runs points to that tool’s integration.',
        'Pause third-party tools one at a time and see whether the errors stop; update or replace a tool that is not compatible with the platform’s current interface.',
        'Cut unnecessary calls (too-frequent sync intervals, duplicate jobs); if your volume genuinely needs more, apply to the platform for a higher quota.',
      ],
      zh_CN: [
        '列出与店铺对接的所有工具(ERP、仓储系统、调价工具、数据分析等),逐一检查其 API 调用限额是否用尽、是否在报错。',
        '确认同一个 API 密钥或授权没有同时配置在两个工具里,也没有泄露(在聊天中分享过、留在旧工具里)。如有疑问,重置密钥,只在需要的地方填写新密钥。',
        '查看报错的频率和类型(Seller SOS 的网络日志中有完整记录):如果某个工具运行时错误持续不断,问题多半出在它的对接上。',
        '逐个暂停第三方工具,观察报错是否停止;与平台当前接口不兼容的工具,请更新或更换。',
        '减少不必要的调用(过于频繁的同步间隔、重复任务);如果业务量确实需要,向平台申请提升调用限额。',
      ],
      ru: [
        'Составьте список всех сервисов, подключённых к магазину (ERP, складская система, репрайсер, аналитика), и проверьте в каждом, не исчерпан ли лимит API и нет ли ошибок.',
        'Убедитесь, что один и тот же API-ключ или авторизация не настроены сразу в двух сервисах и не утекли (не пересылались в чатах, не остались в старом сервисе). Если есть сомнения, сбросьте ключ и укажите новый только там, где он нужен.',
        'Посмотрите, как часто и какие ошибки возникают (Seller SOS записывает их в сетевой журнал): постоянный поток ошибок, пока работает один сервис, указывает на его интеграцию.',
        'Приостанавливайте сторонние сервисы по одному и смотрите, прекратились ли ошибки; сервис, несовместимый с текущим API площадки, обновите или замените.',
        'Сократите лишние запросы (слишком частая синхронизация, дублирующиеся задачи); если объёму действительно нужно больше, запросите у площадки увеличение лимита.',
      ],
    },
    why: {
      en: 'Calls were dropped, timed out, refused as too many, or refused the key. The troubleshooting guide traces connections that keep dropping to used-up quotas, keys that leaked or are configured twice, and third-party tools that conflict with the platform — causes on your side that support cannot see.',
      zh_CN: '请求出现了断开、超时、请求过多或密钥被拒。故障排查指南把 API 连接频繁断开归结为调用限额用尽、密钥泄露或重复配置、第三方工具与平台冲突——这些都是客服看不到的、卖家这一侧的原因。',
      ru: 'Запросы обрывались, не дожидались ответа, отклонялись из-за частоты или из-за ключа. Руководство по устранению неполадок связывает частые обрывы соединения с исчерпанными лимитами, утёкшими или дважды настроенными ключами и конфликтующими сторонними сервисами — это причины на вашей стороне, которых поддержка не видит.',
    },
    sources: [
      { seed: '000_fde353b73497ec65', section: '六大典型故障场景 · API连接频繁断开' },
      { seed: '002_39eb7b43ec1b43f9', section: '二、可能原因 · 第三方工具冲突' },
    ],
  },

  // ── The six scenarios of the troubleshooting guide ───────────────────────────────────────────
  {
    id: 'product-sync-failed',
    scenario: 'product-sync',
    stage: 'fix',
    platforms: 'all',
    appliesWhen: [
      { on: 'area', areas: ['products'], weight: 50 },
      { on: 'meaning', meanings: ['invalid-request'], weight: 15 },
    ],
    title: {
      en: 'Product updates or listings fail',
      zh_CN: '商品同步或上架失败',
      ru: 'Не сохраняются изменения товаров или не проходит публикация',
    },
    steps: {
      en: [
        'Make the same change by hand in the back-office for one product. If it fails there too, the platform refuses it; if it works, the fault is in the tool that syncs your products.',
        'Check that the authorisation of the tool that syncs products is still valid, and authorise it again if in doubt.',
        'Check the product against the platform’s rules: category, required attributes, images (size, format, number), price and forbidden words.',
        'Open the sync log or task queue of your tool (or the platform’s upload report), find the exact error code for the rejected product and correct the product by that code.',
        'If the error is a quota or rate limit, wait until it resets and send the rest in smaller batches, or apply for a higher API quota.',
      ],
      zh_CN: [
        '在后台手动对一个商品做同样的修改。如果手动也失败,是平台拒绝了该修改;如果手动成功,问题出在同步商品的工具上。',
        '检查同步商品的工具授权是否仍然有效,如有疑问就重新授权。',
        '对照平台规则检查商品信息:类目、必填属性、图片(尺寸、格式、数量)、价格以及违禁词。',
        '在工具的“同步日志”或“任务队列”(或平台的上传报告)中找到被拒商品的具体错误码,按错误码修正商品信息。',
        '如果是调用限额或频率限制,等限制解除后分小批提交剩余商品,或申请提升 API 权限。',
      ],
      ru: [
        'Сделайте то же изменение вручную в кабинете для одного товара. Если и так не выходит, изменение отклоняет площадка; если выходит, сбой в сервисе, который синхронизирует товары.',
        'Проверьте, действует ли ещё авторизация сервиса синхронизации товаров, и при сомнениях авторизуйте его заново.',
        'Сверьте товар с правилами площадки: категория, обязательные атрибуты, изображения (размер, формат, количество), цена и запрещённые слова.',
        'Откройте журнал синхронизации или очередь задач вашего сервиса (или отчёт о загрузке на площадке), найдите точный код ошибки для отклонённого товара и исправьте товар по этому коду.',
        'Если ошибка — лимит запросов или квота, дождитесь сброса и отправьте остальное небольшими пакетами или запросите увеличение квоты API.',
      ],
    },
    why: {
      en: 'The failures are about products (listing, editing, catalogue calls). The troubleshooting guide’s first scenario: check the back-office by hand, check the authorisation, check the product data against the category rules, and read the exact error code before changing anything.',
      zh_CN: '出错的是商品相关功能(上架、编辑、商品目录调用)。按照故障排查指南的第一个场景:先确认后台手动操作是否正常,再检查授权,对照类目规则检查商品信息,并在改动之前先看清具体错误码。',
      ru: 'Сбои касаются товаров (публикация, редактирование, запросы к каталогу). Первый сценарий руководства: проверить кабинет вручную, проверить авторизацию, сверить данные товара с правилами категории и прочитать точный код ошибки, прежде чем что-то менять.',
    },
    sources: [
      { seed: '000_fde353b73497ec65', section: '六大典型故障场景 · 商品同步失败' },
      { seed: '001_06918e185e20043a', section: '常见系统错误类型 · 商品管理问题' },
    ],
  },
  {
    id: 'order-sync-interrupted',
    scenario: 'order-processing',
    stage: 'check',
    platforms: 'all',
    appliesWhen: [
      { on: 'reason', reasons: ['status-unchanged'], weight: 50 },
      { on: 'area', areas: ['orders'], weight: 25 },
    ],
    title: {
      en: 'Orders are missing or their status does not update',
      zh_CN: '订单抓取或状态更新中断',
      ru: 'Заказы не появляются или их статус не обновляется',
    },
    steps: {
      en: [
        'Open the order list in the back-office itself and compare it with what you expect: are the new orders there, and what status does each order’s own page show?',
        'If you work from an ERP or order tool, check its order sync settings (sync interval, which statuses are fetched) and start one sync by hand.',
        'Check that the tool’s API token is still valid and renew it if needed; check its connections to payment and logistics services too.',
        'Check your automation rules (automatic “mark as shipped”, for example): a wrong rule can move orders on or hold them back.',
        'If the back-office itself shows a status that has not changed for much longer than usual, record the order numbers and times and report them to support.',
      ],
      zh_CN: [
        '直接在平台后台打开订单列表,对照预期检查:新订单是否都在,每个订单的详情页显示的是什么状态?',
        '如果您使用 ERP 或订单工具,检查其订单同步设置(同步时间间隔、订单状态筛选),并手动触发一次同步。',
        '检查工具的 API 令牌是否仍然有效,必要时更新;同时确认其与支付网关、物流渠道的连接正常。',
        '核对订单处理规则(如自动标记发货)是否设置正确:错误的规则可能会把订单推进或卡住。',
        '如果平台后台本身显示的状态长时间没有变化(明显超过平时),记录订单号和时间,提交给客服。',
      ],
      ru: [
        'Откройте список заказов прямо в кабинете площадки и сравните с ожидаемым: есть ли новые заказы и какой статус показывает страница каждого заказа?',
        'Если вы работаете через ERP или сервис заказов, проверьте его настройки синхронизации заказов (интервал, какие статусы загружаются) и запустите синхронизацию вручную.',
        'Проверьте, действует ли ещё API-токен сервиса, и при необходимости обновите его; проверьте и его подключения к платёжным и логистическим сервисам.',
        'Проверьте правила автоматизации (например, автоматическую отметку «отгружено»): неверное правило может переводить заказы дальше или задерживать их.',
        'Если сам кабинет показывает статус, который не меняется гораздо дольше обычного, запишите номера заказов и время и сообщите в поддержку.',
      ],
    },
    why: {
      en: 'Orders stayed in one status much longer than usual, or order calls failed. The guide’s order scenario starts from the platform: confirm what the back-office really shows, then check the sync settings, tokens and rules of the tools in between.',
      zh_CN: '订单在同一状态停留的时间远超平时,或订单相关请求失败。按照指南中的订单场景,先以平台为准确认后台的真实显示,再检查中间工具的同步设置、令牌和处理规则。',
      ru: 'Заказы находятся в одном статусе намного дольше обычного, или запросы по заказам завершились ошибкой. Сценарий руководства для заказов начинается с площадки: убедиться, что на самом деле показывает кабинет, затем проверить настройки синхронизации, токены и правила промежуточных сервисов.',
    },
    sources: [
      { seed: '000_fde353b73497ec65', section: '六大典型故障场景 · 订单抓取与处理中断' },
      { seed: '001_06918e185e20043a', section: '常见系统错误类型 · 订单处理问题' },
      { seed: '002_39eb7b43ec1b43f9', section: '一、常见表现 · 订单状态卡顿/错误' },
    ],
  },
  {
    id: 'order-action-refused',
    scenario: 'order-processing',
    stage: 'fix',
    platforms: 'all',
    appliesWhen: [
      { on: 'meaning', meanings: ['conflict'], weight: 50 },
      { on: 'error-code', codes: ['POSTING_ALREADY_SHIPPED', 'HAS_INCORRECT_STATUS', 'TRANSITION_IS_NOT_POSSIBLE'], weight: 40 },
    ],
    title: {
      en: 'An order action is refused: reload the order before repeating it',
      zh_CN: '订单操作被拒绝:先刷新订单再重试',
      ru: 'Действие с заказом отклонено: обновите заказ, прежде чем повторять',
    },
    steps: {
      en: [
        'Open the order page again and read its current status: an error such as POSTING_ALREADY_SHIPPED or HAS_INCORRECT_STATUS usually means the order has already moved on.',
        'Do not repeat the action in a loop or from several tabs; each attempt can create a duplicate (a second tracking number, for example).',
        'Find out whether a colleague, another tab or a tool (ERP, automation rule) changed the order at the same time.',
        'If the status shown is wrong (the parcel was handed over but the order is not shipped, for example), record the order number, the status and the time and report it to support instead of forcing the change.',
      ],
      zh_CN: [
        '重新打开订单页,查看其当前状态:POSTING_ALREADY_SHIPPED 或 HAS_INCORRECT_STATUS 之类的错误通常表示订单已经进入下一状态。',
        '不要反复执行该操作,也不要在多个标签页中同时操作;每次尝试都可能产生重复记录(例如第二个物流单号)。',
        '确认是否有同事、其他标签页或工具(ERP、自动化规则)同时修改了该订单。',
        '如果显示的状态有误(例如包裹已交给承运商,但订单仍未显示发货),记录订单号、状态和时间并提交给客服,不要强行修改。',
      ],
      ru: [
        'Откройте страницу заказа заново и посмотрите текущий статус: ошибки вроде POSTING_ALREADY_SHIPPED или HAS_INCORRECT_STATUS обычно значат, что заказ уже перешёл дальше.',
        'Не повторяйте действие по кругу и из нескольких вкладок: каждая попытка может создать дубликат (например, второй трек-номер).',
        'Выясните, не менял ли заказ одновременно коллега, другая вкладка или сервис (ERP, правило автоматизации).',
        'Если статус показан неверно (например, посылка передана, а заказ не отмечен отгруженным), запишите номер заказа, статус и время и сообщите в поддержку, а не пытайтесь провести изменение силой.',
      ],
    },
    why: {
      en: 'The platform refused an order action as a conflict: the order is not in a status that allows it. Usually the action has already happened or something else changed the order; repeating it does not help and can create duplicates.',
      zh_CN: '平台以冲突为由拒绝了订单操作:订单当前的状态不允许该操作。通常该操作已经完成,或订单被其他操作修改过;重复执行无济于事,还可能产生重复记录。',
      ru: 'Площадка отклонила действие с заказом как конфликт: статус заказа его не допускает. Обычно действие уже выполнено или заказ изменили иначе; повтор не поможет и может создать дубликаты.',
    },
    sources: [
      { fact: 'rate-limits-and-server-errors' },
      { seed: '001_06918e185e20043a', section: '常见系统错误类型 · 订单处理问题(订单无法确认、订单状态错误)' },
      { seed: '002_39eb7b43ec1b43f9', section: '一、常见表现 · 无法标记“已发货”;物流单号录入失败/重复' },
    ],
  },
  {
    id: 'logistics-tracking-stale',
    scenario: 'logistics-tracking',
    stage: 'fix',
    platforms: 'all',
    appliesWhen: [{ on: 'area', areas: ['logistics'], weight: 50 }],
    title: {
      en: 'Tracking is not updating or tracking numbers are refused',
      zh_CN: '物流追踪信息不更新或物流单号录入失败',
      ru: 'Трекинг не обновляется или трек-номер не принимается',
    },
    steps: {
      en: [
        'Look the tracking number up on the carrier’s own website: if the carrier has no new scans either, the delay is at the carrier, not in the back-office.',
        'If the carrier shows updates the back-office does not, check the carrier connection in your tools (API key, account still active) and authorise it again.',
        'For a carrier or channel that is not integrated with the platform, enter the tracking information by hand or use the manual tracking option.',
        'If a tracking number will not save, do not enter it again and again (it can end up twice); record the order number, the tracking number and the time and report them to support.',
        'Keep the carrier’s handover receipt or pickup confirmation: it proves the parcel left on time if the order is later flagged as late.',
      ],
      zh_CN: [
        '直接在承运商官网查询物流单号:如果承运商也没有新的轨迹,延迟发生在承运商,而不是后台。',
        '如果承运商有更新而后台没有,检查工具中的物流商对接配置(API 密钥、账户是否有效),并重新授权物流商 API。',
        '对于未与平台集成的物流渠道,请手动录入物流信息或启用手动跟踪。',
        '如果物流单号无法保存,不要反复录入(可能出现重复);记录订单号、物流单号和时间,提交给客服。',
        '保留承运商的交接单或揽收凭证:日后订单如被判定为延迟发货,它能证明包裹按时发出。',
      ],
      ru: [
        'Проверьте трек-номер на сайте самого перевозчика: если и у перевозчика нет новых отметок, задержка у перевозчика, а не в кабинете.',
        'Если перевозчик показывает движение, а кабинет нет, проверьте подключение перевозчика в ваших сервисах (API-ключ, активен ли аккаунт) и авторизуйте его заново.',
        'Для перевозчика или канала, не интегрированного с площадкой, вносите данные отслеживания вручную или включите ручное отслеживание.',
        'Если трек-номер не сохраняется, не вводите его снова и снова (он может задвоиться); запишите номер заказа, трек-номер и время и сообщите в поддержку.',
        'Сохраните акт приёма-передачи или подтверждение забора от перевозчика: он докажет, что посылка ушла вовремя, если заказ потом отметят как просроченный.',
      ],
    },
    why: {
      en: 'The failures are about logistics and tracking. The guides check the carrier’s own data first, then the carrier integration; Shopee sellers also meet tracking numbers that cannot be entered or show twice — a record of what you shipped and when protects you until it is fixed.',
      zh_CN: '出错的是物流和追踪相关功能。指南要求先查承运商自己的数据,再查物流商对接;Shopee 卖家还会遇到物流单号录入失败或重复显示——在问题修复之前,记录下发了什么、何时发出,可以保护您的权益。',
      ru: 'Сбои касаются логистики и отслеживания. Руководства советуют сначала проверить данные самого перевозчика, затем интеграцию с ним; продавцы Shopee сталкиваются и с трек-номерами, которые не вводятся или задваиваются, — запись о том, что и когда отправлено, защищает вас до исправления.',
    },
    sources: [
      { seed: '000_fde353b73497ec65', section: '六大典型故障场景 · 物流追踪信息不更新' },
      { seed: '002_39eb7b43ec1b43f9', section: '一、常见表现 · 发货与物流信息混乱' },
    ],
  },
  {
    id: 'inventory-out-of-sync',
    scenario: 'inventory-sync',
    stage: 'fix',
    platforms: 'all',
    appliesWhen: [{ on: 'area', areas: ['inventory'], weight: 50 }],
    title: {
      en: 'Stock is out of sync or orders oversell',
      zh_CN: '库存数据不同步或超卖',
      ru: 'Остатки не совпадают или товар продаётся сверх наличия',
    },
    steps: {
      en: [
        'Compare the stock shown in the back-office (and in your tools) with a physical count in the warehouse for the products affected.',
        'Check the stock sync rules of your tools: reserved stock, safety stock, and what triggers a sync.',
        'Look for unprocessed or cancelled orders that still hold stock.',
        'Run one full stock sync, then raise the safety-stock threshold for fast sellers.',
        'Until the numbers agree, lower the stock shown or pause the listings at risk, so that nothing is sold that you cannot ship.',
      ],
      zh_CN: [
        '针对受影响的商品,将后台(及工具中)显示的库存与仓库实际物理库存逐一核对。',
        '检查工具中的库存同步规则:预留库存、安全库存以及同步触发条件。',
        '查看是否有未处理或已取消的订单仍占用着库存。',
        '执行一次全量库存同步,然后调高热销商品的安全库存阈值。',
        '在数字核对一致之前,调低显示库存或暂停有超卖风险的商品,避免卖出无法发货的商品。',
      ],
      ru: [
        'Сравните остатки в кабинете (и в ваших сервисах) с фактическим пересчётом на складе по затронутым товарам.',
        'Проверьте правила синхронизации остатков в ваших сервисах: резерв, страховой запас и что запускает синхронизацию.',
        'Поищите необработанные или отменённые заказы, которые всё ещё держат остаток.',
        'Запустите одну полную синхронизацию остатков, затем поднимите страховой запас для быстро продающихся товаров.',
        'Пока цифры не совпадут, уменьшите показываемый остаток или снимите с продажи рискованные товары, чтобы не продать то, что вы не сможете отправить.',
      ],
    },
    why: {
      en: 'The failures are about stock or inventory. Wrong stock figures turn into oversold orders, cancellations and penalties, so the guide reconciles against the physical count first and then fixes the sync rules.',
      zh_CN: '出错的是库存相关功能。库存数据错误会变成超卖、取消订单和处罚,因此指南先以仓库实际库存为准进行核对,再修正同步规则。',
      ru: 'Сбои касаются остатков или склада. Неверные остатки превращаются в продажи сверх наличия, отмены и штрафы, поэтому руководство сначала сверяет цифры с фактическим наличием, а затем исправляет правила синхронизации.',
    },
    sources: [
      { seed: '000_fde353b73497ec65', section: '六大典型故障场景 · 库存数据不同步或超卖' },
      { seed: '001_06918e185e20043a', section: '常见系统错误类型 · 商品管理问题(商品库存错误)' },
    ],
  },
  {
    id: 'ui-slow-or-erroring',
    scenario: 'ui-slow-error',
    stage: 'fix',
    platforms: 'all',
    appliesWhen: [
      { on: 'kind', kinds: ['slow-page', 'failed-load', 'console-error'], weight: 35 },
      { on: 'reason', reasons: ['endless-spinner', 'blank-main-area', 'asset-failed'], weight: 20 },
    ],
    title: {
      en: 'The back-office is slow, blank or shows errors',
      zh_CN: '后台页面访问缓慢或报错',
      ru: 'Кабинет продавца работает медленно, не загружается или выдаёт ошибки',
    },
    steps: {
      en: [
        'Refresh the page; if that does not help, sign out and sign in again.',
        'Open the same page in another browser (an up-to-date Chrome or Firefox) or on another device to see whether the fault is in your browser.',
        'Clear the cache and cookies of the back-office site only (you will be signed out), or try a private window with extensions turned off.',
        'Update the browser to its latest version; switch to another network if every site loads slowly.',
        'If it fails in every browser, on every device and network, it is a platform fault: check the announcements and send the report to support — Seller SOS has already recorded the console errors support will ask for.',
      ],
      zh_CN: [
        '刷新页面;如果无效,退出后重新登录。',
        '用另一个浏览器(最新版 Chrome 或 Firefox)或另一台设备打开同一页面,判断是否为本地浏览器问题。',
        '只清理后台网站的缓存和 Cookies(会退出登录),或在关闭扩展程序的无痕窗口中尝试。',
        '将浏览器更新到最新版本;如果所有网站加载都很慢,切换网络环境。',
        '如果在所有浏览器、设备和网络下都出错,就是平台故障:查看平台公告并把报告提交给客服——Seller SOS 已经记录了客服会索要的控制台报错。',
      ],
      ru: [
        'Обновите страницу; если не помогло, выйдите из кабинета и войдите снова.',
        'Откройте ту же страницу в другом браузере (актуальный Chrome или Firefox) или на другом устройстве, чтобы понять, не в браузере ли дело.',
        'Очистите кеш и cookie только для сайта кабинета (вы выйдете из аккаунта) или попробуйте приватное окно с отключёнными расширениями.',
        'Обновите браузер до последней версии; если медленно грузятся все сайты, подключитесь к другой сети.',
        'Если ошибка повторяется во всех браузерах, на всех устройствах и в любых сетях, это сбой площадки: проверьте объявления и отправьте отчёт в поддержку — Seller SOS уже записал ошибки консоли, о которых там спросят.',
      ],
    },
    why: {
      en: 'Pages loaded far slower than usual, stayed blank, kept spinning or logged script errors. The guides separate a local cause (browser, cache, extensions, network) from a platform one by trying another browser, device and network before contacting support.',
      zh_CN: '页面加载明显慢于平时、空白、一直转圈或出现脚本错误。指南通过更换浏览器、设备和网络来区分本地原因(浏览器、缓存、扩展、网络)和平台原因,然后再联系客服。',
      ru: 'Страницы грузились намного дольше обычного, оставались пустыми, бесконечно загружались или выдавали ошибки скриптов. Руководства отделяют локальную причину (браузер, кеш, расширения, сеть) от проблемы площадки, пробуя другой браузер, устройство и сеть, прежде чем обращаться в поддержку.',
    },
    sources: [
      { seed: '000_fde353b73497ec65', section: '六大典型故障场景 · 系统界面访问缓慢或报错' },
      { seed: '001_06918e185e20043a', section: '常见系统错误类型 · 页面加载问题;应对方法 · 刷新页面或重新登录' },
    ],
  },
  {
    id: 'seller-sos-page-not-read',
    scenario: 'ui-slow-error',
    stage: 'check',
    platforms: 'all',
    appliesWhen: [{ on: 'reason', reasons: ['structure-not-found', 'too-many-signals'], weight: 60 }],
    title: {
      en: 'Seller SOS could not read this page: check it yourself',
      zh_CN: 'Seller SOS 无法读取此页面:请人工确认',
      ru: 'Seller SOS не смог прочитать страницу: проверьте её сами',
    },
    steps: {
      en: [
        'Look at the orders page yourself: is the list really empty, still loading, or showing orders?',
        'If orders are shown but Seller SOS read none, the page layout has probably changed: Seller SOS keeps watching for errors and failed calls but cannot judge order deadlines on that page until it is updated.',
        'Check in your browser’s extension settings that Seller SOS is up to date.',
        'If the page produced a flood of errors, reload it once; if the flood continues, include the report in your ticket.',
      ],
      zh_CN: [
        '人工查看订单页面:列表是真的为空、仍在加载,还是显示了订单?',
        '如果页面显示了订单但 Seller SOS 一条也没读到,多半是页面结构改版了:Seller SOS 会继续监测报错和失败的请求,但在更新之前无法判断该页面上订单的发货时效。',
        '在浏览器的扩展程序设置中确认 Seller SOS 是最新版本。',
        '如果页面产生了大量报错,刷新一次;如果仍然大量报错,请在工单中附上报告。',
      ],
      ru: [
        'Посмотрите на страницу заказов сами: список действительно пуст, ещё загружается или заказы видны?',
        'Если заказы видны, а Seller SOS не прочитал ни одного, скорее всего, изменилась вёрстка страницы: Seller SOS продолжает следить за ошибками и неудачными запросами, но до обновления не сможет оценивать сроки заказов на этой странице.',
        'Проверьте в настройках расширений браузера, что Seller SOS обновлён до последней версии.',
        'Если страница выдала лавину ошибок, перезагрузите её один раз; если лавина продолжается, приложите отчёт к обращению.',
      ],
    },
    why: {
      en: 'Seller SOS says when it cannot see what it expects instead of going quiet: platforms change their pages in waves, and an empty list may be a fault or simply an empty list.',
      zh_CN: 'Seller SOS 看不到预期内容时会明确提示,而不是默不作声:平台会分批改版页面,空列表可能是故障,也可能确实没有订单。',
      ru: 'Seller SOS сообщает, когда не видит ожидаемого, а не молчит: площадки меняют страницы волнами, и пустой список может быть и сбоем, и просто пустым списком.',
    },
    sources: [{ fact: 'what-breaks-tools' }],
  },

  // ── Login, payment, promotion, data errors ───────────────────────────────────────────────────
  {
    id: 'login-problem',
    scenario: 'login',
    stage: 'fix',
    platforms: 'all',
    appliesWhen: [
      { on: 'area', areas: ['account'], weight: 40 },
      { on: 'meaning', meanings: ['auth-expired'], weight: 15 },
    ],
    title: {
      en: 'You cannot sign in or keep being signed out',
      zh_CN: '无法登录或频繁掉线',
      ru: 'Не получается войти или кабинет постоянно выходит из аккаунта',
    },
    steps: {
      en: [
        'Check the platform’s announcements for maintenance first: sign-in pages often fail during planned work.',
        'Clear the cookies of the back-office site only and sign in again; try another browser or a private window.',
        'Check the network: a VPN or proxy that changes your location can trigger extra security checks or block the sign-in.',
        'Make sure the device that receives your verification codes (phone, authenticator app) is at hand and its clock is correct.',
        'If you see orders, settings or sign-ins you do not recognise, change the password at once, turn on two-step verification and tell support: account security problems can also scramble order data.',
      ],
      zh_CN: [
        '先查看平台公告是否在维护:计划维护期间登录页经常无法使用。',
        '只清理后台网站的 Cookies 后重新登录;或换一个浏览器、使用无痕窗口尝试。',
        '检查网络:改变所在地区的 VPN 或代理可能触发额外的安全验证,甚至导致登录被拦截。',
        '确认接收验证码的设备(手机、身份验证器应用)在手边,并且其时间准确。',
        '如果发现不认识的订单、设置变更或登录记录,立即修改密码、开启两步验证并告知客服:账号安全问题也会导致订单数据错乱。',
      ],
      ru: [
        'Сначала проверьте объявления площадки о технических работах: во время плановых работ страницы входа часто не работают.',
        'Очистите cookie только для сайта кабинета и войдите снова; попробуйте другой браузер или приватное окно.',
        'Проверьте сеть: VPN или прокси, меняющие ваше местоположение, могут вызывать дополнительные проверки безопасности или блокировать вход.',
        'Убедитесь, что устройство для кодов подтверждения (телефон, приложение-аутентификатор) под рукой и время на нём верное.',
        'Если вы видите незнакомые заказы, изменения настроек или входы, немедленно смените пароль, включите двухэтапную проверку и сообщите в поддержку: проблемы с безопасностью аккаунта тоже могут путать данные заказов.',
      ],
    },
    why: {
      en: 'The failures are about signing in or the session. The Ozon guide lists login failures among the most common errors, caused by maintenance, network faults or account problems; the Shopee guide adds account security as a cause of order chaos.',
      zh_CN: '出错的是登录或会话相关功能。Ozon 指南把登录问题列为最常见的系统错误之一,原因包括系统维护、网络故障或账号问题;Shopee 指南还把账号安全列为订单错乱的原因之一。',
      ru: 'Сбои касаются входа или сессии. Руководство по Ozon называет проблемы со входом одними из самых частых ошибок — из-за технических работ, сбоев сети или проблем с аккаунтом; руководство по Shopee добавляет безопасность аккаунта как причину путаницы в заказах.',
    },
    sources: [
      { seed: '001_06918e185e20043a', section: '常见系统错误类型 · 登录问题' },
      { seed: '002_39eb7b43ec1b43f9', section: '二、可能原因 · 账号安全问题' },
    ],
  },
  {
    id: 'payment-check-account',
    scenario: 'payment',
    stage: 'stop-gap',
    platforms: 'all',
    appliesWhen: [
      { on: 'reason', reasons: ['unpaid-too-long'], weight: 70 },
      { on: 'order-status', statuses: ['UNPAID', 'Pending', 'PendingAvailability'], weight: 80 },
      { on: 'area', areas: ['finance'], weight: 25 },
    ],
    title: {
      en: 'An order shows unpaid: check your payment account, not the displayed status',
      zh_CN: '订单显示未付款:以收款账户为准,不要只看显示状态',
      ru: 'Заказ показан неоплаченным: проверьте платёжный счёт, а не статус на экране',
    },
    steps: {
      en: [
        'Do not act on the displayed status alone: if the buyer says they paid, check the money in your payment or receiving account (seller balance, wallet or payments report), or ask support to confirm the payment.',
        'Do not ship an order whose payment is not confirmed: Amazon keeps an order Pending while the payment is not authorised, for up to 21 days, and then cancels it; Shopee cancels unpaid orders automatically after the payment window.',
        'Do not cancel the order as unpaid while the payment is being checked: the buyer may already have been charged.',
        'Tell the buyer you are verifying the payment with the platform and that they should not pay a second time (Seller SOS has a ready message).',
        'Send support the order number, the status shown, the time, and what the buyer or your payment account shows.',
      ],
      zh_CN: [
        '不要只凭显示状态做决定:如果买家说已付款,请在收款账户(卖家余额、钱包或收款报表)中核实是否到账,或请客服确认付款。',
        '付款未确认的订单不要发货:亚马逊在付款未授权期间会将订单保持为 Pending,最长 21 天,之后自动取消;Shopee 会在付款期限过后自动取消未付款订单。',
        '核实付款期间,不要以未付款为由取消订单:买家可能已经被扣款。',
        '告诉买家您正在与平台核实付款,请勿重复付款(Seller SOS 提供现成的消息模板)。',
        '向客服提供订单号、显示的状态、时间,以及买家或收款账户显示的情况。',
      ],
      ru: [
        'Не принимайте решений только по статусу на экране: если покупатель говорит, что оплатил, проверьте поступление на вашем платёжном счёте (баланс продавца, кошелёк или отчёт о платежах) или попросите поддержку подтвердить оплату.',
        'Не отправляйте заказ, оплата которого не подтверждена: Amazon держит заказ в статусе Pending, пока платёж не авторизован, до 21 дня, а затем отменяет его; Shopee автоматически отменяет неоплаченные заказы по истечении срока оплаты.',
        'Не отменяйте заказ как неоплаченный, пока идёт проверка оплаты: деньги с покупателя уже могли списать.',
        'Сообщите покупателю, что вы проверяете оплату с площадкой и платить повторно не нужно (в Seller SOS есть готовое сообщение).',
        'Передайте в поддержку номер заказа, показанный статус, время и то, что видит покупатель или ваш платёжный счёт.',
      ],
    },
    why: {
      en: 'An order stayed unpaid longer than the platform’s payment window, or is shown as unpaid. The Shopee guide warns that a paid order can be shown as unpaid during system faults: the payment account, not the order status, tells you whether the money arrived.',
      zh_CN: '订单未付款的时间超过了平台的付款期限,或被显示为未付款。Shopee 指南提醒,系统故障时已付款订单可能显示为未付款:钱是否到账,要看收款账户,而不是订单状态。',
      ru: 'Заказ не оплачен дольше срока оплаты площадки или показан неоплаченным. Руководство по Shopee предупреждает: при сбоях оплаченный заказ может отображаться как неоплаченный — поступили ли деньги, показывает платёжный счёт, а не статус заказа.',
    },
    sources: [
      { seed: '002_39eb7b43ec1b43f9', section: '第四步 · 针对“待付款”订单;一、常见表现 · 付款状态异常' },
      { seed: '001_06918e185e20043a', section: '常见系统错误类型 · 支付问题' },
      { fact: 'statuses-and-time-limits' },
    ],
  },
  {
    id: 'settlement-refund-anomaly',
    scenario: 'payment',
    stage: 'fix',
    platforms: 'all',
    appliesWhen: [{ on: 'area', areas: ['finance'], weight: 45 }],
    title: {
      en: 'Refunds, payouts or settlement figures look wrong',
      zh_CN: '退款、回款或结算数据异常',
      ru: 'Возвраты, выплаты или суммы взаиморасчётов выглядят неверно',
    },
    steps: {
      en: [
        'Download the platform’s own finance report or statement for the period and compare it line by line with what the back-office page shows.',
        'List the order numbers, amounts and dates that differ; check currency conversion, fees and shipping charges before assuming an error.',
        'If a refund or return is stuck in one status, do not process it a second time by another route (a manual transfer to the buyer, for example).',
        'Send support the list of differences with screenshots of both figures.',
      ],
      zh_CN: [
        '下载平台自己的该期间财务报表或对账单,与后台页面显示的数据逐行比对。',
        '列出有差异的订单号、金额和日期;在认定出错之前,先检查汇率换算、平台费用和运费。',
        '如果退款或退货卡在某个状态,不要通过其他途径重复处理(例如手动转账给买家)。',
        '把差异清单连同两边数据的截图一起提交给客服。',
      ],
      ru: [
        'Скачайте собственный финансовый отчёт или выписку площадки за период и построчно сравните с тем, что показывает страница кабинета.',
        'Выпишите номера заказов, суммы и даты, которые расходятся; прежде чем считать это ошибкой, проверьте пересчёт валют, комиссии и стоимость доставки.',
        'Если возврат застрял в одном статусе, не проводите его второй раз другим путём (например, ручным переводом покупателю).',
        'Отправьте в поддержку список расхождений со скриншотами обеих цифр.',
      ],
    },
    why: {
      en: 'The failures are about payments, refunds or settlement. The Shopee and Ozon guides list stuck refunds and wrong settlement figures among system faults; the platform’s own report is the reference, and an exact list of differences is resolved faster than a general complaint.',
      zh_CN: '出错的是支付、退款或结算相关功能。Shopee 和 Ozon 的指南都把退款卡顿、结算数据偏差列为系统故障;以平台自己的报表为准,列出具体差异,比笼统的投诉处理得更快。',
      ru: 'Сбои касаются платежей, возвратов или взаиморасчётов. Руководства по Shopee и Ozon относят зависшие возвраты и неверные суммы к системным сбоям; эталон — собственный отчёт площадки, а точный список расхождений решается быстрее общей жалобы.',
    },
    sources: [
      { seed: '002_39eb7b43ec1b43f9', section: '一、常见表现 · 支付与财务异常' },
      { seed: '001_06918e185e20043a', section: '常见系统错误类型 · 支付问题' },
    ],
  },
  {
    id: 'promotion-misbehaving',
    scenario: 'promotion',
    stage: 'fix',
    platforms: 'all',
    appliesWhen: [{ on: 'area', areas: ['promotions'], weight: 50 }],
    title: {
      en: 'A promotion, voucher or discount does not work as set',
      zh_CN: '促销活动、优惠券或折扣未按设置生效',
      ru: 'Акция, купон или скидка работают не так, как настроены',
    },
    steps: {
      en: [
        'Check the promotion’s settings: start and end time (and their time zone), eligible products, stock reserved for the promotion, and overlapping promotions.',
        'Open the product page as a buyer would (in a private window) and check the price and voucher actually shown.',
        'If the promotion sells at a wrong price, pause it first and investigate afterwards, so that no more orders are taken at that price.',
        'Promotion statistics can lag during big campaigns: compare them with the order export before acting on them.',
        'Record the promotion ID, the products, what you set and what buyers see, with screenshots, and send it to support.',
      ],
      zh_CN: [
        '检查促销设置:开始和结束时间(及其所用时区)、参与商品、为活动预留的库存,以及是否与其他活动重叠。',
        '以买家身份(在无痕窗口中)打开商品页,查看实际显示的价格和优惠券。',
        '如果活动以错误价格售卖,先暂停活动再排查,避免继续以该价格成交。',
        '大促期间活动数据统计可能延迟:据此做决定之前,先与订单导出数据进行比对。',
        '记录活动 ID、商品、您的设置和买家看到的内容,截图后提交给客服。',
      ],
      ru: [
        'Проверьте настройки акции: время начала и окончания (и их часовой пояс), участвующие товары, зарезервированный под акцию остаток и пересечения с другими акциями.',
        'Откройте карточку товара так, как её видит покупатель (в приватном окне), и проверьте фактическую цену и купон.',
        'Если акция продаёт по неверной цене, сначала приостановите её, а разбирайтесь потом, чтобы больше не принимать заказы по этой цене.',
        'Во время крупных распродаж статистика акций может запаздывать: прежде чем действовать по ней, сверьте её с выгрузкой заказов.',
        'Запишите ID акции, товары, что вы настроили и что видят покупатели, сделайте скриншоты и отправьте в поддержку.',
      ],
    },
    why: {
      en: 'The failures are about promotions or marketing tools. The Shopee guide lists vouchers that cannot be set or do not apply, and wrong campaign statistics, among system faults; a wrong price costs money with every order, so stop it first.',
      zh_CN: '出错的是促销或营销工具相关功能。Shopee 指南把优惠券无法设置或不生效、活动数据统计错误列为系统故障;价格错误每成交一单都在亏钱,所以要先止损。',
      ru: 'Сбои касаются акций или маркетинговых инструментов. Руководство по Shopee относит к системным сбоям купоны, которые не настраиваются или не применяются, и неверную статистику акций; неверная цена стоит денег с каждым заказом, поэтому сначала остановите потери.',
    },
    sources: [{ seed: '002_39eb7b43ec1b43f9', section: '一、常见表现 · 促销活动与营销工具失灵' }],
  },
  {
    id: 'data-compare-raw',
    scenario: 'data-error',
    stage: 'check',
    platforms: 'all',
    appliesWhen: [{ on: 'reason', reasons: ['list-detail-mismatch'], weight: 45 }],
    title: {
      en: 'Data looks wrong: compare it with the platform’s raw data',
      zh_CN: '数据显示错误:以平台原始数据为准进行比对',
      ru: 'Данные выглядят неверно: сверьте их с исходными данными площадки',
    },
    steps: {
      en: [
        'Treat the platform’s own data as the reference: the order’s detail page and an export (order report) from the back-office.',
        'Export the affected orders and compare the fields that disagree (status, amount, quantity, delivery details) with what the list, your tools and your own records show.',
        'If your tools show different figures, check their currency conversion, tax and shipping-fee rules and the sync log of that order.',
        'Do not edit or cancel orders on the strength of a figure you have not confirmed.',
        'Report each difference to support with both values, the order number and the time you saw it.',
      ],
      zh_CN: [
        '以平台自己的数据为准:订单详情页,以及从后台导出的订单报表。',
        '导出受影响的订单,将不一致的字段(状态、金额、数量、收货信息)与列表、工具及您自己的记录逐一比对。',
        '如果工具中的数据不同,检查其货币转换、税费计算和运费规则的设置,并查看该订单的同步日志。',
        '不要根据尚未核实的数据修改或取消订单。',
        '把每一处差异连同两边的数值、订单号和发现时间提交给客服。',
      ],
      ru: [
        'Считайте эталоном собственные данные площадки: страницу заказа и выгрузку (отчёт по заказам) из кабинета.',
        'Выгрузите затронутые заказы и сравните расходящиеся поля (статус, сумма, количество, данные доставки) с тем, что показывают список, ваши сервисы и ваш собственный учёт.',
        'Если ваши сервисы показывают другие цифры, проверьте в них правила пересчёта валют, налогов и стоимости доставки и журнал синхронизации этого заказа.',
        'Не меняйте и не отменяйте заказы на основании цифры, которую вы не проверили.',
        'Сообщите в поддержку о каждом расхождении: оба значения, номер заказа и время, когда вы его увидели.',
      ],
    },
    why: {
      en: 'The same order was shown with different statuses on the list and on its own page. The troubleshooting guide resolves data errors by comparing with the platform’s raw data and following the order through the sync log, because mapping errors and rule conflicts — not lost data — are the usual cause.',
      zh_CN: '同一订单在列表和订单详情页上显示了不同的状态。故障排查指南处理数据错误的方法是以平台原始数据为准进行比对,并沿同步日志追踪该订单,因为常见原因是映射错误或规则冲突,而不是数据丢失。',
      ru: 'Один и тот же заказ показан в списке и на своей странице с разными статусами. Руководство по устранению неполадок решает ошибки данных сверкой с исходными данными площадки и прослеживанием заказа по журналу синхронизации: обычно причина — ошибки сопоставления и конфликты правил, а не потеря данных.',
    },
    sources: [
      { seed: '000_fde353b73497ec65', section: '常见问题解答 Q4' },
      { seed: '002_39eb7b43ec1b43f9', section: '一、常见表现 · 订单详情错误' },
    ],
  },
  {
    id: 'duplicate-order-shown',
    scenario: 'data-error',
    stage: 'fix',
    platforms: 'all',
    appliesWhen: [{ on: 'reason', reasons: ['duplicate'], weight: 60 }],
    title: {
      en: 'An order is shown twice: fulfil it once',
      zh_CN: '同一订单重复显示:只履约一次',
      ru: 'Заказ показан дважды: выполните его один раз',
    },
    steps: {
      en: [
        'Compare the order numbers: the same number shown twice is one order displayed twice; do not pack or ship it twice.',
        'Open the order’s own page to see its single, current status and contents.',
        'If two different order numbers have identical contents, check with the buyer through the platform’s chat before shipping both.',
        'Record the order number and a screenshot of the list with the duplicate, and report it to support.',
      ],
      zh_CN: [
        '核对订单号:同一订单号显示两次,就是同一个订单被重复显示;不要重复打包或发货。',
        '打开该订单的详情页,查看其唯一的当前状态和商品内容。',
        '如果两个不同订单号的内容完全相同,先通过平台聊天工具与买家确认,再决定是否都发货。',
        '记录订单号,截取显示重复的列表截图,提交给客服。',
      ],
      ru: [
        'Сравните номера заказов: один и тот же номер, показанный дважды, — это один заказ; не собирайте и не отправляйте его дважды.',
        'Откройте страницу самого заказа, чтобы увидеть его единственный текущий статус и состав.',
        'Если у двух разных номеров заказов одинаковый состав, прежде чем отправлять оба, уточните у покупателя через чат площадки.',
        'Запишите номер заказа, сделайте скриншот списка с дублем и сообщите в поддержку.',
      ],
    },
    why: {
      en: 'Seller SOS saw the same order number more than once on one list. The Shopee guide lists duplicated orders among order-system faults; shipping twice costs a whole parcel, so the order number decides, not the number of rows.',
      zh_CN: 'Seller SOS 在同一个列表中多次看到同一订单号。Shopee 指南把订单重复显示列为订单系统错乱的表现之一;重复发货会白白损失一个包裹,所以以订单号为准,而不是以列表行数为准。',
      ru: 'Seller SOS увидел один и тот же номер заказа в списке больше одного раза. Руководство по Shopee относит дублирование заказов к сбоям системы заказов; повторная отправка стоит целой посылки, поэтому решает номер заказа, а не число строк.',
    },
    sources: [{ seed: '002_39eb7b43ec1b43f9', section: '一、常见表现 · 订单重复显示' }],
  },

  // ── Stop-gaps while waiting for support ──────────────────────────────────────────────────────
  {
    id: 'manual-shipment-log',
    scenario: 'order-processing',
    stage: 'stop-gap',
    platforms: 'all',
    appliesWhen: [
      { on: 'reason', reasons: ['deadline-passed', 'deadline-near'], weight: 70 },
      { on: 'reason', reasons: ['status-unchanged'], weight: 20 },
      { on: 'area', areas: ['logistics'], weight: 10 },
    ],
    title: {
      en: 'Keep a manual shipment log and protect your deadlines',
      zh_CN: '手动记录发货信息,守住发货时效',
      ru: 'Ведите ручной журнал отгрузок и защитите сроки',
    },
    steps: {
      en: [
        'For every order you ship while the back-office will not accept it, write down the order number, the buyer’s username, the carrier, the tracking number and the time — the Seller SOS manual shipment log keeps these for you.',
        'Ship only orders you are sure are valid and paid, and keep the carrier’s handover receipt as proof of the time.',
        'Enter the tracking numbers in the back-office as soon as it works again, then mark each entry as back-filled in the log.',
        'Watch the deadlines: Amazon counts orders confirmed after their ship-by date in your late shipment rate (keep it under 4%); Shopee cancels an order automatically within 72 hours after its days-to-ship and adds penalty points; Ozon may cancel a posting or charge a late fee after its shipment date.',
        'If the fault stops you from shipping in time, tell the affected buyers, and in your ticket ask support to exempt those orders from late-shipment penalties, listing their numbers.',
      ],
      zh_CN: [
        '后台无法操作期间,每发出一个订单,都记下订单号、买家用户名、承运商、物流单号和发货时间——Seller SOS 的“手动发货记录”可以帮您保存。',
        '只发出确认有效且已付款的订单,并保留承运商的交接单作为发货时间的凭证。',
        '后台恢复后第一时间补录物流单号,然后在记录中逐条标记为已补录。',
        '盯紧发货时效:亚马逊把超过最晚发货日期才确认的订单计入迟发率(须低于 4%);Shopee 在备货天数到期后 72 小时内自动取消订单并计罚分;Ozon 可能在发货截止时间之后取消订单或收取延迟费用。',
        '如果因故障无法按时发货,先告知受影响的买家,并在工单中列出这些订单号,请客服免除迟发处罚。',
      ],
      ru: [
        'Для каждого заказа, который вы отправляете, пока кабинет не принимает отгрузку, записывайте номер заказа, имя пользователя покупателя, перевозчика, трек-номер и время — журнал ручных отгрузок Seller SOS сохранит это за вас.',
        'Отправляйте только заказы, в подлинности и оплате которых уверены, и сохраняйте акт передачи перевозчику как подтверждение времени.',
        'Как только кабинет заработает, внесите трек-номера и отметьте в журнале каждую запись как внесённую.',
        'Следите за сроками: Amazon учитывает заказы, подтверждённые после даты «Ship by», в доле просроченных отправок (она должна быть ниже 4%); Shopee автоматически отменяет заказ в течение 72 часов после окончания срока отправки и начисляет штрафные баллы; Ozon после срока отгрузки может отменить отправление или применить тариф за опоздание.',
        'Если из-за сбоя вы не успеваете отправить вовремя, предупредите покупателей и в обращении попросите поддержку не применять к этим заказам штрафы за опоздание, перечислив их номера.',
      ],
    },
    why: {
      en: 'Orders are near or past their ship-by deadline while the back-office is failing. The Shopee guide’s stop-gap: keep a manual record of every shipment for back-filling and appeals, and talk to buyers before the system cancels their orders.',
      zh_CN: '后台故障期间,有订单临近或已超过最晚发货时间。Shopee 指南的应急措施是:手动记录每一笔发货,以备补录和申诉,并在系统自动取消订单之前与买家沟通。',
      ru: 'У заказов подходит или уже прошёл срок отгрузки, а кабинет не работает. Экстренная мера из руководства по Shopee: вручную записывать каждую отправку для последующего внесения и апелляций и поговорить с покупателями до того, как система отменит их заказы.',
    },
    sources: [
      { seed: '002_39eb7b43ec1b43f9', section: '第四步:在等待期间的应急处理 · 针对“待发货”订单' },
      { seed: '001_06918e185e20043a', section: '建立应急预案 · 手动记录订单信息' },
      { fact: 'statuses-and-time-limits' },
    ],
  },
  {
    id: 'message-affected-buyers',
    scenario: 'order-processing',
    stage: 'stop-gap',
    platforms: 'all',
    appliesWhen: [
      { on: 'reason', reasons: ['deadline-passed', 'deadline-near'], weight: 35 },
      { on: 'reason', reasons: ['unpaid-too-long'], weight: 25 },
      { on: 'reason', reasons: ['status-unchanged', 'list-detail-mismatch'], weight: 15 },
      { on: 'conclusion', conclusions: ['the-platform'], weight: 10 },
    ],
    title: {
      en: 'Tell affected buyers what is happening',
      zh_CN: '主动告知受影响的买家',
      ru: 'Сообщите затронутым покупателям, что происходит',
    },
    steps: {
      en: [
        'Write to each affected buyer through the platform’s own chat or messages — never through outside channels, which the platforms forbid.',
        'Keep the message short: what happened (a technical problem on the marketplace), what you are doing, and an apology. Seller SOS has ready messages in the buyer’s language with the order number filled in.',
        'Do not promise a date you cannot keep; say you will write again as soon as the order moves.',
        'Answer follow-up questions quickly while the fault lasts: a buyer who has heard from you is less likely to cancel, complain or leave a poor rating.',
      ],
      zh_CN: [
        '通过平台自带的聊天或消息工具联系每一位受影响的买家——不要使用站外渠道,平台禁止这样做。',
        '消息要简短:说明情况(平台技术问题)、您正在做什么,并表达歉意。Seller SOS 提供买家语言的现成消息,已自动填入订单号。',
        '不要承诺无法保证的日期;告诉买家订单一有进展就会再联系。',
        '故障期间及时回复买家的追问:收到过您消息的买家更不容易取消订单、投诉或给差评。',
      ],
      ru: [
        'Напишите каждому затронутому покупателю через чат или сообщения самой площадки — не через сторонние каналы, площадки это запрещают.',
        'Сообщение должно быть коротким: что случилось (технический сбой на площадке), что вы делаете, и извинение. В Seller SOS есть готовые сообщения на языке покупателя с уже подставленным номером заказа.',
        'Не обещайте дату, которую не можете гарантировать; напишите, что сообщите, как только заказ сдвинется.',
        'Пока длится сбой, быстро отвечайте на вопросы: покупатель, которому вы написали, реже отменяет заказ, жалуется или ставит низкую оценку.',
      ],
    },
    why: {
      en: 'The fault affects buyers’ orders (delayed shipping, a wrong status or payment shown). Both the Shopee and the Ozon guide tell sellers to contact affected buyers first, explain and apologise: it prevents cancellations, complaints and poor ratings.',
      zh_CN: '故障影响到了买家的订单(发货延迟、状态或付款显示错误)。Shopee 和 Ozon 的指南都要求卖家第一时间主动联系受影响的买家,说明情况并致歉:这样可以避免取消订单、投诉和差评。',
      ru: 'Сбой затрагивает заказы покупателей (задержка отправки, неверный статус или оплата). И руководство по Shopee, и руководство по Ozon советуют первыми связаться с затронутыми покупателями, объяснить ситуацию и извиниться: это предотвращает отмены, жалобы и низкие оценки.',
    },
    sources: [
      { seed: '002_39eb7b43ec1b43f9', section: '第四步 · 与买家保持沟通' },
      { seed: '001_06918e185e20043a', section: '应对系统出错的方法 · 保持冷静与耐心(告知用户)' },
    ],
  },
  {
    id: 'do-not-act-blindly',
    scenario: 'order-processing',
    stage: 'stop-gap',
    platforms: 'all',
    appliesWhen: [
      { on: 'reason', reasons: ['duplicate', 'list-detail-mismatch', 'status-unchanged', 'unpaid-too-long'], weight: 30 },
      { on: 'reason', reasons: ['deadline-passed'], weight: 15 },
      { on: 'conclusion', conclusions: ['the-platform'], weight: 10 },
    ],
    title: {
      en: 'Do not cancel or ship on a status you have not confirmed',
      zh_CN: '状态未核实前,不要盲目取消或发货',
      ru: 'Не отменяйте и не отправляйте заказы по непроверенному статусу',
    },
    steps: {
      en: [
        'Do not cancel orders because they look stuck, unpaid or duplicated: seller cancellations count against your account’s metrics and cannot be undone.',
        'Do not ship an order whose payment is not confirmed or which may be a duplicate; check the order page and your payment account first.',
        'Do not repeat “mark as shipped”, tracking entry or other order actions many times: one attempt, then record it and wait.',
        'If the back-office cannot be used at all and a deadline is about to pass, weigh holding the parcel: an order the system cancels for not being marked shipped may already be on its way. Talk to the buyer and ask support before deciding.',
      ],
      zh_CN: [
        '不要因为订单看起来卡住、未付款或重复就取消:卖家取消会计入账号指标,而且无法撤销。',
        '付款未确认或可能重复的订单不要发货;先查看订单详情页和收款账户。',
        '不要反复执行“标记发货”、录入物流单号等订单操作:操作一次,做好记录,然后等待。',
        '如果后台完全无法操作且发货时效即将到期,请谨慎考虑是否暂缓发货:因未能标记发货而被系统自动取消的订单,包裹可能已经在路上。先与买家沟通并咨询客服,再做决定。',
      ],
      ru: [
        'Не отменяйте заказы только потому, что они выглядят зависшими, неоплаченными или задвоенными: отмены по инициативе продавца ухудшают показатели аккаунта, и их нельзя вернуть.',
        'Не отправляйте заказ, оплата которого не подтверждена или который может быть дублем; сначала проверьте страницу заказа и платёжный счёт.',
        'Не повторяйте много раз отметку об отгрузке, ввод трек-номера и другие действия с заказом: одна попытка, затем запишите её и ждите.',
        'Если кабинет не работает совсем, а срок отгрузки вот-вот пройдёт, взвесьте, не придержать ли посылку: заказ, который система отменит из-за отсутствия отметки об отгрузке, может быть уже в пути. Прежде чем решать, поговорите с покупателем и спросите поддержку.',
      ],
    },
    why: {
      en: 'Statuses shown during a fault may be wrong. The Shopee guide’s first rule is to stay calm and verify before acting: a cancellation or a shipment made on a wrong status costs more than the wait.',
      zh_CN: '故障期间显示的状态可能是错的。Shopee 指南的第一条就是保持冷静、先核实再操作:依据错误状态做出的取消或发货,代价比等待更大。',
      ru: 'Во время сбоя статусы могут отображаться неверно. Первое правило руководства по Shopee — сохранять спокойствие и проверять, прежде чем действовать: отмена или отправка по неверному статусу обходится дороже ожидания.',
    },
    sources: [
      { seed: '002_39eb7b43ec1b43f9', section: '第一步:保持冷静,核实情况;第四步 · 考虑暂缓发货(谨慎)' },
      { seed: '000_fde353b73497ec65', section: '核心原则 · 先检查,后操作' },
    ],
  },

  // ── Escalate ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'contact-support-with-evidence',
    scenario: 'ui-slow-error',
    stage: 'escalate',
    platforms: 'all',
    appliesWhen: [
      { on: 'conclusion', conclusions: ['the-platform'], weight: 35 },
      { on: 'conclusion', conclusions: ['not-yet-clear'], weight: 20 },
      { on: 'any-fault', weight: 8 },
    ],
    title: {
      en: 'Contact support with the evidence',
      zh_CN: '携带证据联系平台客服',
      ru: 'Обратитесь в поддержку с доказательствами',
    },
    steps: {
      en: [
        'Use the official channel: Amazon — Seller Central › Help › Get support; Shopee — Seller Centre › Help Centre › Contact us (or your account manager for cross-border shops); Ozon — the support section of the seller account (create a request).',
        'Send the Seller SOS report: shop ID, what happened and since when, the affected order numbers, error texts and codes, screenshots, and the steps you have already tried.',
        'Describe one problem per ticket, precisely; attach the evidence bundle (ZIP) where the channel accepts files.',
        'Write down the ticket number and follow up if there is no answer within the time the channel promises.',
      ],
      zh_CN: [
        '通过官方渠道联系:亚马逊——Seller Central › 帮助 › 获取支持;Shopee——卖家中心 › 帮助中心 › 联系我们(跨境店铺也可联系客户经理);Ozon——卖家后台的客服支持板块(创建工单)。',
        '发送 Seller SOS 生成的报告:店铺 ID、问题现象及开始时间、受影响的订单号、报错内容和错误码、截图,以及已尝试过的步骤。',
        '一个工单只描述一个问题,并且描述准确;渠道允许上传文件时,附上证据包(ZIP)。',
        '记下工单号;如果在渠道承诺的时间内没有回复,及时跟进。',
      ],
      ru: [
        'Пишите через официальный канал: Amazon — Seller Central › Help › Get support; Shopee — Seller Centre › Help Centre › Contact us (для кросс-бордер магазинов — также ваш менеджер); Ozon — раздел поддержки в личном кабинете продавца (создайте обращение).',
        'Отправьте отчёт Seller SOS: ID магазина, что случилось и с какого времени, номера затронутых заказов, тексты и коды ошибок, скриншоты и шаги, которые вы уже сделали.',
        'Одно обращение — одна проблема, описанная точно; если канал принимает файлы, приложите архив с доказательствами (ZIP).',
        'Запишите номер обращения и напомните о нём, если ответ не пришёл в обещанный срок.',
      ],
    },
    why: {
      en: 'When the checks point to the platform or do not settle it, support can act only on what you give them. All three guides ask for the same: a precise description with times, order numbers, screenshots and the steps already tried.',
      zh_CN: '当排查结果指向平台或仍无法确定时,客服只能依据您提供的信息来处理。三份指南的要求一致:准确描述问题,附上时间、订单号、截图和已尝试的步骤。',
      ru: 'Когда проверки указывают на площадку или не дают однозначного ответа, поддержка может действовать только на основании того, что вы ей передадите. Все три руководства требуют одного: точного описания со временем, номерами заказов, скриншотами и уже сделанными шагами.',
    },
    sources: [
      { seed: '002_39eb7b43ec1b43f9', section: '第三步:联系 Shopee 客服寻求帮助' },
      { seed: '001_06918e185e20043a', section: '应对系统出错的方法 · 联系客服支持;记录错误信息' },
      { seed: '000_fde353b73497ec65', section: '常见问题解答 Q1' },
    ],
  },

  // ── Preventive maintenance ───────────────────────────────────────────────────────────────────
  {
    id: 'weekly-authorisation-check',
    scenario: 'api-connection',
    stage: 'prevent',
    platforms: 'all',
    appliesWhen: [
      { on: 'meaning', meanings: ['auth-expired', 'auth-invalid'], weight: 12 },
      { on: 'any-fault', weight: 3 },
    ],
    title: {
      en: 'Check authorisations weekly and renew them before they expire',
      zh_CN: '每周检查授权状态,到期前主动续期',
      ru: 'Проверяйте авторизации еженедельно и продлевайте их заранее',
    },
    steps: {
      en: [
        'Once a week, check the authorisation status of every app and tool connected to each shop, their sync logs and the platform’s announcements.',
        'Put every expiry date in a calendar with a reminder one month ahead: Amazon app authorisations last 365 days; Shopee lasts the period chosen (up to 365 days) and warns 7 days before; Ozon keys do not expire but can be deactivated.',
        'Read the error lines in sync logs even when business seems unaffected: they announce the next outage.',
        'Keep your business rules (prices, stock, order rules) written down and set correctly in every tool: most faults come from a changed setting or an expired connection.',
      ],
      zh_CN: [
        '每周检查一次各店铺对接的每个应用和工具的授权状态、同步日志以及平台公告。',
        '把每个到期日记入日历,并提前一个月提醒:亚马逊应用授权有效期 365 天;Shopee 为授权时选择的期限(最长 365 天),到期前 7 天提醒;Ozon 密钥不会过期,但可能被停用。',
        '即使业务看起来未受影响,也要查看同步日志中的错误提示:它们往往预示着下一次故障。',
        '把业务规则(定价、库存、订单规则)记录清楚,并确保在每个工具中配置正确:大多数故障源于配置变化或外部连接失效。',
      ],
      ru: [
        'Раз в неделю проверяйте статус авторизации каждого приложения и сервиса, подключённого к каждому магазину, их журналы синхронизации и объявления площадки.',
        'Внесите каждую дату окончания в календарь с напоминанием за месяц: авторизация приложений Amazon действует 365 дней; у Shopee — выбранный срок (до 365 дней), уведомление приходит за 7 дней; ключи Ozon не истекают, но могут быть деактивированы.',
        'Читайте ошибки в журналах синхронизации, даже когда на работе это не сказывается: они предвещают следующий сбой.',
        'Держите бизнес-правила (цены, остатки, правила обработки заказов) записанными и правильно настроенными в каждом сервисе: большинство сбоев возникает из-за изменённой настройки или истёкшего подключения.',
      ],
    },
    why: {
      en: 'Expired authorisations are the most common cause of broken connections, and they are predictable. The troubleshooting guide names three priorities: check authorisations regularly, watch the errors in sync logs, and keep the rules configured correctly.',
      zh_CN: '授权过期是连接中断最常见的原因,而且完全可以预见。故障排查指南把三件事列为最重要的日常维护:定期检查授权状态、关注同步日志中的错误提示、确保业务规则配置正确。',
      ru: 'Истёкшая авторизация — самая частая причина разорванных подключений, и её можно предвидеть. Руководство по устранению неполадок называет три главных дела: регулярно проверять авторизации, следить за ошибками в журналах синхронизации и правильно настраивать правила.',
    },
    sources: [
      { seed: '000_fde353b73497ec65', section: '预防性维护与最佳实践 · 定期检查与监控;常见问题解答 Q3、Q5' },
      { fact: 'authorisation-lifetimes' },
    ],
  },
  {
    id: 'sub-account-permissions',
    scenario: 'login',
    stage: 'prevent',
    platforms: 'all',
    appliesWhen: [
      { on: 'meaning', meanings: ['permission'], weight: 30 },
      { on: 'error-code', codes: ['error_permission'], weight: 30 },
      { on: 'status', statuses: [403], weight: 10 },
    ],
    title: {
      en: 'Review sub-account and API key permissions',
      zh_CN: '严格管理子账号和 API 密钥权限',
      ru: 'Проверьте права субаккаунтов и API-ключей',
    },
    steps: {
      en: [
        'Give every person their own sub-account (secondary user) instead of sharing the main sign-in, with only the permissions their work needs.',
        'When a page answers with permission errors (HTTP 403) for one person only, compare their permissions with those of a colleague who can open it.',
        'Review the list of users and API keys every month and whenever someone leaves; remove what is no longer used.',
        'On Ozon, give each API key the narrowest role that works; on Amazon and Shopee, authorise apps only for the roles they need.',
      ],
      zh_CN: [
        '为每个人分配独立的子账号,不要共用主账号登录,并且只授予其工作所需的权限。',
        '如果某个页面只对某一个人返回权限错误(HTTP 403),将其权限与能正常打开该页面的同事进行对比。',
        '每月以及有人离职时检查用户和 API 密钥列表,删除不再使用的账号和密钥。',
        'Ozon 的每个 API 密钥只授予够用的最小角色;亚马逊和 Shopee 的应用只授权其需要的角色。',
      ],
      ru: [
        'Выдайте каждому сотруднику свой субаккаунт (дополнительного пользователя) вместо общего входа в основной аккаунт — и только те права, которые нужны для работы.',
        'Если страница отвечает ошибкой прав доступа (HTTP 403) только одному человеку, сравните его права с правами коллеги, у которого она открывается.',
        'Каждый месяц и при уходе сотрудника проверяйте список пользователей и API-ключей; удаляйте то, чем больше не пользуются.',
        'В Ozon давайте каждому API-ключу минимально достаточную роль; в Amazon и Shopee авторизуйте приложения только на нужные им роли.',
      ],
    },
    why: {
      en: 'Platforms answer with permission errors when the signed-in user or the key may not use a page or action. The troubleshooting guide’s maintenance rules ask for strict sub-account permissions to avoid mistakes, and narrow permissions also limit the damage of a leaked password or key.',
      zh_CN: '当登录的用户或密钥无权使用某个页面或操作时,平台会返回权限错误。故障排查指南的日常维护要求严格管理子账号权限以避免误操作;权限收得越窄,密码或密钥泄露时的损失也越小。',
      ru: 'Площадки отвечают ошибкой прав доступа, когда вошедшему пользователю или ключу не разрешена страница или действие. Правила обслуживания из руководства требуют строго управлять правами субаккаунтов, чтобы избежать ошибок, а узкие права ещё и ограничивают ущерб при утечке пароля или ключа.',
    },
    sources: [
      { seed: '000_fde353b73497ec65', section: '预防性维护与最佳实践 · 权限管理' },
      { fact: 'authorisation-lifetimes' },
    ],
  },
  {
    id: 'regular-exports',
    scenario: 'data-error',
    stage: 'prevent',
    platforms: 'all',
    appliesWhen: [
      { on: 'reason', reasons: ['duplicate', 'list-detail-mismatch'], weight: 10 },
      { on: 'any-fault', weight: 3 },
    ],
    title: {
      en: 'Export and back up your key data regularly',
      zh_CN: '定期导出并备份关键数据',
      ru: 'Регулярно выгружайте и сохраняйте ключевые данные',
    },
    steps: {
      en: [
        'Export orders, products and finance reports from each back-office at least weekly, and daily during big campaigns.',
        'Keep the files outside the platform and your tools (a local drive or company storage), named by shop and date.',
        'Export before large changes (mass price or stock updates, moving to another tool) so that you can compare and roll back.',
        'Keep the evidence Seller SOS collected about past incidents until the orders and payouts involved are settled.',
      ],
      zh_CN: [
        '至少每周从各个后台导出一次订单、商品和财务报表;大促期间每天导出。',
        '把文件保存在平台和工具之外(本地硬盘或公司存储),按店铺和日期命名。',
        '在大批量修改(批量改价、改库存、更换工具)之前先导出,以便比对和回退。',
        '保留 Seller SOS 记录的历史故障证据,直到相关订单和回款都处理完毕。',
      ],
      ru: [
        'Выгружайте заказы, товары и финансовые отчёты из каждого кабинета не реже раза в неделю, а во время крупных распродаж — ежедневно.',
        'Храните файлы вне площадки и ваших сервисов (на локальном диске или в хранилище компании), с названием магазина и датой в имени.',
        'Делайте выгрузку перед крупными изменениями (массовое изменение цен и остатков, переход на другой сервис), чтобы можно было сравнить и откатить.',
        'Храните собранные Seller SOS доказательства прошлых сбоев, пока связанные с ними заказы и выплаты не будут закрыты.',
      ],
    },
    why: {
      en: 'An export is the raw data you compare against when figures go wrong, and the record you restore from when data is lost. All three guides recommend regular backups through the back-office’s export tools.',
      zh_CN: '导出的数据既是数据出错时用来比对的原始数据,也是数据丢失时用来恢复的记录。三份指南都建议通过后台的导出功能定期备份。',
      ru: 'Выгрузка — это исходные данные для сверки, когда цифры расходятся, и запись для восстановления, если данные потеряны. Все три руководства рекомендуют регулярные резервные копии через инструменты выгрузки кабинета.',
    },
    sources: [
      { seed: '000_fde353b73497ec65', section: '预防性维护与最佳实践 · 数据备份' },
      { seed: '001_06918e185e20043a', section: '解决系统出错的策略 · 定期备份数据' },
      { seed: '002_39eb7b43ec1b43f9', section: '第五步 · 加强备份' },
    ],
  },
  {
    id: 'fault-handling-sop',
    scenario: 'ui-slow-error',
    stage: 'prevent',
    platforms: 'all',
    appliesWhen: [{ on: 'any-fault', weight: 2 }],
    title: {
      en: 'Write a fault-handling routine and train the team',
      zh_CN: '建立故障处理 SOP 并培训团队',
      ru: 'Опишите порядок действий при сбоях и обучите команду',
    },
    steps: {
      en: [
        'Write a short internal routine for common faults: the outside-in checks (network, account and authorisation, platform status), who contacts support, and where evidence is kept.',
        'Include the stop-gaps: the manual shipment log, buyer message templates, and who decides whether to hold shipments.',
        'Train everyone who works in the back-offices on it, and on the platforms’ own training material and help centres.',
        'Keep browsers and tools up to date, use a stable wired or fibre connection rather than public Wi-Fi, and schedule bulk operations outside peak hours.',
      ],
      zh_CN: [
        '为常见故障编写简短的内部操作手册:由外而内的排查步骤(网络、账号与授权、平台状态)、由谁联系客服、证据保存在哪里。',
        '写入应急措施:手动发货记录、买家消息模板,以及由谁决定是否暂缓发货。',
        '培训所有在后台操作的人员掌握这套流程,并学习平台官方的培训课程和帮助中心内容。',
        '保持浏览器和工具为最新版本,使用稳定的有线或光纤网络而不是公共 Wi-Fi,把批量操作安排在非高峰时段。',
      ],
      ru: [
        'Опишите короткий внутренний порядок действий при типичных сбоях: проверки «снаружи внутрь» (сеть, аккаунт и авторизация, статус площадки), кто обращается в поддержку и где хранятся доказательства.',
        'Включите экстренные меры: журнал ручных отгрузок, шаблоны сообщений покупателям и кто решает, придерживать ли отправки.',
        'Обучите этому всех, кто работает в кабинетах, а также материалам обучения и справочным центрам самих площадок.',
        'Обновляйте браузеры и сервисы, работайте через стабильное проводное или оптоволоконное подключение, а не через общественный Wi-Fi, и планируйте массовые операции вне часов пик.',
      ],
    },
    why: {
      en: 'The guides end with the same advice: a team that follows a written routine handles faults faster, and a stable network, up-to-date software and bulk work outside peak hours prevent many of them.',
      zh_CN: '几份指南的结论一致:按书面流程行动的团队处理故障更快;稳定的网络、及时更新的软件、避开高峰的批量操作,可以预防很多故障。',
      ru: 'Руководства сходятся в одном: команда, которая действует по записанному порядку, справляется со сбоями быстрее, а стабильная сеть, обновлённые программы и массовые операции вне часов пик предотвращают многие из них.',
    },
    sources: [
      { seed: '000_fde353b73497ec65', section: '预防性维护与最佳实践 · 建立SOP;保持更新' },
      { seed: '001_06918e185e20043a', section: '解决系统出错的策略 · 建立应急预案、培训与学习;如何预防系统出错' },
    ],
  },
  {
    id: 'after-recovery-review',
    scenario: 'order-processing',
    stage: 'prevent',
    platforms: 'all',
    appliesWhen: [
      { on: 'incident', status: 'resolved', weight: 40 },
      { on: 'any-fault', weight: 1 },
    ],
    title: {
      en: 'After recovery: verify, back-fill and review',
      zh_CN: '恢复之后:核实、补录与复盘',
      ru: 'После восстановления: проверьте, внесите пропущенное и разберите причины',
    },
    steps: {
      en: [
        'Confirm that orders, statuses and tracking are all correct again; compare with an export if in doubt.',
        'Back-fill everything from the manual shipment log and mark each entry as done; ask support to correct what you cannot.',
        'Find the root cause — your own operation, a third-party tool or a platform fault — and note it with the incident.',
        'Export a fresh backup, review the third-party tools involved, and add what you learned to your routine.',
      ],
      zh_CN: [
        '确认订单信息、状态和物流信息都已恢复正常;如有疑问,与导出数据进行比对。',
        '把手动发货记录中的内容全部补录到后台,并逐条标记为已完成;自己无法修正的,请客服协助。',
        '分析根本原因——自身操作不当、第三方工具问题,还是平台故障——并记录在该故障下。',
        '导出一份新的备份,评估涉及的第三方工具,并把经验补充到内部操作流程中。',
      ],
      ru: [
        'Убедитесь, что заказы, статусы и данные отслеживания снова верны; при сомнениях сверьте с выгрузкой.',
        'Внесите всё из журнала ручных отгрузок и отметьте каждую запись как выполненную; то, что не можете исправить сами, попросите исправить поддержку.',
        'Найдите первопричину — ваши собственные действия, сторонний сервис или сбой площадки — и запишите её к инциденту.',
        'Сделайте свежую резервную выгрузку, оцените задействованные сторонние сервисы и дополните свой порядок действий выводами.',
      ],
    },
    why: {
      en: 'The Shopee guide’s fifth step: once the platform works again, make sure nothing was lost, enter what was done by hand, and learn from the incident so that the next one is shorter.',
      zh_CN: 'Shopee 指南的第五步:平台恢复后,确认没有数据遗漏,补录手工处理的内容,并总结经验,让下一次故障处理得更快。',
      ru: 'Пятый шаг руководства по Shopee: когда площадка снова работает, убедитесь, что ничего не потеряно, внесите сделанное вручную и сделайте выводы, чтобы следующий сбой прошёл быстрее.',
    },
    sources: [
      { seed: '002_39eb7b43ec1b43f9', section: '第五步:事后复盘与预防' },
      { seed: '000_fde353b73497ec65', section: '核心原则 · 记录与复盘' },
    ],
  },
]);
