/**
 * Draws the diagrams of docs/deploy.md into docs/images/ with Debian's chromium (playwright-core,
 * no browser downloaded): deploy-overview.png (from the build machine to the desks) and
 * trusted-catalog.png (the Trust Center steps, drawn after Excel's zh-CN menu names). They are
 * diagrams, captioned as such in the guide, not screenshots of Excel.
 *
 *   npx tsx scripts/docs-images.ts
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

const OUT = resolve(__dirname, "..", "docs", "images");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const STYLE = `
  * { box-sizing: border-box; }
  body { margin: 0; padding: 24px; font: 15px/1.45 "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #242424; background: #fff; }
  .row { display: flex; align-items: stretch; gap: 0; }
  .box { flex: 1; border: 2px solid #c8102e; border-radius: 10px; padding: 12px 14px; background: #fff8f8; }
  .box h3 { margin: 0 0 6px; font-size: 16px; color: #c8102e; }
  .box p { margin: 0; font-size: 13px; }
  .box code { font: 12px/1.4 "DejaVu Sans Mono", monospace; background: #f3f3f3; padding: 1px 4px; border-radius: 3px; }
  .arrow { width: 44px; display: flex; align-items: center; justify-content: center; font-size: 28px; color: #8a8886; }
  .split { display: flex; flex-direction: column; gap: 10px; flex: 1; }
  .note { margin-top: 14px; font-size: 12px; color: #605e5c; }
  .step { display: flex; gap: 10px; align-items: flex-start; margin: 8px 0; }
  .num { flex: none; width: 26px; height: 26px; border-radius: 13px; background: #c8102e; color: #fff; text-align: center; font-weight: bold; line-height: 26px; }
  .dialog { border: 1px solid #c8c6c4; border-radius: 6px; padding: 14px 16px; background: #faf9f8; }
  .field { display: inline-block; min-width: 260px; border: 1px solid #8a8886; background: #fff; padding: 2px 6px; font-family: monospace; }
  .btn { display: inline-block; border: 1px solid #8a8886; border-radius: 3px; padding: 1px 10px; background: #fff; margin-left: 6px; }
  table { border-collapse: collapse; margin-top: 8px; font-size: 13px; }
  td, th { border: 1px solid #c8c6c4; padding: 3px 10px; text-align: left; }
`;

const OVERVIEW = `
  <div class="row">
    <div class="box"><h3>① 构建机</h3><p>Node.js 20<br><code>ADDIN_URL=https://…/ npm run build</code><br>→ <code>dist/</code> 与 <code>dist/manifest.xml</code></p></div>
    <div class="arrow">➜</div>
    <div class="box"><h3>② 本单位 HTTPS 服务器</h3><p>nginx 或 IIS 提供 <code>dist/</code><br>证书由本单位 CA 签发<br>office.js：微软 CDN，或 <code>OFFICE_JS=bundled</code> 随加载项提供</p></div>
    <div class="arrow">➜</div>
    <div class="split">
      <div class="box"><h3>③ 共享文件夹</h3><p><code>\\\\fileserver\\addins\\manifest.xml</code><br>信任中心 › 受信任的加载项目录</p></div>
      <div class="box"><h3>③ Microsoft 365 管理中心</h3><p>集成应用 › 上传自定义应用</p></div>
    </div>
    <div class="arrow">➜</div>
    <div class="box"><h3>④ 每台电脑的 Excel</h3><p>功能区出现“友城工作”选项卡<br>更新：覆盖服务器上的 <code>dist/</code>，下次打开即生效</p></div>
  </div>
  <p class="note">示意图 · Diagram: build machine → the office's HTTPS server → shared folder or Microsoft 365 admin centre → Excel on every desk.</p>
`;

const CATALOG = `
  <div class="step"><span class="num">1</span><div>Excel › <b>文件</b> › <b>选项</b> › <b>信任中心</b> › <b>信任中心设置…</b> › <b>受信任的加载项目录</b></div></div>
  <div class="dialog">
    <div>目录 URL： <span class="field">\\\\fileserver\\addins</span> <span class="btn">添加目录</span> <span class="num" style="display:inline-block">2</span></div>
    <table>
      <tr><th>受信任的目录地址</th><th>在菜单中显示</th></tr>
      <tr><td>\\\\fileserver\\addins</td><td>☑ <span class="num" style="display:inline-block">3</span></td></tr>
    </table>
    <div style="margin-top:10px;text-align:right"><span class="btn">确定</span></div>
  </div>
  <div class="step"><span class="num">4</span><div>重启 Excel · Restart Excel</div></div>
  <div class="step"><span class="num">5</span><div>Excel › <b>开始</b> › <b>加载项</b>（或 插入 › 我的加载项）› <b>共享文件夹</b> › <b>友城工作</b> › <b>添加</b> → 功能区出现“友城工作”</div></div>
  <p class="note">示意图，按 Excel 中文界面的菜单名绘制，不是 Excel 截图 · A diagram after Excel's Chinese menu names, not a screenshot of Excel.</p>
`;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    for (const [name, body, width] of [
      ["deploy-overview.png", OVERVIEW, 1200],
      ["trusted-catalog.png", CATALOG, 760],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height: 200 }, deviceScaleFactor: 1 });
      await page.setContent(
        `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>${body}</body></html>`,
      );
      await page.screenshot({ path: join(OUT, name), fullPage: true });
      await page.close();
      console.log(join(OUT, name));
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
