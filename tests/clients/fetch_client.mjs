// Drives a running DocAI server the way a browser or Node client would, with
// the built-in fetch, FormData and Blob. Prints one JSON object of results.
// Usage: node fetch_client.mjs BASE_URL EMAIL PASSWORD FILE
import { readFile } from "node:fs/promises";
import { basename } from "node:path";

const [baseUrl, email, password, filePath] = process.argv.slice(2);

async function call(path, init = {}) {
  const response = await fetch(new URL(path, baseUrl), init);
  const text = await response.text();
  let body = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, body };
}

const json = { "Content-Type": "application/json" };
const results = {};

results.login = await call("/api/token/", {
  method: "POST",
  headers: json,
  body: JSON.stringify({ email, password }),
});
const { access, refresh } = results.login.body;

results.refresh = await call("/api/token/refresh/", {
  method: "POST",
  headers: json,
  body: JSON.stringify({ refresh }),
});

results.classify = await call("/ai_agents/api/v1/classify/", {
  method: "POST",
  headers: { ...json, Authorization: `Bearer ${access}` },
  body: JSON.stringify({
    ocr_draft:
      "СЧЕТ НА ОПЛАТУ № 15 от 01.02.2024\nПоставщик: ООО «Альфа», ИНН 7707083893\n" +
      "Покупатель: ООО «Бета»\nИтого к оплате: 12 000,00 руб.\nВ том числе НДС 20%",
  }),
});

results.noToken = await call("/ai_agents/api/v1/classify/", {
  method: "POST",
  headers: json,
  body: JSON.stringify({ ocr_draft: "text" }),
});

const form = new FormData();
form.append("files", new Blob([await readFile(filePath)]), basename(filePath));
results.upload = await call("/documents/api/v1/request/", {
  method: "POST",
  body: form,
});

results.poll = await call(results.upload.body.poll_url);

process.stdout.write(JSON.stringify(results));
