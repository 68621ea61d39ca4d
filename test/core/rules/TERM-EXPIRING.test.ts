import { book, serial, sheet } from "../../helpers/grid";
import { addDays, ruleTester } from "../../helpers/ruleTester";

// RULES.md: TERM-EXPIRING | 第七条第五项 | info | register | status `expiring` (90 < days left ≤ 180, settings)
const LAST = "2026-03-15"; // signed 2021-03-15
const reg = (status = "") =>
  book(
    sheet("缔结情况", [
      ["城市（区）名称", "缔结日期", "协议状态"],
      ["浙江省杭州市上城区", "2021年3月15日", status],
    ]),
  );

ruleTester(
  "TERM-EXPIRING",
  { article: "第七条第五项", severity: "info" },
  {
    valid: [
      { name: "90 days left is urgent, not expiring", today: addDays(LAST, -90), book: reg() },
      { name: "181 days left is active", today: addDays(LAST, -181), book: reg() },
      { name: "expired is not expiring", today: addDays(LAST, 1), book: reg() },
      { name: "terminated row with 120 days left", today: addDays(LAST, -120), book: reg("终止") },
      {
        name: "setting expiringDays 150: 160 days left is active",
        today: addDays(LAST, -160),
        settings: { expiringDays: 150 },
        book: reg(),
      },
    ],
    invalid: [
      {
        name: "91 days left",
        today: addDays(LAST, -91),
        book: reg(),
        errors: [
          {
            sheet: "缔结情况",
            row: 2,
            column: "B",
            messageId: "expiring",
            mentions: ["浙江省杭州市上城区", LAST, "91"],
          },
        ],
      },
      {
        name: "180 days left",
        today: addDays(LAST, -180),
        book: reg(),
        errors: [{ sheet: "缔结情况", row: 2, mentions: ["180"] }],
      },
      {
        name: "setting expiringDays 365: 300 days left",
        today: addDays(LAST, -300),
        settings: { expiringDays: 365 },
        book: reg(),
        errors: [{ sheet: "缔结情况", row: 2, mentions: ["300"] }],
      },
      {
        name: "setting urgentDays 30: 31 days left is expiring",
        today: addDays(LAST, -31),
        settings: { urgentDays: 30 },
        book: reg(),
        errors: [{ sheet: "缔结情况", row: 2 }],
      },
      {
        name: "a renewal date starts the term again",
        today: "2025-12-01",
        book: book(
          sheet("友城", [
            ["友城名称", "签署日期", "续签日期"],
            ["湖南省长沙市天心区", serial("2015-05-01"), serial("2021-05-01")],
          ]),
        ),
        errors: [{ sheet: "友城", row: 2, column: "C", mentions: ["湖南省长沙市天心区", "2026-05-01"] }],
      },
    ],
  },
);
