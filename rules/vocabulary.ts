import { defineVocabulary, type LanguageVocabulary, type Vocabulary } from '../lib/rules/define';

// Words that make a visible message an error, a success or a "no errors" summary, in the
// sellers' and platforms' languages. Entries are regular-expression sources matched
// case-insensitively against normalised text; an entry for a language without word spacing
// (zh, ja, th) matches anywhere. Error entries are checked first, so a failure phrase that
// contains a success word (th "ไม่สำเร็จ", vi "không thành công") stays an error.
const en: LanguageVocabulary = {
  error: ['\\berror(?:s)?\\b', '\\bfail(?:ed|ure|s)?\\b', "\\bcould ?n[o']t\\b", "\\bcan(?:no|')t\\b", '\\bunable to\\b', 'went wrong', '\\btry again\\b', '\\bunavailable\\b', '\\btimed? ?out\\b', '\\bdenied\\b', '\\bexpired\\b', '\\binvalid\\b', '\\bnot authori[sz]ed\\b', '\\bunauthori[sz]ed\\b', '\\bforbidden\\b', 'too many requests', 'rate limit', '\\bquota\\b', '\\bexceeded\\b'],
  success: ['\\bsuccess(?:ful(?:ly)?)?\\b', '\\bsaved\\b', '\\bupdated\\b', '\\bdone\\b', '\\bconfirmed\\b'],
  noErrors: ['\\b(?:0|no|zero)\\s+(?:errors?|failures?|issues?|problems?)\\b', '\\berrors?\\s*:\\s*0\\b', '\\bwithout errors?\\b', '\\berror[- ]free\\b'],
};

const ru: LanguageVocabulary = {
  error: ['ошибк', 'не удалось', 'не получилось', 'сбой', 'недоступ', 'попробуйте (?:позже|ещё раз|еще раз|снова)', 'повторите попытку', 'превышен', 'ист[её]к', 'неверн', 'запрещ', 'нет доступа', 'не загрузил', 'что-то пошло не так', 'технические работы'],
  success: ['успешно', 'сохранен', 'сохранён', 'готово', 'подтвержд[её]н'],
  noErrors: ['ошибок\\s*:?\\s*0(?!\\d)', '(?<!\\d)0\\s+ошибок', 'нет ошибок', 'без ошибок'],
};

const zhCN: LanguageVocabulary = {
  error: ['错误', '失败', '出错', '异常', '无法', '稍后重试', '请重试', '超时', '繁忙', '过期', '无效', '拒绝', '不可用', '未授权', '请求过多'],
  success: ['成功', '已保存', '已更新'],
  noErrors: ['(?<!\\d)0\\s*个?错误', '错误\\s*[::]\\s*0(?!\\d)', '无错误', '没有错误'],
};

const zhTW: LanguageVocabulary = {
  error: ['錯誤', '失敗', '異常', '無法', '稍後再試', '請重試', '逾時', '過期', '無效', '拒絕', '忙碌', '未授權'],
  success: ['成功', '已儲存', '已更新'],
  noErrors: ['(?<!\\d)0\\s*個?錯誤', '錯誤\\s*[::]\\s*0(?!\\d)', '沒有錯誤'],
};

const pt: LanguageVocabulary = {
  error: ['\\berros?\\b', '\\bfalh(?:a|as|ou)\\b', 'não foi possível', '\\btente novamente\\b', '\\bindisponível\\b', '\\bexpirad[oa]\\b', '\\binválid[oa]\\b', '\\bnegad[oa]\\b', '\\bexcedeu\\b', 'muitas solicitações'],
  success: ['\\bsucesso\\b', '\\bsalv[oa]s?\\b', '\\batualizad[oa]\\b'],
  noErrors: ['\\b(?:0|nenhum)\\s+erros?\\b', '\\berros?\\s*:\\s*0\\b', '\\bsem erros?\\b'],
};

const es: LanguageVocabulary = {
  error: ['\\berror(?:es)?\\b', '\\bfall(?:ó|o|ido)\\b', '\\bno (?:se )?(?:pudo|pudimos|puede|pueden|hemos podido|ha podido|han podido)\\b', 'no ha sido posible', 'vuelv[ae] a intentar', 'int[ée]nt(?:alo|elo|e)\\b', '\\bno disponible\\b', '\\b(?:caducad|expirad)[oa]\\b', '\\binválid[oa]\\b', '\\bdenegad[oa]\\b', '\\bexcedid[oa]\\b', 'demasiadas solicitudes'],
  success: ['\\béxito\\b', '\\bcorrectamente\\b', '\\bguardad[oa]s?\\b', '\\bactualizad[oa]\\b'],
  noErrors: ['\\b(?:0|ningún|sin)\\s+error(?:es)?\\b', '\\berror(?:es)?\\s*:\\s*0\\b'],
};

const th: LanguageVocabulary = {
  error: ['ข้อผิดพลาด', 'ผิดพลาด', 'ล้มเหลว', 'ไม่สามารถ', 'ลองใหม่', 'ไม่สำเร็จ', 'หมดเวลา', 'หมดอายุ', 'ไม่ถูกต้อง'],
  success: ['สำเร็จ', 'บันทึกแล้ว'],
  noErrors: ['ไม่มีข้อผิดพลาด', 'ข้อผิดพลาด\\s*:?\\s*0(?!\\d)'],
};

const vi: LanguageVocabulary = {
  error: ['\\blỗi\\b', 'thất bại', 'không thể', 'thử lại', 'không thành công', 'hết hạn', 'hết thời gian', 'không hợp lệ', 'bị từ chối', 'quá nhiều yêu cầu'],
  success: ['thành công', 'đã lưu', 'đã cập nhật'],
  noErrors: ['(?<!\\d)0\\s+lỗi\\b', '\\blỗi\\s*:\\s*0(?!\\d)', 'không có lỗi'],
};

const id: LanguageVocabulary = {
  error: ['\\bkesalahan\\b', '\\bgagal\\b', '\\btidak (?:dapat|bisa)\\b', '\\bcoba lagi\\b', '\\bkedaluwarsa\\b', '\\btidak valid\\b', '\\bditolak\\b', 'terjadi masalah', 'terlalu banyak permintaan'],
  success: ['\\bberhasil\\b', '\\btersimpan\\b'],
  noErrors: ['\\b(?:0|tidak ada)\\s+kesalahan\\b', '\\bkesalahan\\s*:\\s*0\\b'],
};

const ms: LanguageVocabulary = {
  error: ['\\bralat\\b', '\\bgagal\\b', '\\btidak dapat\\b', '\\bcuba lagi\\b', '\\btamat tempoh\\b', '\\btidak sah\\b', '\\bditolak\\b'],
  success: ['\\bberjaya\\b', '\\bdisimpan\\b'],
  noErrors: ['\\b(?:0|tiada)\\s+ralat\\b', '\\bralat\\s*:\\s*0\\b'],
};

const ja: LanguageVocabulary = {
  error: ['エラー', '失敗', 'できませんでした', 'できません', 'お試しください', '期限切れ', '無効', '拒否', 'タイムアウト', '問題が発生'],
  success: ['成功', '完了しました', '保存しました', '更新しました'],
  noErrors: ['エラー\\s*[::]?\\s*0(?!\\d)', 'エラーはありません', 'エラーなし'],
};

const de: LanguageVocabulary = {
  error: ['\\bfehler\\b', 'fehlgeschlagen', 'nicht möglich', '\\bkonnten? nicht\\b', 'versuchen sie es (?:später|erneut)', '\\bnicht verfügbar\\b', '\\babgelaufen\\b', '\\bungültig\\b', '\\bverweigert\\b', '\\büberschritten\\b', 'zu viele anfragen'],
  success: ['\\berfolgreich\\b', '\\bgespeichert\\b', '\\baktualisiert\\b'],
  noErrors: ['\\b(?:0|keine)\\s+fehler\\b', '\\bfehler\\s*:\\s*0\\b', '\\bohne fehler\\b'],
};

const fr: LanguageVocabulary = {
  error: ['\\berreurs?\\b', '\\béchec\\b', '\\béchoué\\b', "\\bimpossible d(?:e|')", '\\bréessay', '\\bindisponible\\b', '\\bexpiré[e]?\\b', '\\binvalide\\b', '\\brefusé[e]?\\b', '\\bdépassé[e]?\\b', 'trop de requêtes'],
  success: ['\\bsuccès\\b', '\\bréussi[e]?\\b', '\\benregistré[e]?s?\\b', '\\bmis à jour\\b'],
  noErrors: ['\\b(?:0|aucune)\\s+erreurs?\\b', '\\berreurs?\\s*:\\s*0\\b', '\\bsans erreurs?\\b'],
};

const it: LanguageVocabulary = {
  error: ['\\berror[ei]\\b', '\\bnon riuscit[oa]\\b', '\\bimpossibile\\b', '\\briprova\\b', '\\bnon disponibile\\b', '\\bscadut[oa]\\b', '\\bnon valid[oa]\\b', '\\bnegat[oa]\\b', '\\bsuperat[oa]\\b', 'troppe richieste'],
  success: ['\\bsuccesso\\b', '\\bsalvat[oa]\\b', '\\baggiornat[oa]\\b', '\\bcompletat[oa] con successo\\b'],
  noErrors: ['\\b(?:0|nessun)\\s+error[ei]\\b', '\\berror[ei]\\s*:\\s*0\\b', '\\bsenza errori\\b'],
};

const tr: LanguageVocabulary = {
  error: ['\\bhata', '\\bbaşarısız', 'yapılamadı', 'edilemedi', 'tekrar deneyin', 'kullanılamıyor', 'süresi doldu', '\\bgeçersiz', 'reddedildi', 'çok fazla istek'],
  success: ['\\bbaşarıyla\\b', '\\bbaşarılı\\b', '\\bkaydedildi\\b'],
  noErrors: ['\\b0\\s+hata\\b', '\\bhata\\s*:\\s*0\\b', '\\bhata yok\\b'],
};

const nl: LanguageVocabulary = {
  error: ['\\bfout(?:en)?\\b', '\\bmislukt\\b', '\\bkon(?:den)? (?:\\S+ ){0,4}niet\\b', '\\bniet mogelijk\\b', 'probeer het (?:later )?opnieuw', '\\bniet beschikbaar\\b', '\\bverlopen\\b', '\\bongeldig\\b', '\\bgeweigerd\\b'],
  success: ['\\bgelukt\\b', '\\bopgeslagen\\b', '\\bsuccesvol\\b'],
  noErrors: ['\\b(?:0|geen)\\s+fouten\\b', '\\bfouten\\s*:\\s*0\\b'],
};

const sv: LanguageVocabulary = {
  error: ['\\bfel\\b', '\\bmisslyckades\\b', '\\bkunde inte\\b', '\\bförsök igen\\b', '\\binte tillgänglig\\b', '\\bhar gått ut\\b', '\\bogiltig\\b', '\\bnekad\\b'],
  success: ['\\blyckades\\b', '\\bsparad\\b', '\\bsparat\\b'],
  noErrors: ['\\b(?:0|inga)\\s+fel\\b', '\\bfel\\s*:\\s*0\\b'],
};

const pl: LanguageVocabulary = {
  error: ['\\bbłąd\\b', '\\bbłędy\\b', 'nie udało się', '\\bniepowodzenie\\b', 'spróbuj (?:ponownie|jeszcze raz)', '\\bniedostępn', '\\bwygasł', '\\bnieprawidłow', '\\bodmow'],
  success: ['\\bpomyślnie\\b', '\\bzapisano\\b', '\\bsukces\\b'],
  noErrors: ['\\b(?:0|brak)\\s+błędów\\b', '\\bbłędy\\s*:\\s*0\\b'],
};

const ko: LanguageVocabulary = {
  error: ['오류', '실패', '할 수 없', '다시 시도', '만료', '유효하지 않', '거부'],
  success: ['성공', '저장됨', '저장되었습니다'],
  noErrors: ['오류\\s*:?\\s*0(?!\\d)', '오류 없음'],
};

/** Every language: the rules tests, and whatever runs outside a back-office page. */
export default defineVocabulary({ en, ru, 'zh-CN': zhCN, 'zh-TW': zhTW, pt, es, th, vi, id, ms, ja, de, fr, it, tr, nl, sv, pl, ko });

// Each platform's languages, the ones its back-office is shown in: the languages of its hosts
// (rules/<platform>.ts), English, and the languages of the cross-border sellers it serves
// (Chinese everywhere; Korean and Japanese on Shopee and Amazon). A page gets words of these only.
// tests/unit/vocabulary.test.ts checks every host's language is covered.
export const OZON_VOCABULARY = defineVocabulary({ en, ru, 'zh-CN': zhCN });
export const SHOPEE_VOCABULARY = defineVocabulary({ en, 'zh-CN': zhCN, 'zh-TW': zhTW, pt, es, th, vi, id, ms, ja, ko });
export const AMAZON_VOCABULARY = defineVocabulary({ en, 'zh-CN': zhCN, pt, es, ja, de, fr, it, tr, nl, sv, pl, ko });

/** Each platform's languages: the background picks a page's from these (lib/background/page-rules-answer.ts). */
export const PLATFORM_VOCABULARY: Readonly<Record<'ozon' | 'shopee' | 'amazon', Vocabulary>> = { ozon: OZON_VOCABULARY, shopee: SHOPEE_VOCABULARY, amazon: AMAZON_VOCABULARY };
