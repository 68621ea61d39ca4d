import { book, sheet } from "../../helpers/grid";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: ELIG-LEVEL | 第五条第一项 | warning | candidates | level not the corresponding one
const HEAD = ["拟缔结城市", "行政级别", "条件一", "条件二", "条件三", "条件四", "条件五"];
const c = (city: string, level: string | null) => [city, level, "√", "√", "√", "√", "√"];
const one = (city: string, level: string | null) => book(sheet("拟缔结评估", [HEAD, c(city, level)]));

ruleTester(
  "ELIG-LEVEL",
  { article: "第五条第一项", severity: "warning" },
  {
    valid: [
      { name: "地级市", today: "2024-01-01", book: one("江苏省扬州市", "地级市") },
      { name: "自治州", today: "2024-01-01", book: one("吉林省延边朝鲜族自治州", "自治州") },
      { name: "直辖市的市辖区 (with 的)", today: "2024-01-01", book: one("上海市黄浦区", "直辖市的市辖区") },
      { name: "市辖区（直辖市）", today: "2024-01-01", book: one("天津市和平区", "市辖区（直辖市）") },
      { name: "副省级城市市辖区", today: "2024-01-01", book: one("四川省成都市武侯区", "副省级城市市辖区") },
      {
        name: "a level the table does not know is left unjudged",
        today: "2024-01-01",
        book: one("某地", "计划单列市的新区"),
      },
      { name: "blank level", today: "2024-01-01", book: one("某地", null) },
    ],
    invalid: [
      {
        name: "a province is higher",
        today: "2024-01-01",
        book: one("海南省", "省"),
        errors: [{ sheet: "拟缔结评估", row: 2, column: "B", messageId: "higher", mentions: ["海南省"] }],
      },
      {
        name: "a sub-provincial city is higher",
        today: "2024-01-01",
        book: one("四川省成都市", "副省级城市"),
        errors: [
          { sheet: "拟缔结评估", row: 2, column: "B", messageId: "higher", mentions: ["四川省成都市", "副省级城市"] },
        ],
      },
      {
        name: "a county-level city is lower",
        today: "2024-01-01",
        book: one("浙江省义乌市", "县级市"),
        errors: [
          { sheet: "拟缔结评估", row: 2, column: "B", messageId: "lower", mentions: ["浙江省义乌市", "县级市"] },
        ],
      },
      {
        name: "only the rows out of level",
        today: "2024-01-01",
        book: book(
          sheet("Candidates", [
            ["City", "Administrative level", "Condition 1", "Condition 2", "Condition 3", "Condition 4", "Condition 5"],
            c("江苏省扬州市", "地级市"),
            c("内蒙古鄂尔多斯市伊金霍洛旗", "旗"),
            c("广西壮族自治区", "自治区"),
          ]),
        ),
        errors: [
          { sheet: "Candidates", row: 3, messageId: "lower", mentions: ["伊金霍洛旗"] },
          { sheet: "Candidates", row: 4, messageId: "higher", mentions: ["广西壮族自治区"] },
        ],
      },
      {
        name: "setting levels: a table that makes 县级市 corresponding and 地级市 lower",
        today: "2024-01-01",
        settings: { levels: { corresponding: ["县级市"], higher: ["省"], lower: ["地级市"] } },
        book: book(sheet("拟缔结评估", [HEAD, c("浙江省义乌市", "县级市"), c("江苏省扬州市", "地级市")])),
        errors: [{ sheet: "拟缔结评估", row: 3, messageId: "lower", mentions: ["江苏省扬州市"] }],
      },
    ],
  },
);
