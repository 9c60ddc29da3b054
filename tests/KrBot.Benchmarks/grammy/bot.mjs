// The grammY side of the end-to-end comparison (docs/benchmarks.md): the smallest grammY bot that answers every
// text message with a fixed reply, on grammY's own long-polling loop. The harness passes the fake Bot API's
// token and address, and stops the process when it has measured.
import { Bot } from "grammy";

const bot = new Bot(process.env.BOT_TOKEN, { client: { apiRoot: process.env.BOT_API_BASE_URL } });
bot.on("message:text", (ctx) => ctx.reply("fixed reply"));
bot.start();
