import type { SignalReason } from '../diagnosis/types';
import { matchHost } from '../rules/catalog';

/**
 * Short messages to buyers while a platform fault delays or muddles their orders (the Shopee
 * guide's stop-gap: tell affected buyers first, explain, apologise). In the buyers' languages,
 * with the order number filled in, to copy into the platform's own chat. They promise no date,
 * ask nothing of the buyer but patience (and not to pay twice), and carry no outside contact,
 * which the platforms forbid.
 */

export const BUYER_MESSAGE_KINDS = ['shipping-delayed', 'status-shown-wrong', 'payment-being-verified'] as const;
export type BuyerMessageKind = (typeof BUYER_MESSAGE_KINDS)[number];

export const BUYER_LANGUAGES = ['en', 'ru', 'zh_CN', 'zh_TW', 'vi', 'th', 'id', 'ms', 'pt_BR', 'es', 'ko', 'ja', 'de', 'fr', 'it'] as const;
export type BuyerLanguage = (typeof BUYER_LANGUAGES)[number];

/** Each language's own name, for a language picker. */
export const BUYER_LANGUAGE_NAMES: Readonly<Record<BuyerLanguage, string>> = {
  en: 'English',
  ru: 'Русский',
  zh_CN: '简体中文',
  zh_TW: '繁體中文',
  vi: 'Tiếng Việt',
  th: 'ไทย',
  id: 'Bahasa Indonesia',
  ms: 'Bahasa Melayu',
  pt_BR: 'Português (Brasil)',
  es: 'Español',
  ko: '한국어',
  ja: '日本語',
  de: 'Deutsch',
  fr: 'Français',
  it: 'Italiano',
};

export const ORDER_PLACEHOLDER = '{order}';

export const BUYER_MESSAGE_TEMPLATES: Readonly<Record<BuyerLanguage, Readonly<Record<BuyerMessageKind, string>>>> = {
  en: {
    'shipping-delayed':
      'Hello! Thank you for your order {order}. A technical problem on the marketplace is currently delaying the processing of shipments. Your order is reserved for you, and we will ship it as soon as the system is working again. We apologise for the delay and thank you for your patience.',
    'status-shown-wrong':
      'Hello! About your order {order}: because of a technical problem on the marketplace, its status may be shown incorrectly at the moment. Your order is being handled as usual and there is nothing you need to do. We are sorry for the confusion and will keep you updated.',
    'payment-being-verified':
      'Hello! Thank you for your order {order}. The marketplace does not yet show your payment as confirmed, and we are checking it with the platform. Please do not pay a second time — we will let you know as soon as it is confirmed. Thank you for your patience.',
  },
  ru: {
    'shipping-delayed':
      'Здравствуйте! Спасибо за заказ {order}. Из-за технического сбоя на площадке сейчас задерживается обработка отправлений. Ваш заказ зарезервирован за вами, и мы отправим его, как только система снова заработает. Приносим извинения за задержку и благодарим за терпение.',
    'status-shown-wrong':
      'Здравствуйте! По вашему заказу {order}: из-за технического сбоя на площадке его статус сейчас может отображаться неверно. Заказ обрабатывается в обычном порядке, ничего делать не нужно. Извините за путаницу — мы будем держать вас в курсе.',
    'payment-being-verified':
      'Здравствуйте! Спасибо за заказ {order}. Площадка пока не показывает вашу оплату как подтверждённую, и мы проверяем её вместе с площадкой. Пожалуйста, не оплачивайте заказ повторно — мы сообщим, как только оплата будет подтверждена. Спасибо за терпение.',
  },
  zh_CN: {
    'shipping-delayed': '您好!感谢您的订单 {order}。由于平台出现技术故障,目前发货处理有所延迟。您的商品已为您预留,系统恢复后我们会第一时间发货。给您带来不便,深表歉意,感谢您的耐心等待。',
    'status-shown-wrong': '您好!关于您的订单 {order}:由于平台出现技术故障,订单状态目前可能显示有误。您的订单正在正常处理中,您无需进行任何操作。给您带来困扰非常抱歉,我们会及时告知最新进展。',
    'payment-being-verified': '您好!感谢您的订单 {order}。平台目前尚未显示您的付款已确认,我们正在与平台核实。请不要重复付款——付款一经确认,我们会立即通知您。感谢您的耐心等待。',
  },
  zh_TW: {
    'shipping-delayed': '您好!感謝您的訂單 {order}。由於平台發生技術問題,目前出貨處理有所延遲。您的商品已為您保留,系統恢復後我們會立即出貨。造成不便深感抱歉,感謝您的耐心等候。',
    'status-shown-wrong': '您好!關於您的訂單 {order}:由於平台發生技術問題,訂單狀態目前可能顯示有誤。您的訂單正在正常處理中,您不需要進行任何操作。造成困擾非常抱歉,我們會隨時告知最新進度。',
    'payment-being-verified': '您好!感謝您的訂單 {order}。平台目前尚未顯示您的付款已確認,我們正在與平台核實。請勿重複付款——付款確認後我們會立即通知您。感謝您的耐心等候。',
  },
  vi: {
    'shipping-delayed':
      'Xin chào! Cảm ơn bạn đã đặt đơn hàng {order}. Do sàn đang gặp sự cố kỹ thuật, việc xử lý giao hàng hiện đang bị chậm. Đơn hàng của bạn đã được giữ lại và chúng tôi sẽ gửi hàng ngay khi hệ thống hoạt động trở lại. Rất xin lỗi vì sự chậm trễ và cảm ơn bạn đã kiên nhẫn chờ đợi.',
    'status-shown-wrong':
      'Xin chào! Về đơn hàng {order} của bạn: do sàn đang gặp sự cố kỹ thuật, trạng thái đơn hàng hiện có thể hiển thị chưa chính xác. Đơn hàng vẫn đang được xử lý bình thường, bạn không cần làm gì thêm. Xin lỗi vì sự bất tiện, chúng tôi sẽ cập nhật cho bạn sớm nhất.',
    'payment-being-verified':
      'Xin chào! Cảm ơn bạn đã đặt đơn hàng {order}. Hiện sàn chưa hiển thị thanh toán của bạn là đã được xác nhận và chúng tôi đang kiểm tra lại với sàn. Bạn vui lòng không thanh toán lần nữa — chúng tôi sẽ báo ngay khi thanh toán được xác nhận. Cảm ơn bạn đã kiên nhẫn.',
  },
  th: {
    'shipping-delayed':
      'สวัสดี ขอบคุณสำหรับคำสั่งซื้อ {order} ขณะนี้แพลตฟอร์มเกิดปัญหาทางเทคนิค ทำให้การจัดส่งล่าช้า เราได้สำรองสินค้าไว้ให้คุณแล้ว และจะจัดส่งทันทีที่ระบบกลับมาใช้งานได้ ขออภัยในความล่าช้า และขอบคุณที่อดทนรอ',
    'status-shown-wrong':
      'สวัสดี เกี่ยวกับคำสั่งซื้อ {order} ของคุณ เนื่องจากแพลตฟอร์มเกิดปัญหาทางเทคนิค สถานะคำสั่งซื้ออาจแสดงไม่ถูกต้องในขณะนี้ คำสั่งซื้อของคุณยังดำเนินการตามปกติ คุณไม่ต้องทำอะไรเพิ่มเติม ขออภัยในความสับสน และเราจะแจ้งความคืบหน้าให้ทราบ',
    'payment-being-verified':
      'สวัสดี ขอบคุณสำหรับคำสั่งซื้อ {order} ขณะนี้แพลตฟอร์มยังไม่แสดงว่าการชำระเงินของคุณได้รับการยืนยัน เรากำลังตรวจสอบกับแพลตฟอร์มอยู่ กรุณาอย่าชำระเงินซ้ำ เราจะแจ้งให้ทราบทันทีเมื่อการชำระเงินได้รับการยืนยัน ขอบคุณที่อดทนรอ',
  },
  id: {
    'shipping-delayed':
      'Halo! Terima kasih atas pesanan {order}. Saat ini ada gangguan teknis di marketplace sehingga proses pengiriman tertunda. Pesanan Anda sudah kami siapkan dan akan segera kami kirim begitu sistem kembali normal. Mohon maaf atas keterlambatannya dan terima kasih atas kesabaran Anda.',
    'status-shown-wrong':
      'Halo! Terkait pesanan {order}: karena ada gangguan teknis di marketplace, status pesanan mungkin tidak tampil dengan benar untuk sementara. Pesanan Anda tetap kami proses seperti biasa dan Anda tidak perlu melakukan apa pun. Mohon maaf atas kebingungannya, kami akan terus memberi kabar.',
    'payment-being-verified':
      'Halo! Terima kasih atas pesanan {order}. Marketplace belum menampilkan pembayaran Anda sebagai terkonfirmasi, dan kami sedang memeriksanya dengan pihak marketplace. Mohon jangan membayar dua kali — kami akan segera mengabari Anda begitu pembayaran terkonfirmasi. Terima kasih atas kesabaran Anda.',
  },
  ms: {
    'shipping-delayed':
      'Hai! Terima kasih atas pesanan {order}. Terdapat masalah teknikal pada platform yang menyebabkan pemprosesan penghantaran tertangguh buat masa ini. Pesanan anda telah kami simpan dan akan kami hantar sebaik sahaja sistem kembali berfungsi. Kami memohon maaf atas kelewatan ini dan terima kasih atas kesabaran anda.',
    'status-shown-wrong':
      'Hai! Berkenaan pesanan {order}: disebabkan masalah teknikal pada platform, status pesanan mungkin dipaparkan dengan tidak tepat buat masa ini. Pesanan anda tetap diproses seperti biasa dan anda tidak perlu berbuat apa-apa. Maaf atas kekeliruan ini, kami akan sentiasa memaklumkan perkembangan terkini.',
    'payment-being-verified':
      'Hai! Terima kasih atas pesanan {order}. Platform belum memaparkan pembayaran anda sebagai disahkan, dan kami sedang menyemaknya dengan pihak platform. Sila jangan membuat bayaran kali kedua — kami akan memaklumkan anda sebaik sahaja pembayaran disahkan. Terima kasih atas kesabaran anda.',
  },
  pt_BR: {
    'shipping-delayed':
      'Olá! Obrigado pelo seu pedido {order}. Um problema técnico na plataforma está atrasando o processamento dos envios no momento. Seu pedido está reservado e vamos enviá-lo assim que o sistema voltar a funcionar. Pedimos desculpas pelo atraso e agradecemos a sua paciência.',
    'status-shown-wrong':
      'Olá! Sobre o seu pedido {order}: por causa de um problema técnico na plataforma, o status pode estar aparecendo de forma incorreta no momento. Seu pedido segue sendo processado normalmente e você não precisa fazer nada. Desculpe pela confusão; vamos mantê-lo informado.',
    'payment-being-verified':
      'Olá! Obrigado pelo seu pedido {order}. A plataforma ainda não mostra o seu pagamento como confirmado, e estamos verificando isso com ela. Por favor, não pague novamente — avisaremos assim que o pagamento for confirmado. Obrigado pela paciência.',
  },
  es: {
    'shipping-delayed':
      '¡Hola! Gracias por su pedido {order}. Un problema técnico en la plataforma está retrasando el procesamiento de los envíos en este momento. Su pedido está reservado y lo enviaremos en cuanto el sistema vuelva a funcionar. Le pedimos disculpas por la demora y le agradecemos su paciencia.',
    'status-shown-wrong':
      '¡Hola! Sobre su pedido {order}: debido a un problema técnico en la plataforma, es posible que su estado se muestre de forma incorrecta por ahora. Su pedido se sigue procesando con normalidad y no necesita hacer nada. Disculpe la confusión; le mantendremos informado.',
    'payment-being-verified':
      '¡Hola! Gracias por su pedido {order}. La plataforma todavía no muestra su pago como confirmado y lo estamos verificando. Por favor, no vuelva a pagar: le avisaremos en cuanto se confirme el pago. Gracias por su paciencia.',
  },
  ko: {
    'shipping-delayed':
      '안녕하세요! 주문해 주셔서 감사합니다(주문번호 {order}). 현재 플랫폼의 기술적 문제로 배송 처리가 지연되고 있습니다. 주문하신 상품은 따로 확보해 두었으며, 시스템이 정상화되는 대로 바로 발송해 드리겠습니다. 지연되어 죄송하며 기다려 주셔서 감사합니다.',
    'status-shown-wrong':
      '안녕하세요! 주문번호 {order} 관련 안내드립니다. 플랫폼의 기술적 문제로 현재 주문 상태가 잘못 표시될 수 있습니다. 주문은 정상적으로 처리되고 있으니 따로 조치하실 필요는 없습니다. 혼란을 드려 죄송하며, 진행 상황을 계속 알려 드리겠습니다.',
    'payment-being-verified':
      '안녕하세요! 주문해 주셔서 감사합니다(주문번호 {order}). 플랫폼에 아직 결제 완료로 표시되지 않아 플랫폼에 확인하고 있습니다. 중복 결제가 되지 않도록 다시 결제하지 말아 주세요. 결제가 확인되는 대로 바로 알려 드리겠습니다. 기다려 주셔서 감사합니다.',
  },
  ja: {
    'shipping-delayed':
      'ご注文（注文番号：{order}）いただきありがとうございます。現在、マーケットプレイス側のシステム障害により、発送処理に遅れが生じております。ご注文の商品は確保しており、システム復旧後すぐに発送いたします。ご迷惑をおかけして申し訳ございません。今しばらくお待ちください。',
    'status-shown-wrong':
      'ご注文（注文番号：{order}）についてのお知らせです。マーケットプレイス側のシステム障害により、現在ご注文のステータスが正しく表示されない場合がございます。ご注文は通常どおり処理しておりますので、お手続きは不要です。ご心配をおかけして申し訳ございません。進捗は改めてご連絡いたします。',
    'payment-being-verified':
      'ご注文（注文番号：{order}）いただきありがとうございます。現在、マーケットプレイス上でお支払いが確認済みと表示されていないため、マーケットプレイスに確認しております。二重払いを防ぐため、再度のお支払いはお控えください。確認でき次第、すぐにご連絡いたします。',
  },
  de: {
    'shipping-delayed':
      'Hallo! Vielen Dank für Ihre Bestellung {order}. Wegen einer technischen Störung auf dem Marktplatz verzögert sich derzeit die Bearbeitung von Sendungen. Ihre Ware ist für Sie reserviert, und wir versenden sie, sobald das System wieder funktioniert. Bitte entschuldigen Sie die Verzögerung – vielen Dank für Ihre Geduld.',
    'status-shown-wrong':
      'Hallo! Zu Ihrer Bestellung {order}: Wegen einer technischen Störung auf dem Marktplatz wird der Bestellstatus derzeit möglicherweise falsch angezeigt. Ihre Bestellung wird ganz normal bearbeitet, Sie müssen nichts tun. Entschuldigen Sie die Verwirrung – wir halten Sie auf dem Laufenden.',
    'payment-being-verified':
      'Hallo! Vielen Dank für Ihre Bestellung {order}. Der Marktplatz zeigt Ihre Zahlung noch nicht als bestätigt an; wir klären das gerade mit dem Marktplatz. Bitte zahlen Sie nicht ein zweites Mal – wir melden uns, sobald die Zahlung bestätigt ist. Vielen Dank für Ihre Geduld.',
  },
  fr: {
    'shipping-delayed':
      'Bonjour, merci pour votre commande {order}. Un problème technique sur la plateforme retarde actuellement le traitement des expéditions. Votre article vous est réservé et nous l’expédierons dès que le système fonctionnera de nouveau. Veuillez nous excuser pour ce retard et merci de votre patience.',
    'status-shown-wrong':
      'Bonjour, au sujet de votre commande {order} : en raison d’un problème technique sur la plateforme, son statut peut actuellement s’afficher de manière incorrecte. Votre commande est traitée normalement et vous n’avez rien à faire. Veuillez nous excuser pour la confusion ; nous vous tiendrons au courant.',
    'payment-being-verified':
      'Bonjour, merci pour votre commande {order}. La plateforme n’affiche pas encore votre paiement comme confirmé et nous vérifions ce point avec elle. Merci de ne pas payer une seconde fois : nous vous préviendrons dès que le paiement sera confirmé. Merci de votre patience.',
  },
  it: {
    'shipping-delayed':
      'Buongiorno e grazie per il suo ordine {order}. A causa di un problema tecnico sulla piattaforma, l’elaborazione delle spedizioni è al momento in ritardo. L’articolo è riservato per lei e lo spediremo non appena il sistema tornerà a funzionare. Ci scusiamo per il ritardo e la ringraziamo per la pazienza.',
    'status-shown-wrong':
      'Buongiorno, in merito al suo ordine {order}: a causa di un problema tecnico sulla piattaforma, lo stato dell’ordine potrebbe essere visualizzato in modo errato. L’ordine viene gestito normalmente e non deve fare nulla. Ci scusiamo per la confusione e la terremo aggiornata.',
    'payment-being-verified':
      'Buongiorno e grazie per il suo ordine {order}. La piattaforma non mostra ancora il suo pagamento come confermato e lo stiamo verificando. La preghiamo di non pagare una seconda volta: la avviseremo non appena il pagamento sarà confermato. Grazie per la pazienza.',
  },
};

/** The message of one kind, in one language, for one order. */
export function buyerMessage(kind: BuyerMessageKind, language: BuyerLanguage, orderId: string): string {
  const id = orderId.trim();
  if (!id) throw new Error('A buyer message needs the order number');
  return BUYER_MESSAGE_TEMPLATES[language][kind].replaceAll(ORDER_PLACEHOLDER, id);
}

/** A back-office UI language (rules hosts, BCP 47) as a buyer-message language, when there is one. */
export function toBuyerLanguage(tag: string): BuyerLanguage | undefined {
  const normalised = tag.replace('-', '_');
  if ((BUYER_LANGUAGES as readonly string[]).includes(normalised)) return normalised as BuyerLanguage;
  const base = normalised.split('_')[0]!;
  if (base === 'pt') return 'pt_BR';
  if (base === 'zh') return /TW|HK|Hant/i.test(normalised) ? 'zh_TW' : 'zh_CN';
  return (BUYER_LANGUAGES as readonly string[]).includes(base) ? (base as BuyerLanguage) : undefined;
}

/**
 * The buyers' language for an order on this back-office host: the marketplace's language from
 * the platform rules. Cross-border centres (Shopee CN, KR) sell to other markets, so their UI
 * language says nothing about the buyer: English there, and wherever no template exists.
 */
export function defaultBuyerLanguage(host: string): BuyerLanguage {
  const match = matchHost(host);
  if (!match || /cross-border/.test(match.region)) return 'en';
  return toBuyerLanguage(match.language) ?? 'en';
}

/** The message that fits an order fault: unpaid → payment being verified; a wrong or stale status → status shown wrongly. */
export function buyerMessageKindFor(reason: SignalReason | null | undefined): BuyerMessageKind {
  if (reason === 'unpaid-too-long') return 'payment-being-verified';
  if (reason === 'list-detail-mismatch' || reason === 'status-unchanged' || reason === 'duplicate') return 'status-shown-wrong';
  return 'shipping-delayed';
}
