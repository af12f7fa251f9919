// Plausible, reproducible names for demo data; no real person's data is ever needed for a demo.

/** About 100 of the most common surnames, most frequent first (household-registration statistics). */
export const COMMON_SURNAMES: readonly string[] = Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤',
);

export const GIVEN_NAME_CHARS_MALE: readonly string[] = Array.from(
  '伟强磊军勇杰涛斌超刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭龙林阳建国峰亮成东志博鸿睿轩泽豪航铭锐哲翔宏毅坤彬洋力明松川海江山德诚',
);

export const GIVEN_NAME_CHARS_FEMALE: readonly string[] = Array.from(
  '芳娜敏静丽艳娟霞秀玲燕婷雪琳慧颖倩洁晶怡婧璐佳梦瑶雯萍红梅莉兰凤琴蓉薇妍菲彤诗雅馨甜萌媛淑蕾露丹莹巧婉茜萱琪珊蕊岚芸春晴',
);

export const GIVEN_NAME_CHARS_NEUTRAL: readonly string[] = Array.from(
  '子晓文思嘉一心安宁乐欣然雨可元清晨家永玉小天云新和金荣光英语凡星辰悦舒如昊逸若奕景恩沐知言书艺柯秋蓝青涵祺瑞希冰颂晗钰',
);

/** mulberry32: tiny, fast and good enough for demo data; the same seed always gives the same sequence. */
export function makeRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(rng: () => number, list: readonly string[], skew = 1): string {
  // skew > 1 favours the front of the list, so frequent surnames come up more often.
  const index = Math.min(list.length - 1, Math.floor(rng() ** skew * list.length));
  return list[index] ?? '';
}

export function demoName(rng: () => number, sex: 'M' | 'F'): string {
  const own = sex === 'M' ? GIVEN_NAME_CHARS_MALE : GIVEN_NAME_CHARS_FEMALE;
  const givenChar = () => (rng() < 0.7 ? pick(rng, own) : pick(rng, GIVEN_NAME_CHARS_NEUTRAL));
  const surname = pick(rng, COMMON_SURNAMES, 2);
  return rng() < 0.25 ? surname + givenChar() : surname + givenChar() + givenChar();
}
