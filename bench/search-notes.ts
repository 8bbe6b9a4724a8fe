// Visit notes for the search benchmark, in the five languages of the app: a few dozen common
// words per language drawn with a Zipf-like skew (a few words in most notes, most words in few),
// plus rarer words from a long tail of product codes, names and made-up words, so queries meet
// doclists of realistic sizes. Deterministic for a seed.

const common = {
  en: 'the and to of we partner asked about payment terms delivery schedule stock levels new product line display shelf promotion discount invoice overdue order volume price increase competitor visit showroom training staff feedback contract renewal margin rebate warehouse customer owner next month meeting sample catalogue complaint quality',
  ms: 'dan yang untuk dengan kami rakan kongsi bertanya tentang syarat pembayaran jadual penghantaran tahap stok produk baharu rak paparan promosi diskaun invois tertunggak pesanan harga pesaing lawatan bilik pameran latihan kakitangan maklum balas kontrak pembaharuan margin gudang pelanggan pemilik bulan depan mesyuarat sampel katalog aduan kualiti',
  id: 'dan yang untuk dengan kami mitra bertanya tentang syarat pembayaran jadwal pengiriman stok produk baru rak pajangan promosi diskon faktur terlambat pesanan harga pesaing kunjungan ruang pamer pelatihan karyawan masukan kontrak perpanjangan marjin gudang pelanggan pemilik toko bulan depan rapat sampel katalog keluhan kualitas',
  nl: 'de het en van een we partner vroeg naar betalingsvoorwaarden levering schema voorraad nieuwe productlijn schap promotie korting factuur achterstallig bestelling prijs verhoging concurrent bezoek showroom training personeel feedback contract verlenging marge magazijn klant eigenaar volgende maand overleg monster catalogus klacht kwaliteit één geïnteresseerd café',
  zh: '我们 他们 的 了 是 合同 付款 经销商 交货 库存 新品 货架 促销 折扣 发票 逾期 订单 价格 竞争 拜访 展厅 培训 员工 反馈 续约 利润 返利 仓库 老板 客户 市场 销售 问题 下周 上个月 需要 希望 讨论 样品 目录 投诉 质量',
} as const;

export type NoteLanguage = keyof typeof common;
export const noteLanguages = Object.keys(common) as NoteLanguage[];

const commonWords: Record<NoteLanguage, string[]> = Object.fromEntries(
  noteLanguages.map((language) => [language, common[language].split(' ')]),
) as Record<NoteLanguage, string[]>;

const syllables =
  'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu'.split(
    ' ',
  );
const hanzi =
  '安百班办半包报北本比必边变表别并不才采参产长常场车成城出处传创春词从村打大代带单当道得地第点电调定东动都对多儿发法反方房放分风服福副该改感干刚高告哥歌个给根更工公功共关观管光广规国果过海含汉好号和合河黑很红后候呼湖花华化话环黄回会活火机基及级即极几计记际家加价间建将江交教接节结解金进近京经精景九究就局举据决军开看康考科可克空口快况矿拉来蓝劳老乐类离理力立利连联量林领六龙路论落马买满毛么美门们面民明名命目那南难内能你年宁农女平期其奇起气汽千前强桥亲青清情请求区取全却然让人认日容如入三色山商上少社身深神生声省师十石时实使始世市事是收手首受书数水说思四送苏算虽所他台太谈特提题体天田条听通同统头图土团外完万王往望为位文问我无五物西希习系下先现线相想向象小校些新信星行形性兴学雪亚眼阳养样要也业叶一医已以意因音银应英影用由油有友又于与语元原员远院月越运再在早则怎增展战张长照者这真争正政之知直值职指志制治中种重州周主住注助专转资子自总走组最作做'.split(
    '',
  );

/** A small, fast, seedable generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Index into a list of n with a Zipf-like skew: index 0 most often. */
const zipfIndex = (random: () => number, n: number) =>
  Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1)) - 1));

/** A made-up word of the long tail: tail index i → the same word every time. */
export function tailWord(language: NoteLanguage, i: number): string {
  if (language === 'zh')
    return hanzi[i % hanzi.length]! + hanzi[Math.floor(i / hanzi.length) % hanzi.length]!;
  let word = '';
  let rest = i;
  for (let k = 0; k < 3; k++) {
    word += syllables[rest % syllables.length]!;
    rest = Math.floor(rest / syllables.length);
  }
  return `${word}${syllables[(i * 7) % syllables.length]}`;
}

export const tailSize = 50_000;

export function noteText(random: () => number, language: NoteLanguage): { purpose: string; notes: string } {
  const words = commonWords[language];
  const length = 25 + Math.floor(random() * 60);
  const picked: string[] = [];
  for (let i = 0; i < length; i++) {
    picked.push(
      random() < 0.08
        ? tailWord(language, zipfIndex(random, tailSize))
        : words[zipfIndex(random, words.length)]!,
    );
  }
  if (language === 'zh') {
    // Chinese runs words together; a comma or full stop every dozen characters or so.
    let text = '';
    picked.forEach((word, i) => (text += word + (i % 6 === 5 ? (i % 12 === 11 ? '。' : '，') : '')));
    return { purpose: picked.slice(0, 2).join(''), notes: `${text}。` };
  }
  const sentences: string[] = [];
  for (let i = 0; i < picked.length; i += 12) {
    const sentence = picked.slice(i, i + 12).join(' ');
    sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.');
  }
  return { purpose: picked.slice(0, 3).join(' '), notes: sentences.join(' ') };
}
