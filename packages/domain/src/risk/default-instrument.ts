// The instrument the city starts from, until it publishes its own version.
import type { RiskInstrument, RiskOption } from './instrument.ts';

const o = (value: string, zh: string, en: string, score: number): RiskOption => ({ value, label: { zh, en }, score });

/**
 * The default instrument: Hubei's three first-level indicators with the plan's six areas under them (监护 and
 * 安全 are what the guardian does, 生活 is what the household has to support the child, 教育/医疗/康复 are how
 * the child is developing). Items, scores and cut-offs are a local default the city may replace by a new version.
 */
export const DEFAULT_RISK_INSTRUMENT: RiskInstrument = {
  version: 'risk-2026.1',
  effectiveFrom: '2026-01-01',
  source:
    'RULES §5.22 默认评估工具（参照湖北省困境儿童监护风险评估的三个一级指标；题目、分值与分界为本地默认，可配置）',
  indicators: [
    {
      code: 'child_development',
      label: { zh: '儿童发展', en: 'Child development' },
      areas: [
        {
          code: 'education',
          label: { zh: '教育', en: 'Education' },
          items: [
            {
              code: 'schooling',
              label: { zh: '是否按规定入学、在学', en: 'Enrolled and attending school as required' },
              options: [
                o('attending', '正常在学或未到入学年龄', 'Attending, or not yet of school age', 0),
                o('irregular', '经常缺课、逃学', 'Often absent or truant', 1),
                o('out_of_school', '辍学或失学', 'Dropped out or never enrolled', 3),
              ],
            },
            {
              code: 'study_support',
              label: { zh: '学习是否有人照看（作业辅导、家校联系）', en: 'Someone follows the schoolwork' },
              options: [
                o('regular', '有人经常照看', 'Regularly', 0),
                o('occasional', '偶尔有人照看', 'Occasionally', 1),
                o('none', '无人照看', 'Nobody', 2),
              ],
            },
          ],
        },
        {
          code: 'medical',
          label: { zh: '医疗', en: 'Health care' },
          items: [
            {
              code: 'illness',
              label: { zh: '患病是否及时就医', en: 'Illness treated in time' },
              options: [
                o('healthy', '身体健康', 'Healthy', 0),
                o('treated', '患病，正在规范治疗', 'Ill and being treated', 1),
                o('untreated', '患病未就医或中断治疗', 'Ill and not treated, or treatment stopped', 3),
              ],
            },
            {
              code: 'health_insurance',
              label: { zh: '是否参加城乡居民基本医疗保险', en: 'Covered by basic medical insurance' },
              options: [o('insured', '已参保', 'Insured', 0), o('uninsured', '未参保', 'Not insured', 2)],
            },
            {
              code: 'vaccination',
              label: { zh: '是否按规定接种疫苗、参加健康体检', en: 'Vaccinations and health checks as scheduled' },
              options: [
                o('complete', '按规定完成', 'Complete', 0),
                o('partial', '部分未完成', 'Partly missed', 1),
                o('none', '基本未接种或体检', 'Mostly missed', 2),
              ],
            },
            {
              code: 'mental_health',
              label: { zh: '心理与行为状况', en: 'Mental health and behaviour' },
              options: [
                o('well', '情绪、行为正常', 'Well', 0),
                o('mild', '孤僻、情绪低落或沉迷网络', 'Withdrawn, low or absorbed in games', 1),
                o('serious', '有自伤倾向、离家出走或违法行为', 'Self-harm, running away or offending', 3),
              ],
            },
          ],
        },
        {
          code: 'rehabilitation',
          label: { zh: '康复', en: 'Rehabilitation' },
          items: [
            {
              code: 'rehab_received',
              label: { zh: '残疾儿童是否接受康复', en: 'A disabled child receives rehabilitation' },
              options: [
                o('not_needed', '非残疾儿童或无需康复', 'Not disabled, or none needed', 0),
                o('receiving', '正在接受康复', 'Receiving it', 0),
                o('irregular', '康复训练不规律', 'Irregularly', 2),
                o('none', '需要康复但未接受', 'Needed but not received', 3),
              ],
            },
            {
              code: 'assistive_devices',
              label: { zh: '是否配有必要的辅具和专门照料', en: 'Has the assistive devices and special care needed' },
              options: [
                o('not_needed', '无需辅具或专门照料', 'None needed', 0),
                o('provided', '已配备', 'Provided', 0),
                o('lacking', '需要但未配备', 'Needed but lacking', 2),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'guardian_capacity',
      label: { zh: '监护能力', en: 'Guardian capacity' },
      areas: [
        {
          code: 'guardianship',
          label: { zh: '监护', en: 'Guardianship' },
          items: [
            {
              code: 'guardian_performs',
              label: { zh: '监护人是否实际履行监护职责', en: 'The guardian actually looks after the child' },
              options: [
                o('performs', '实际履行', 'Yes', 0),
                o('partly', '部分履行（长期外出或能力受限）', 'Partly (long away, or limited ability)', 2),
                o('nobody', '无人实际履行监护，儿童无人照料', 'Nobody looks after the child', 4),
              ],
            },
            {
              code: 'entrusted_carer',
              label: { zh: '父母外出时是否有委托照护人', en: 'An entrusted carer while the parents are away' },
              options: [
                o('not_away', '父母未外出', 'Parents not away', 0),
                o('signed', '有委托照护人，已签订书面协议', 'Named, written agreement signed', 0),
                o('unsigned', '有委托照护人，未签订书面协议', 'Named, no written agreement', 1),
                o('none', '无委托照护人', 'None', 3),
              ],
            },
            {
              code: 'carer_health',
              label: { zh: '监护人或照护人的身体与精神状况', en: "The guardian's or carer's health" },
              options: [
                o('good', '良好', 'Good', 0),
                o('limited', '年老体弱或患慢性病，照料能力有限', 'Old, frail or chronically ill; limited', 1),
                o('incapable', '重病、重残或精神障碍，基本无照料能力', 'Seriously ill or disabled; cannot care', 3),
              ],
            },
            {
              code: 'parenting',
              label: { zh: '监护人的教养方式', en: "The guardian's parenting" },
              options: [
                o('appropriate', '关心、沟通良好', 'Caring, talks with the child', 0),
                o('neglectful', '疏于管教、很少沟通', 'Neglectful, rarely talks', 1),
                o('harsh', '经常打骂、恐吓', 'Often hits, scolds or threatens', 3),
              ],
            },
            {
              code: 'guardian_conduct',
              label: { zh: '监护人是否有不良行为', en: 'The guardian behaves badly' },
              options: [
                o('none', '无', 'No', 0),
                o('vices', '酗酒、赌博等不良嗜好', 'Heavy drinking or gambling', 2),
                o('serious', '吸毒、违法犯罪或教唆儿童违法', 'Drugs, crime, or leads the child into crime', 4),
              ],
            },
          ],
        },
        {
          code: 'safety',
          label: { zh: '安全', en: 'Safety' },
          items: [
            {
              code: 'violence',
              label: { zh: '是否存在家庭暴力、虐待', en: 'Domestic violence or abuse' },
              options: [
                o('none', '未发现', 'None found', 0),
                o('suspected', '有疑似迹象', 'Signs suspected', 3),
                o('observed', '发现家庭暴力或虐待', 'Violence or abuse found', 5),
              ],
            },
            {
              code: 'living_alone',
              label: { zh: '儿童是否独居或长期无人看护', en: 'The child lives alone or is long left unattended' },
              options: [
                o('no', '否', 'No', 0),
                o('sometimes', '偶尔独自在家', 'Sometimes home alone', 1),
                o('yes', '独居或长期无人看护', 'Lives alone or long unattended', 4),
              ],
            },
            {
              code: 'exploitation',
              label: { zh: '是否被迫辍学务工、乞讨或早婚', en: 'Forced into work, begging or early marriage' },
              options: [
                o('none', '否', 'No', 0),
                o('at_risk', '存在风险', 'At risk', 2),
                o('occurring', '已经发生', 'Happening', 5),
              ],
            },
            {
              code: 'home_hazards',
              label: {
                zh: '居住环境安全隐患（临水、用电、用火、交通）',
                en: 'Hazards at home (water, power, fire, traffic)',
              },
              options: [
                o('none', '无明显隐患', 'None', 0),
                o('some', '存在一般隐患', 'Some', 1),
                o('serious', '存在严重隐患', 'Serious', 2),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'guardianship_support',
      label: { zh: '监护支持', en: 'Guardianship support' },
      areas: [
        {
          code: 'living',
          label: { zh: '生活', en: 'Daily living' },
          items: [
            {
              code: 'meals',
              label: { zh: '是否按时进食、吃饱', en: 'Eats enough, at regular times' },
              options: [
                o('regular', '按时进食', 'Yes', 0),
                o('irregular', '时常不按时进食', 'Often irregular', 1),
                o('hungry', '经常挨饿', 'Often hungry', 3),
              ],
            },
            {
              code: 'clothing',
              label: { zh: '衣着与个人卫生', en: 'Clothing and hygiene' },
              options: [
                o('adequate', '整洁、保暖', 'Clean and warm', 0),
                o('poor', '较差', 'Poor', 1),
                o('very_poor', '衣不蔽体或严重不洁', 'Inadequate or very dirty', 2),
              ],
            },
            {
              code: 'housing',
              label: { zh: '住房是否安全', en: 'Safe housing' },
              options: [
                o('safe', '安全', 'Safe', 0),
                o('minor', '存在一般隐患', 'Some defects', 1),
                o('unsafe', '危房或无固定住所', 'Unsafe, or no fixed home', 3),
              ],
            },
            {
              code: 'household_income',
              label: { zh: '家庭经济与救助保障', en: 'Household income and assistance' },
              options: [
                o('stable', '收入稳定', 'Stable income', 0),
                o('assisted', '困难，已纳入低保、特困等救助', 'Hard up, receiving assistance', 1),
                o('unassisted', '困难，未获救助', 'Hard up, no assistance', 3),
              ],
            },
            {
              code: 'social_support',
              label: {
                zh: '亲属、村（居）委会、儿童主任的关心帮扶',
                en: 'Support from relatives, village and child director',
              },
              options: [
                o('regular', '经常', 'Regular', 0),
                o('occasional', '偶尔', 'Occasional', 1),
                o('none', '无', 'None', 2),
              ],
            },
          ],
        },
      ],
    },
  ],
  cutoffs: {
    minTotal: { insufficient: 6, improper: 14, absent: 24 },
    redFlags: [
      // Nobody looks after the child: that is what 监护缺失 means, whatever else the home has.
      { item: 'guardian_performs', values: ['nobody'], level: 'absent' },
      // Harm by the guardian is improper guardianship even in an otherwise comfortable home.
      { item: 'violence', values: ['observed'], level: 'improper' },
      { item: 'exploitation', values: ['occurring'], level: 'improper' },
      { item: 'guardian_conduct', values: ['serious'], level: 'improper' },
      // A child living alone is against the law (未成年人保护法 Art. 21) and at least 监护失当.
      { item: 'living_alone', values: ['yes'], level: 'improper' },
    ],
  },
};
