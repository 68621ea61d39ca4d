import { book, serial, sheet } from "../../helpers/grid";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: DATA-PARTNER | — | warning | exchanges, events | the partner named matches no register row and no
// candidate, or matches several
const REGISTER = sheet("友城名录", [
  ["友城名称", "简称", "签署日期"],
  ["天津市和平区", null, serial("2020-01-01")],
  ["沈阳市和平区", null, serial("2020-01-01")],
  ["陕西省西安市碑林区", null, serial("2020-01-01")],
  ["上海市黄浦区", null, serial("2020-01-01")],
  ["吉林省延边朝鲜族自治州", "延边州", serial("2020-01-01")],
  ["恩施土家族苗族自治州(恩施州)", null, serial("2020-01-01")],
]);
const CANDIDATES = sheet("拟缔结评估", [
  ["城市", "条件一", "条件二", "条件三", "条件四", "条件五"],
  ["四川省成都市武侯区", "√", "√", "√", "√", "√"],
]);
const exchanges = (...names: string[]) =>
  sheet("交流活动", [["交流日期", "交流对象", "交流形式"], ...names.map((n) => [serial("2024-05-01"), n, "考察"])]);

ruleTester(
  "DATA-PARTNER",
  { article: null, severity: "warning" },
  {
    valid: [
      { name: "the register's full name", today: "2024-12-01", book: book(REGISTER, exchanges("上海市黄浦区")) },
      { name: "黄浦区 (the name ends it)", today: "2024-12-01", book: book(REGISTER, exchanges("黄浦区")) },
      { name: "上海黄浦区 (市 dropped)", today: "2024-12-01", book: book(REGISTER, exchanges("上海黄浦区")) },
      { name: "上海市 黄浦区 (a space)", today: "2024-12-01", book: book(REGISTER, exchanges("上海市 黄浦区")) },
      { name: "西安碑林区 vs 陕西省西安市碑林区", today: "2024-12-01", book: book(REGISTER, exchanges("西安碑林区")) },
      { name: "西安市碑林区", today: "2024-12-01", book: book(REGISTER, exchanges("西安市碑林区")) },
      {
        name: "天津市和平区 written in full is one partner",
        today: "2024-12-01",
        book: book(REGISTER, exchanges("天津市和平区")),
      },
      {
        name: "full-width brackets against half-width ones",
        today: "2024-12-01",
        book: book(REGISTER, exchanges("恩施土家族苗族自治州（恩施州）")),
      },
      { name: "the short-name column (延边州)", today: "2024-12-01", book: book(REGISTER, exchanges("延边州")) },
      { name: "a candidate's name", today: "2024-12-01", book: book(REGISTER, CANDIDATES, exchanges("成都市武侯区")) },
      {
        name: "a name the user mapped (settings.aliases)",
        today: "2024-12-01",
        settings: { aliases: { 申城黄浦: "上海市黄浦区" } },
        book: book(REGISTER, exchanges("申城黄浦")),
      },
      {
        name: "events name partners the same way",
        today: "2024-12-01",
        book: book(
          REGISTER,
          sheet("重大事项", [
            ["日期", "友城", "事项类型", "我方回应"],
            [serial("2024-07-01"), "上海黄浦区", "台风", "慰问电"],
          ]),
        ),
      },
      {
        name: "departmental agreements name counterparts, not partners",
        today: "2024-12-01",
        book: book(
          REGISTER,
          sheet("单项协议备案", [
            ["签订部门", "合作方", "签订日期", "备案日期"],
            ["区教委", "纽约市教育局", serial("2023-03-01"), serial("2023-03-02")],
          ]),
        ),
      },
    ],
    invalid: [
      {
        name: "an unknown partner",
        today: "2024-12-01",
        book: book(REGISTER, exchanges("上海市黄浦区", "广州市越秀区")),
        errors: [{ sheet: "交流活动", row: 3, column: "B", messageId: "none", mentions: ["广州市越秀区"] }],
      },
      {
        name: "和平区 is in Tianjin and in Shenyang",
        today: "2024-12-01",
        book: book(REGISTER, exchanges("和平区")),
        errors: [
          {
            sheet: "交流活动",
            row: 2,
            column: "B",
            messageId: "ambiguous",
            mentions: ["和平区", "天津市和平区", "沈阳市和平区"],
          },
        ],
      },
      {
        name: "a name not mapped by the user",
        today: "2024-12-01",
        book: book(REGISTER, exchanges("申城黄浦")),
        errors: [{ sheet: "交流活动", row: 2, messageId: "none", mentions: ["申城黄浦"] }],
      },
      {
        name: "an unknown partner in the events sheet",
        today: "2024-12-01",
        book: book(
          REGISTER,
          sheet("Events", [
            ["Date", "Partner", "Event type", "Response"],
            ["2024-07-01", "大连市中山区", "台风", "慰问电"],
          ]),
        ),
        errors: [{ sheet: "Events", row: 2, column: "B", messageId: "none", mentions: ["大连市中山区"] }],
      },
      {
        name: "a candidate's name is known only with the candidate sheet",
        today: "2024-12-01",
        book: book(REGISTER, exchanges("成都市武侯区")),
        errors: [{ sheet: "交流活动", row: 2, messageId: "none", mentions: ["成都市武侯区"] }],
      },
    ],
  },
);
