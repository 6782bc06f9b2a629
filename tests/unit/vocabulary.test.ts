import { describe, expect, it } from 'vitest';
import { PLATFORM_RULES } from '../../lib/rules/catalog';
import type { Platform } from '../../lib/rules/types';
import { createClassifier } from '../../lib/vocabulary';
import vocabulary, { AMAZON_VOCABULARY, OZON_VOCABULARY, SHOPEE_VOCABULARY } from '../../rules/vocabulary';

const { classifyMessage } = createClassifier(vocabulary);
const PLATFORM_VOCABULARY = { ozon: OZON_VOCABULARY, shopee: SHOPEE_VOCABULARY, amazon: AMAZON_VOCABULARY };

// One real-looking banner per language, and what must stay quiet.
const ERRORS: Record<string, string> = {
  en: "We couldn't load your orders. Please try again later.",
  ru: 'Не удалось загрузить отправления. Попробуйте позже.',
  'zh-CN': '系统繁忙,订单加载失败,请稍后重试',
  'zh-TW': '系統忙碌中,訂單載入失敗,請稍後再試',
  pt: 'Não foi possível carregar seus pedidos. Tente novamente.',
  es: 'No hemos podido cargar tus pedidos. Vuelve a intentarlo más tarde.',
  th: 'โหลดคำสั่งซื้อไม่สำเร็จ กรุณาลองใหม่อีกครั้ง',
  vi: 'Không thể tải đơn hàng. Vui lòng thử lại sau.',
  id: 'Gagal memuat pesanan. Silakan coba lagi nanti.',
  ms: 'Gagal memuatkan pesanan. Sila cuba lagi kemudian.',
  ja: '注文を読み込めませんでした。しばらくしてからもう一度お試しください。',
  de: 'Ihre Bestellungen konnten nicht geladen werden. Bitte versuchen Sie es später erneut.',
  fr: 'Impossible de charger vos commandes. Veuillez réessayer plus tard.',
  it: 'Impossibile caricare gli ordini. Riprova più tardi.',
  tr: 'Siparişleriniz yüklenemedi. Lütfen daha sonra tekrar deneyin.',
  ko: '주문을 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.',
  nl: 'We konden je bestellingen niet laden. Probeer het later opnieuw.',
  sv: 'Vi kunde inte läsa in dina beställningar.',
  pl: 'Nie udało się wczytać zamówień.',
};

const SUCCESSES: Record<string, string> = {
  en: 'Order shipped successfully',
  ru: 'Успешно сохранено',
  'zh-CN': '保存成功',
  th: 'บันทึกสำเร็จ',
  vi: 'Cập nhật thành công',
  id: 'Pesanan berhasil dikirim',
  de: 'Erfolgreich gespeichert',
  fr: 'Enregistré avec succès',
  tr: 'Başarıyla kaydedildi',
};

describe('classifyMessage', () => {
  it.each(Object.entries(ERRORS))('%s error banner is an error', (_language, text) => {
    expect(classifyMessage(text)).toBe('error');
  });

  it.each(Object.entries(SUCCESSES))('%s success message is not an error', (_language, text) => {
    expect(classifyMessage(text)).toBe('success');
  });

  it('a failure phrase that contains a success word stays an error', () => {
    expect(classifyMessage('บันทึกไม่สำเร็จ')).toBe('error');
    expect(classifyMessage('Cập nhật không thành công')).toBe('error');
  });

  it.each(['0 errors', 'Ошибок: 0', 'No errors found in your listings', '错误:0', 'Import finished without errors', 'Fehler: 0'])('"%s" summary is not an error', (text) => {
    expect(classifyMessage(text)).not.toBe('error');
  });

  it('neutral notices are neutral', () => {
    expect(classifyMessage('New: bulk label printing is now available for FBS')).toBe('neutral');
    expect(classifyMessage('Заказы за сегодня')).toBe('neutral');
  });

  it('does not match error words inside other words', () => {
    expect(classifyMessage('Terror Tales paperback')).toBe('neutral');
    expect(classifyMessage('Cannot')).toBe('error');
  });
});

describe('each platform carries the words of its own languages', () => {
  /** rules/<platform>.ts names hosts' languages as BCP 47 tags; the vocabulary keys pt, not pt-BR. */
  const vocabularyKey = (language: string) => (language in vocabulary ? language : language.split('-')[0]!);

  it.each(Object.entries(PLATFORM_VOCABULARY))('%s: every host language that has words is in its vocabulary, and English and Chinese', (platform, words) => {
    const languages = PLATFORM_RULES[platform as Platform].hosts.map((host) => vocabularyKey(host.language)).filter((key) => key in vocabulary);
    for (const language of [...languages, 'en', 'zh-CN']) expect(Object.keys(words)).toContain(language);
    // The same entries as the full vocabulary: a platform subset never has words of its own.
    for (const [language, entries] of Object.entries(words)) expect(entries).toBe(vocabulary[language]);
  });

  it('every language is some platform\'s', () => {
    const covered = new Set(Object.values(PLATFORM_VOCABULARY).flatMap((words) => Object.keys(words)));
    expect([...covered].sort()).toEqual(Object.keys(vocabulary).sort());
  });

  it.each(Object.entries(PLATFORM_VOCABULARY))('%s: the banners of its languages are errors, the successes are not', (_platform, words) => {
    const classifier = createClassifier(words);
    for (const language of Object.keys(words)) {
      expect(classifier.classifyMessage(ERRORS[language]!), language).toBe('error');
      if (SUCCESSES[language]) expect(classifier.classifyMessage(SUCCESSES[language]!), language).toBe('success');
    }
  });

  it('a platform does not carry the others\' words', () => {
    expect(createClassifier(OZON_VOCABULARY).classifyMessage(ERRORS.de!)).toBe('neutral');
    expect(createClassifier(AMAZON_VOCABULARY).classifyMessage(ERRORS.ru!)).toBe('neutral');
    expect(createClassifier(SHOPEE_VOCABULARY).classifyMessage(ERRORS.ru!)).toBe('neutral');
  });
});
