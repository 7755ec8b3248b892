//! The words of the quota grammar: comparators, binding verbs, cues of
//! requirement and of the past, labels and decoys (found, with the shared
//! cues, in the extractor's one pass of `extract::word_tables`).

use super::Comparator;

/// A word of the quota grammar, found once per document by one automaton.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Word {
    /// A comparator before the number; a short verb (`至少要开展1次`) or, for
    /// a percentage, a noun phrase (`不超过项目总投资的30%`) may stand between.
    Before(Comparator),
    /// A comparator that reports as readily as it requires (`超过`, `高于`,
    /// `不足`): like [`Word::Before`], but a quota only under a requirement
    /// (`覆盖面超过95%` is a statistic, `力争超过95%` a quota).
    Report(Comparator),
    /// A verb whose object is the number within two chars after it (`达到`,
    /// `控制在`, `设`, `各推荐`).
    Bind(Comparator),
    /// A verb of change whose object is a ratio right after it (`提高20%`,
    /// `降低10%`, `实现100%`).
    Change,
    /// A verb of change with its result (`费率从19%降低到16%`, `压减至40个
    /// 工作日以内`, `调整为`): the value changed to, within two chars, is a
    /// quota under a requirement or in a task of a plan outside news; a
    /// review writes the same verbs (`国内生产总值增加到121万亿元`).
    ChangeTo,
    /// A value set by the rule (`税率为0.5%`, `免税面积为180平方米`,
    /// `最长贷款期限为30年`): the number right after it is a quota where
    /// [`Word::ChangeTo`]'s result is; news and reviews state rates as facts
    /// (`得票率为49.1%`).
    Set,
    /// `一式`: the number of copies right after it.
    Copies,
    /// A verb that assigns people (`确定`, `明确`, `指定`, `选派`, `推荐`):
    /// the head count right after it, Chinese numerals included
    /// (`确定一名联络员`, `分别确定1名联络员`), is a required number; in a
    /// report it needs a requirement like the other binding words.
    Assign,
    /// A verb of a plan that builds, selects or supports a counted object
    /// (`建设30个电气化项目`, `建成12个`, `选取5个`): an Arabic count right
    /// after it is a planned number in a task paragraph (one that names the
    /// units responsible, [`Word::Task`]) outside news; a report of the
    /// past year writes the same verbs (`棚户区住房改造620多万套`).
    Plan,
    /// The note of a task list that names the units responsible for a task
    /// (`（省发展改革委…按职责分工负责）`, `(牵头单位：区绿委办)`).
    Task,
    /// `按照` before a base and a ratio of it (`按照项目总投入的30%`).
    Rate,
    /// A requirement that the shared modals lack: a grant (`给予`, `奖励`,
    /// `补助`) or a rate rule (`按照每`).
    Require,
    /// `将`: a plan (`今年将改造老旧厂房40个`) in a notice or an announcement,
    /// but as often the object marker (`将…缩短到3分钟`) in a report.
    Future,
    /// A past marker that the shared cues lack (`截至`, `同比`, `比上年`).
    Past,
    /// A word that makes the number right after it a label (`附件1`, `序号3`).
    Label,
    /// `等` closing an enumeration, or a batch (`首批`): the number after it
    /// counts the items of a named set (`铁道等22个行业`, `首批158家网站`),
    /// a statistic at most.
    Summary,
    /// A word that holds one of the above but is none (`最高人民法院`, `期限`).
    Decoy,
}

pub(super) const WORDS: &[(&str, Word)] = &[
    ("不少于", Word::Before(Comparator::AtLeast)),
    ("不得少于", Word::Before(Comparator::AtLeast)),
    ("不应少于", Word::Before(Comparator::AtLeast)),
    ("应不少于", Word::Before(Comparator::AtLeast)),
    ("不低于", Word::Before(Comparator::AtLeast)),
    ("不得低于", Word::Before(Comparator::AtLeast)),
    ("不应低于", Word::Before(Comparator::AtLeast)),
    ("应不低于", Word::Before(Comparator::AtLeast)),
    ("不小于", Word::Before(Comparator::AtLeast)),
    ("不得小于", Word::Before(Comparator::AtLeast)),
    ("不应小于", Word::Before(Comparator::AtLeast)),
    ("不短于", Word::Before(Comparator::AtLeast)),
    ("不得短于", Word::Before(Comparator::AtLeast)),
    ("至少", Word::Before(Comparator::AtLeast)),
    ("最少", Word::Before(Comparator::AtLeast)),
    ("未达到", Word::Report(Comparator::AtMost)),
    ("未超过", Word::Report(Comparator::AtMost)),
    ("不到", Word::Report(Comparator::AtMost)),
    ("最低", Word::Before(Comparator::AtLeast)),
    ("超过", Word::Report(Comparator::AtLeast)),
    ("超出", Word::Report(Comparator::AtLeast)),
    ("多于", Word::Report(Comparator::AtLeast)),
    ("高于", Word::Report(Comparator::AtLeast)),
    ("大于", Word::Report(Comparator::AtLeast)),
    ("不超过", Word::Before(Comparator::AtMost)),
    ("不得超过", Word::Before(Comparator::AtMost)),
    ("不应超过", Word::Before(Comparator::AtMost)),
    ("不宜超过", Word::Before(Comparator::AtMost)),
    ("最多不超过", Word::Before(Comparator::AtMost)),
    ("最高不超过", Word::Before(Comparator::AtMost)),
    ("不多于", Word::Before(Comparator::AtMost)),
    ("不得多于", Word::Before(Comparator::AtMost)),
    ("不高于", Word::Before(Comparator::AtMost)),
    ("不得高于", Word::Before(Comparator::AtMost)),
    ("不大于", Word::Before(Comparator::AtMost)),
    ("不得大于", Word::Before(Comparator::AtMost)),
    ("最多", Word::Before(Comparator::AtMost)),
    ("最高", Word::Before(Comparator::AtMost)),
    ("上限为", Word::Before(Comparator::AtMost)),
    ("上限", Word::Before(Comparator::AtMost)),
    ("封顶", Word::Before(Comparator::AtMost)),
    ("限", Word::Before(Comparator::AtMost)),
    ("仅限", Word::Before(Comparator::AtMost)),
    ("只能有", Word::Before(Comparator::AtMost)),
    // 满4个月, 任职满3年: reaching a threshold (`未满`, `不满` are below it).
    ("满", Word::Report(Comparator::AtLeast)),
    ("满意", Word::Decoy),
    ("满足", Word::Decoy),
    ("满分", Word::Decoy),
    ("圆满", Word::Decoy),
    ("充满", Word::Decoy),
    ("饱满", Word::Decoy),
    ("美满", Word::Decoy),
    ("满怀", Word::Decoy),
    ("满载", Word::Decoy),
    ("满员", Word::Decoy),
    ("满负荷", Word::Decoy),
    // 试运营期满1年: a term running out is a time event, not a threshold.
    ("期满", Word::Decoy),
    ("不足", Word::Report(Comparator::AtMost)),
    ("不满", Word::Report(Comparator::AtMost)),
    ("未满", Word::Report(Comparator::AtMost)),
    ("低于", Word::Report(Comparator::AtMost)),
    ("少于", Word::Report(Comparator::AtMost)),
    ("小于", Word::Report(Comparator::AtMost)),
    ("短于", Word::Report(Comparator::AtMost)),
    ("达到", Word::Bind(Comparator::AtLeast)),
    ("达", Word::Bind(Comparator::AtLeast)),
    ("控制在", Word::Bind(Comparator::AtMost)),
    ("保持在", Word::Bind(Comparator::Exactly)),
    ("稳定在", Word::Bind(Comparator::Exactly)),
    ("设", Word::Bind(Comparator::Exactly)),
    ("各", Word::Bind(Comparator::Exactly)),
    ("提高", Word::Change),
    ("提升", Word::Change),
    ("降低", Word::Change),
    ("下降", Word::Change),
    ("缩短", Word::Change),
    ("减少", Word::Change),
    ("压减", Word::Change),
    ("上浮", Word::Change),
    ("实现", Word::Change),
    ("一式", Word::Copies),
    ("确定", Word::Assign),
    ("明确", Word::Assign),
    ("指定", Word::Assign),
    ("选派", Word::Assign),
    ("推荐", Word::Assign),
    ("推选", Word::Assign),
    ("选拔", Word::Assign),
    ("选配", Word::Assign),
    ("配备", Word::Assign),
    ("抽调", Word::Assign),
    ("遴选", Word::Assign),
    ("委派", Word::Assign),
    ("报送", Word::Assign),
    ("上报", Word::Assign),
    ("建设", Word::Plan),
    ("建成", Word::Plan),
    ("新建", Word::Plan),
    ("创建", Word::Plan),
    ("打造", Word::Plan),
    ("培育", Word::Plan),
    ("选取", Word::Plan),
    ("扶持", Word::Plan),
    ("新增", Word::Plan),
    ("改造", Word::Plan),
    ("配置", Word::Plan),
    ("设置", Word::Plan),
    ("达标", Word::Decoy),
    ("成立", Word::Plan),
    ("负责）", Word::Task),
    ("负责)", Word::Task),
    ("牵头）", Word::Task),
    ("牵头)", Word::Task),
    ("牵头单位", Word::Task),
    ("责任单位", Word::Task),
    ("确定了", Word::Decoy),
    ("明确了", Word::Decoy),
    ("按照", Word::Rate),
    ("按", Word::Rate),
    ("乘以", Word::Bind(Comparator::Exactly)),
    ("降为", Word::ChangeTo),
    ("降至", Word::ChangeTo),
    ("调整为", Word::ChangeTo),
    ("提高到", Word::ChangeTo),
    ("提高至", Word::ChangeTo),
    ("提升到", Word::ChangeTo),
    ("提升至", Word::ChangeTo),
    ("增加到", Word::ChangeTo),
    ("增加至", Word::ChangeTo),
    ("增至", Word::ChangeTo),
    ("扩大到", Word::ChangeTo),
    ("扩大至", Word::ChangeTo),
    ("上调至", Word::ChangeTo),
    ("上调为", Word::ChangeTo),
    ("降低到", Word::ChangeTo),
    ("降低至", Word::ChangeTo),
    ("下降到", Word::ChangeTo),
    ("下降至", Word::ChangeTo),
    ("下调至", Word::ChangeTo),
    ("下调为", Word::ChangeTo),
    ("减少到", Word::ChangeTo),
    ("减少至", Word::ChangeTo),
    ("减至", Word::ChangeTo),
    ("减为", Word::ChangeTo),
    ("调减至", Word::ChangeTo),
    ("压减至", Word::ChangeTo),
    ("压减到", Word::ChangeTo),
    ("压缩至", Word::ChangeTo),
    ("压缩到", Word::ChangeTo),
    ("缩短至", Word::ChangeTo),
    ("缩短到", Word::ChangeTo),
    ("率为", Word::Set),
    ("标准为", Word::Set),
    ("面积为", Word::Set),
    ("额度为", Word::Set),
    ("比例为", Word::Set),
    ("期限为", Word::Set),
    ("税额为", Word::Set),
    // A levy per unit (`吨煤征收20元`, `每千瓦时售电量收取2分钱`).
    ("征收", Word::Bind(Comparator::Exactly)),
    ("收取", Word::Bind(Comparator::Exactly)),
    ("加收", Word::Bind(Comparator::Exactly)),
    ("给予", Word::Require),
    ("奖励", Word::Require),
    ("补助", Word::Require),
    ("补贴", Word::Require),
    ("资助", Word::Require),
    ("奖补", Word::Require),
    ("按照每", Word::Require),
    ("按每", Word::Require),
    ("目标", Word::Require),
    ("计划", Word::Require),
    ("将", Word::Future),
    ("拟", Word::Require),
    ("截至", Word::Past),
    ("截止到", Word::Past),
    ("同比", Word::Past),
    ("比上年", Word::Past),
    ("较上年", Word::Past),
    ("比去年", Word::Past),
    ("较去年", Word::Past),
    ("去年", Word::Past),
    ("共有", Word::Past),
    ("现有", Word::Past),
    ("附件", Word::Label),
    ("序号", Word::Label),
    ("编号", Word::Label),
    ("代码", Word::Label),
    ("电话", Word::Label),
    ("传真", Word::Label),
    ("邮编", Word::Label),
    ("前", Word::Label),
    ("等", Word::Summary),
    ("首批", Word::Summary),
    ("第一批", Word::Summary),
    ("新一批", Word::Summary),
    ("最高人民", Word::Decoy),
    ("最高法", Word::Decoy),
    ("最高检", Word::Decoy),
    ("最低生活", Word::Decoy),
    ("期限", Word::Decoy),
    ("年限", Word::Decoy),
    ("时限", Word::Decoy),
    ("限期", Word::Decoy),
    ("权限", Word::Decoy),
    ("限制", Word::Decoy),
    ("界限", Word::Decoy),
    ("局限", Word::Decoy),
    ("无限", Word::Decoy),
    ("有限", Word::Decoy),
    ("设施", Word::Decoy),
    ("设立", Word::Decoy),
    ("设备", Word::Decoy),
    ("设计", Word::Decoy),
    ("设定", Word::Decoy),
    ("开设", Word::Decoy),
    ("增设", Word::Decoy),
    ("假设", Word::Decoy),
    ("铺设", Word::Decoy),
    ("架设", Word::Decoy),
    ("设区", Word::Decoy),
    ("各级", Word::Decoy),
    ("各类", Word::Decoy),
    ("各项", Word::Decoy),
    ("各种", Word::Decoy),
    ("各地", Word::Decoy),
    ("各方", Word::Decoy),
    ("各界", Word::Decoy),
    ("各自", Word::Decoy),
    ("下达", Word::Decoy),
    ("传达", Word::Decoy),
    ("到达", Word::Decoy),
    ("表达", Word::Decoy),
    ("发达", Word::Decoy),
    ("送达", Word::Decoy),
    ("抵达", Word::Decoy),
    ("直达", Word::Decoy),
    ("长达", Word::Decoy),
    ("高达", Word::Decoy),
    ("多达", Word::Decoy),
    ("实现了", Word::Decoy),
    ("达到了", Word::Decoy),
    ("将近", Word::Decoy),
    ("将军", Word::Decoy),
    ("将领", Word::Decoy),
    ("计划单列", Word::Decoy),
    ("计划生育", Word::Decoy),
    // 可, 需, 应, 要 inside words that are no cue of requirement.
    ("可支配", Word::Decoy),
    ("可再生", Word::Decoy),
    ("可能", Word::Decoy),
    ("可行", Word::Decoy),
    ("可持续", Word::Decoy),
    ("可比", Word::Decoy),
    ("可靠", Word::Decoy),
    ("内需", Word::Decoy),
    ("需求", Word::Decoy),
    ("应急", Word::Decoy),
    ("相应", Word::Decoy),
    ("供应", Word::Decoy),
    ("顺应", Word::Decoy),
    ("适应", Word::Decoy),
    ("反应", Word::Decoy),
    ("效应", Word::Decoy),
    ("重要", Word::Decoy),
    ("主要", Word::Decoy),
    ("纲要", Word::Decoy),
    ("必要", Word::Decoy),
    ("政要", Word::Decoy),
    ("要素", Word::Decoy),
    ("摘要", Word::Decoy),
];

pub(super) const POSTFIX: &[(&str, Comparator)] = &[
    ("及以上", Comparator::AtLeast),
    ("以上", Comparator::AtLeast),
    ("及以下", Comparator::AtMost),
    ("以下", Comparator::AtMost),
    ("以内", Comparator::AtMost),
    ("之内", Comparator::AtMost),
    ("范围内", Comparator::AtMost),
    ("左右", Comparator::About),
    ("上下", Comparator::About),
];

/// Range separators between two quantities (`5000元—5499元`, `5亿元到10亿元`).
pub(super) const RANGE_SEPS: &[&str] = &["—", "–", "－", "-", "~", "～", "至", "到"];

/// Where the subject before a comparator starts: after the last of these.
pub(super) const SUBJECT_CUT: &[&str] = &[
    "的",
    "要",
    "应",
    "须",
    "可",
    // Two-char modals, so that the subject does not start inside them.
    "可以",
    "应当",
    "都",
    "干部",
    "书记",
    "班子",
    "成员",
    "单位",
    "组织",
    "党员",
    "同志",
    "联系点",
    "按照",
];

/// Nouns right after a quantity that make it a requirement: a goal
/// (`1.3万亿斤以上目标`) or a cap (`按每年12000元的限额`), with the comparator a
/// cap implies.
pub(super) const GOAL_AFTER: &[(&str, Option<Comparator>)] = &[
    ("的目标", None),
    ("目标", None),
    ("的任务", None),
    ("的限额", Some(Comparator::AtMost)),
    ("限额", Some(Comparator::AtMost)),
    ("的上限", Some(Comparator::AtMost)),
    ("的下限", Some(Comparator::AtLeast)),
];

/// Penalty nouns: the amount before them is a quota whatever its numerals
/// (`处二百元罚款`, `处2万元以上20万元以下的罚款`).
pub(super) const PENALTIES: &[&str] = &["的罚款", "罚款", "的罚金", "罚金"];

/// Joints between two bounds of one range (`不得少于1年且不得超过3年`).
pub(super) const BOUND_JOINTS: &[&str] = &["且", "，且", "并且", "但", "，但", "、", "，"];

pub(super) const HEDGES: &[&str] = &["原则上", "力争", "确保", "务必"];

/// How many chars of verb may stand between a comparator and its number
/// (`至少要开展1次`).
pub(super) const VERB_GAP: usize = 4;

/// How many chars may stand between a verb of a plan and the count that
/// closes its clause (`建成1000亩以上开放休闲林地5个，`).
pub(super) const PLAN_GAP: usize = 20;

/// How many chars of noun phrase may stand between a comparator and a
/// percentage (`不得少于团员实交团费总数的60%`).
pub(super) const BASE_GAP: usize = 24;

/// Units of spans of time: with `内`/`以内` after them they make a window
/// counted from an event (`24小时内`), which is a deadline, not a quota.
pub(super) const SPANS_OF_TIME: &[&str] =
    &["秒", "分钟", "小时", "天", "周", "个月", "个工作日", "年"];
