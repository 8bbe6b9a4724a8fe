// China: provinces and cities (English and Chinese names), Chinese names in characters with pinyin
// for e-mail addresses, "广州华盛贸易有限公司" or "Guangzhou Huasheng Trading Co., Ltd." company
// names, addresses in the same script as the name, +86 numbers.
import {
  emailLocalPart,
  list,
  postcode,
  region,
  type BusinessKind,
  type BusinessName,
  type City,
  type Market,
  type Person,
  type Region,
} from './market';
import { WeightedChoice, type DemoRandom } from './random';

const regions = [
  region(
    'Guangdong',
    28,
    'Guangzhou:20:510:广州, Shenzhen:755:518:深圳, Dongguan:769:523:东莞, Foshan:757:528:佛山, ' +
      'Zhongshan:760:528:中山, Zhuhai:756:519:珠海, Shantou:754:515:汕头, Huizhou:752:516:惠州, Jiangmen:750:529:江门',
    '广东省',
  ),
  region(
    'Zhejiang',
    16,
    'Hangzhou:571:310:杭州, Ningbo:574:315:宁波, Wenzhou:577:325:温州, Yiwu:579:322:义乌, Shaoxing:575:312:绍兴, ' +
      'Jiaxing:573:314:嘉兴, Taizhou:576:318:台州, Huzhou:572:313:湖州',
    '浙江省',
  ),
  region(
    'Jiangsu',
    16,
    'Suzhou:512:215:苏州, Nanjing:25:210:南京, Wuxi:510:214:无锡, Changzhou:519:213:常州, Nantong:513:226:南通, ' +
      'Kunshan:512:215:昆山, Xuzhou:516:221:徐州, Yangzhou:514:225:扬州',
    '江苏省',
  ),
  region('Shanghai', 10, 'Shanghai:21:20:上海', '上海市'),
  region('Beijing', 6, 'Beijing:10:10:北京', '北京市'),
  region(
    'Shandong',
    8,
    'Qingdao:532:266:青岛, Jinan:531:250:济南, Yantai:535:264:烟台, Weifang:536:261:潍坊, Linyi:539:276:临沂, ' +
      'Zibo:533:255:淄博',
    '山东省',
  ),
  region(
    'Fujian',
    7,
    'Xiamen:592:361:厦门, Fuzhou:591:350:福州, Quanzhou:595:362:泉州, Jinjiang:595:362:晋江, Zhangzhou:596:363:漳州',
    '福建省',
  ),
  region(
    'Sichuan',
    6,
    'Chengdu:28:610:成都, Mianyang:816:621:绵阳, Deyang:838:618:德阳, Yibin:831:644:宜宾, Leshan:833:614:乐山, ' +
      'Nanchong:817:637:南充',
    '四川省',
  ),
  region('Chongqing', 4, 'Chongqing:23:40:重庆', '重庆市'),
  region(
    'Hubei',
    5,
    'Wuhan:27:430:武汉, Yichang:717:443:宜昌, Xiangyang:710:441:襄阳, Jingzhou:716:434:荆州',
    '湖北省',
  ),
];

/** Parses "字pinyin ..." into [character, pinyin] pairs. */
function syllables(table: string): (readonly [string, string])[] {
  return table.split(' ').map((entry) => [entry.charAt(0), entry.slice(1)] as const);
}

const surnames = syllables(
  '王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he ' +
    '林lin 高gao 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao ' +
    '田tian 董dong 潘pan 袁yuan 蔡cai 蒋jiang 余yu 于yu 杜du 叶ye 程cheng 魏wei 苏su 吕lv 丁ding 任ren 卢lu ' +
    '姚yao 沈shen 钟zhong 姜jiang 崔cui 谭tan 陆lu 范fan 汪wang 廖liao 石shi 金jin 贾jia 夏xia 方fang 邹zou ' +
    '熊xiong 白bai 孟meng 秦qin 邱qiu 侯hou 江jiang 尹yin 薛xue 段duan 雷lei 龙long 黎li 史shi 陶tao 贺he 毛mao',
);
// Surnames are far from uniform: the first ten cover a large share of the population.
const surnameChoice = new WeightedChoice(surnames.map((entry, rank) => [entry, 1 / (rank + 3)] as const));
const maleGiven = syllables(
  '伟wei 强qiang 磊lei 军jun 洋yang 勇yong 杰jie 涛tao 斌bin 超chao 明ming 刚gang 平ping 辉hui 鹏peng 华hua ' +
    '飞fei 鑫xin 波bo 宇yu 浩hao 凯kai 健jian 俊jun 帆fan 旭xu 宁ning 龙long 林lin 阳yang 建jian 国guo 志zhi ' +
    '海hai 峰feng 亮liang 成cheng 东dong 文wen 晨chen 博bo 睿rui 豪hao 轩xuan 然ran',
);
const femaleGiven = syllables(
  '芳fang 娜na 敏min 静jing 丽li 艳yan 娟juan 霞xia 秀xiu 玲ling 燕yan 萍ping 红hong 莉li 婷ting 雪xue 琳lin ' +
    '慧hui 颖ying 倩qian 洁jie 梅mei 琴qin 云yun 莹ying 丹dan 晶jing 佳jia 欣xin 怡yi 悦yue 瑶yao 璐lu 雯wen ' +
    '蕾lei 薇wei 岚lan 月yue 萱xuan 涵han',
);
const englishMale = list('Kevin, Jack, Tony, David, Eric, Michael, Leo, Frank, Allen, Peter, Jason, Steven');
const englishFemale = list('Lily, Amy, Cathy, Grace, Linda, Cindy, Vivian, Sunny, Helen, Alice, Judy, Nancy');

function capitalised(pinyin: string): string {
  return pinyin.charAt(0).toUpperCase() + pinyin.slice(1);
}

function person(random: DemoRandom): Person {
  const female = random.chance(0.45);
  const gender = female ? 'female' : 'male';
  const [surname, surnamePinyin] = surnameChoice.pick(random);
  const pool = female ? femaleGiven : maleGiven;
  const [firstChar, firstPinyin] = random.pick(pool);
  const [secondChar, secondPinyin] = random.chance(0.6) ? random.pick(pool) : ['', ''];
  // People who deal with foreign brands often go by an English name on their card.
  if (random.chance(0.1)) {
    const english = random.pick(female ? englishFemale : englishMale);
    return {
      name: `${english} ${capitalised(surnamePinyin)}`,
      first: english.toLowerCase(),
      last: surnamePinyin,
      gender,
      language: random.chance(0.7) ? 'zh' : 'en',
      culture: 'chinese',
    };
  }
  return {
    name: surname + firstChar + secondChar,
    first: firstPinyin + secondPinyin,
    last: surnamePinyin,
    gender,
    language: random.chance(0.98) ? 'zh' : 'en',
    culture: 'chinese',
  };
}

// Characters of a trade name (字号), chosen for good fortune as Chinese company names are.
const tradeNameChars = syllables(
  '华hua 恒heng 鑫xin 永yong 宏hong 金jin 瑞rui 佳jia 嘉jia 天tian 盛sheng 兴xing 富fu 广guang 利li 顺shun ' +
    '鸿hong 聚ju 同tong 新xin 腾teng 德de 诚cheng 信xin 安an 泰tai 锦jin 荣rong 晟sheng 昌chang 祥xiang 和he ' +
    '明ming 正zheng 源yuan 达da 通tong 丰feng 隆long 辉hui 创chuang 宇yu 海hai 中zhong 远yuan 亿yi 汇hui 博bo ' +
    '旺wang 昊hao 骏jun 凯kai 瀚han 旭xu 裕yu 润run 弘hong 冠guan 卓zhuo 联lian 振zhen 宝bao 美mei 乐le 耀yao ' +
    '峰feng 凌ling 晖hui 科ke 迅xun 合he 福fu 万wan',
);
/** Parses "English:中文, ..." into [English, Chinese] pairs. */
function pairs(table: string): (readonly [string, string])[] {
  return list(table).map((entry) => {
    const [english = '', chinese = ''] = entry.split(':');
    return [english, chinese] as const;
  });
}
const tradeIndustries = pairs(
  'Trading:贸易, Commerce & Trading:商贸, Industrial:实业, Supply Chain:供应链, Electrical Appliances:电器, ' +
    'Technology:科技, Import & Export:进出口, Trading:贸易',
);
const shopIndustries = pairs(
  'Electrical Store:电器商行, Home Appliances:家电, Department Store:百货, Hardware:五金, Electronics:电子, ' +
    'Supermarket:超市, Trading Firm:商行, Appliance Centre:电器城',
);

function business(random: DemoRandom, kind: BusinessKind, city: City): BusinessName {
  const first = random.pick(tradeNameChars);
  let second = random.pick(tradeNameChars);
  if (second[0] === first[0]) second = random.pick(tradeNameChars);
  const tradeName = first[0] + second[0];
  const tradeNamePinyin = capitalised(first[1]) + second[1];
  const [industry, industryChinese] = random.pick(kind === 'trade' ? tradeIndustries : shopIndustries);
  if (random.chance(0.6)) {
    // Sole traders register as "<city>市<name><line>"; companies as "<city><name><line>有限公司".
    const legalName =
      kind === 'shop' && random.chance(0.6)
        ? `${city.localName}市${tradeName}${industryChinese}`
        : `${city.localName}${tradeName}${industryChinese}有限公司`;
    return {
      name: tradeName + industryChinese,
      legalName,
      latinName: `${tradeNamePinyin} ${industry}`,
      stem: tradeNamePinyin,
      localScript: true,
    };
  }
  return {
    name: `${tradeNamePinyin} ${industry}`,
    legalName: `${city.name} ${tradeNamePinyin} ${industry} Co., Ltd.`,
    latinName: `${tradeNamePinyin} ${industry}`,
    stem: tradeNamePinyin,
  };
}

const roads = pairs(
  'Renmin:人民, Zhongshan:中山, Jiefang:解放, Jianshe:建设, Heping:和平, Xinhua:新华, Changjiang:长江, ' +
    'Huanghe:黄河, Yingbin:迎宾, Wenhua:文化, Kexue:科学, Gongye:工业, Chuangye:创业, Jinqiao:金桥, ' +
    'Binhai:滨海, Huanhu:环湖, Dongfeng:东风, Xingfu:幸福, Chaoyang:朝阳, Fuqiang:富强',
);
const roadKinds = pairs(
  'Road:路, North Road:北路, South Road:南路, East Road:东路, West Road:西路, Middle Road:中路, Avenue:大道, ' +
    'Street:街',
);
const zones = pairs(
  'Economic and Technological Development Zone:经济技术开发区, Hi-tech Industrial Park:高新技术产业园, ' +
    'Industrial Park:工业园区',
);
const municipalDistricts = new Map([
  [
    'Shanghai',
    pairs(
      'Pudong New Area:浦东新区, Minhang District:闵行区, Jiading District:嘉定区, Songjiang District:松江区, ' +
        'Baoshan District:宝山区, Putuo District:普陀区, Xuhui District:徐汇区, Qingpu District:青浦区',
    ),
  ],
  [
    'Beijing',
    pairs(
      'Chaoyang District:朝阳区, Haidian District:海淀区, Fengtai District:丰台区, Daxing District:大兴区, ' +
        'Tongzhou District:通州区, Shunyi District:顺义区',
    ),
  ],
  [
    'Chongqing',
    pairs(
      'Yubei District:渝北区, Jiangbei District:江北区, Nanan District:南岸区, Shapingba District:沙坪坝区, ' +
        'Jiulongpo District:九龙坡区',
    ),
  ],
]);

function address(
  random: DemoRandom,
  kind: BusinessKind,
  city: City,
  home: Region,
  name: BusinessName,
): string {
  const [road, roadChinese] = random.pick(roads);
  const [roadKind, roadKindChinese] = random.pick(roadKinds);
  const number = random.between(1, 999);
  const districts = municipalDistricts.get(city.name);
  const [area, areaChinese] = districts
    ? random.pick(districts)
    : kind === 'trade' && random.chance(0.4)
      ? random.pick(zones)
      : ['', ''];
  const room = random.chance(0.5)
    ? `${random.between(1, 28)}${String(random.between(1, 20)).padStart(2, '0')}`
    : '';
  const code = postcode(random, city, 6);
  if (name.localScript) {
    const place = districts ? home.localName : `${home.localName}${city.localName}市`;
    return `${place}${areaChinese}${roadChinese}${roadKindChinese}${number}号${room ? `${room}室` : ''}`;
  }
  const parts = [`No. ${number} ${road} ${roadKind}`];
  if (room) parts.unshift(`Room ${room}`);
  if (area) parts.push(area);
  parts.push(districts ? `${city.name} ${code}` : `${city.name}, ${home.name} ${code}`);
  return parts.join(', ');
}

function landline(random: DemoRandom, city: City): string {
  return `+86 ${city.areaCode} ${random.phoneDigits(4)} ${random.digits(4)}`;
}

const mobilePrefixes = list(
  '130, 131, 132, 133, 135, 136, 137, 138, 139, 150, 151, 152, 155, 156, 157, 158, 159, 166, 177, 180, 181, ' +
    '182, 183, 185, 186, 187, 188, 189, 199',
);

function mobile(random: DemoRandom): string {
  return `+86 ${random.pick(mobilePrefixes)} ${random.digits(4)} ${random.digits(4)}`;
}

function personalEmail(random: DemoRandom, who: Person): string {
  const service = random.next();
  // QQ addresses are the QQ number itself.
  if (service < 0.4) return `${random.phoneDigits(random.between(8, 10))}@qq.com`;
  const domain =
    service < 0.75 ? '163.com' : service < 0.88 ? '126.com' : service < 0.95 ? 'sina.com' : 'foxmail.com';
  return `${emailLocalPart(random, who)}@${domain}`;
}

export const china: Market = {
  country: 'CN',
  utcOffsetHours: 8,
  regions,
  person,
  business,
  nameInCity: (name, city) => (name.charCodeAt(0) > 0x2e80 ? city.localName + name : `${city.name} ${name}`),
  address,
  landline,
  mobile,
  companyDomainSuffixes: list('com.cn, com.cn, cn, com, com'),
  mailboxes: list('info, sales, service, admin'),
  personalEmail,
  interests: list(
    'table tennis, badminton, tea, calligraphy, fishing, golf, hiking, basketball, photography, travel, ' +
      'Chinese chess, mahjong, running, red wine, cooking, cycling, swimming, tai chi, CBA basketball, ' +
      'square dancing, car clubs',
  ),
  whatsappShare: 0.12,
  chatApp: 'WeChat',
  peakSeasons: list(
    "Singles' Day (11.11), the 618 shopping festival, Chinese New Year, National Day Golden Week",
  ),
};
