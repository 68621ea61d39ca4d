import { book, serial, sheet } from "../../helpers/grid";
import { ruleTester } from "../../helpers/ruleTester";

// RULES.md: TERM-EXPIRED | 第七条第五项 | error | register rows not terminated | status `expired`
const HEAD = ["序号", "友城名称", "签署日期", "状态"];

ruleTester(
  "TERM-EXPIRED",
  { article: "第七条第五项", severity: "error" },
  {
    valid: [
      {
        name: "last day is today (0 days left) is not expired",
        today: "2021-04-18",
        book: book(sheet("名录", [HEAD, [1, "上海市黄浦区", serial("2016-04-18"), "有效"]])),
      },
      {
        name: "Civil Code: signed 2020-02-29, last day 2025-02-28, still valid that day",
        today: "2025-02-28",
        book: book(sheet("名录", [HEAD, [1, "黑龙江省哈尔滨市道里区", "2020年2月29日", ""]])),
      },
      {
        name: "terminated row past its last day",
        today: "2024-06-01",
        book: book(sheet("友好城市一览", [HEAD, [1, "天津市和平区", serial("2016-04-18"), "已终止"]])),
      },
      {
        name: "terminated row written 解除友好关系",
        today: "2024-06-01",
        book: book(sheet("友好城市一览", [HEAD, [1, "天津市和平区", "2016/4/18", "2022年解除友好关系"]])),
      },
      {
        name: "a renewal date renews the term",
        today: "2024-06-01",
        book: book(
          sheet("Register", [
            ["友城名称", "签署日期", "续签日期"],
            ["陕西省西安市碑林区", "2015.3.1", "2020.3.1"],
          ]),
        ),
      },
      {
        name: "no usable term start (unknown status) is not expired",
        today: "2024-06-01",
        book: book(sheet("名录", [HEAD, [1, "上海市黄浦区", "待定", ""]])),
      },
    ],
    invalid: [
      {
        name: "one day past the last day (days left −1), pointing at the signing date",
        today: "2021-04-19",
        book: book(sheet("名录", [HEAD, [1, "上海市黄浦区", serial("2016-04-18"), "有效"]])),
        errors: [
          { sheet: "名录", row: 2, column: "C", messageId: "expired", mentions: ["上海市黄浦区", "2021-04-18"] },
        ],
      },
      {
        name: "Civil Code: signed 2020-02-29 ends 2025-02-28, expired on 2025-03-01",
        today: "2025-03-01",
        book: book(sheet("名录", [HEAD, [1, "黑龙江省哈尔滨市道里区", "2020年2月29日", ""]])),
        errors: [{ sheet: "名录", row: 2, mentions: ["黑龙江省哈尔滨市道里区", "2025-02-28"] }],
      },
      {
        name: "only the live row fires, not the terminated one",
        today: "2024-06-01",
        book: book(
          sheet("友好城市一览", [
            HEAD,
            [1, "天津市和平区", serial("2016-04-18"), "已终止"],
            [2, "沈阳市和平区", serial("2017-05-20"), "未终止"],
          ]),
        ),
        errors: [{ sheet: "友好城市一览", row: 3, column: "C", mentions: ["沈阳市和平区"] }],
      },
      {
        name: "renewal words (协商中) do not renew",
        today: "2024-06-01",
        book: book(
          sheet("Register", [
            ["友城名称", "签署日期", "续签情况"],
            ["陕西省西安市碑林区", "2015.3.1", "协商中"],
          ]),
        ),
        errors: [{ sheet: "Register", row: 2, mentions: ["陕西省西安市碑林区", "2020-03-01"] }],
      },
      {
        name: "the row's own term (3 years) sets the last day",
        today: "2019-05-01",
        book: book(
          sheet("名录", [
            ["友城名称", "签约日期", "有效期（年）"],
            ["广东省深圳市福田区", serial("2016-04-18"), 3],
          ]),
        ),
        errors: [{ sheet: "名录", row: 2, mentions: ["2019-04-18"] }],
      },
      {
        name: "an explicit end date is the last day",
        today: "2021-03-01",
        book: book(
          sheet("Register", [
            ["Partner", "Signed", "End date"],
            ["杭州市上城区", serial("2016-04-18"), serial("2021-02-28")],
          ]),
        ),
        errors: [{ sheet: "Register", row: 2, column: "C", mentions: ["杭州市上城区", "2021-02-28"] }],
      },
    ],
  },
);
