// Progressive enhancement of the indicator page's chart. The page carries the chart drawn on the
// server (SVG) and the URL of its Vega-Lite spec; here the same spec is drawn again by Vega in
// the browser, which adds tooltips. Vega runs with its expression interpreter (`ast: true`), not
// `Function`, so the site's Content-Security-Policy needs no 'unsafe-eval'; vega-embed and
// vega-tooltip add no <style> (their default styles are off; app.css styles the tooltip).
// Without script, or should anything fail, the server's SVG stays.
"use strict";

async function enhance(figure) {
  const response = await fetch(figure.dataset.spec, {
    credentials: "same-origin", headers: { accept: "application/json" },
  });
  const type = response.headers.get("content-type") || "";
  if (!response.ok || !type.startsWith("application/json")) {
    throw new Error(`the chart's spec was not sent (${response.status})`);
  }
  const drawn = document.createElement("div");
  await vegaEmbed(drawn, await response.json(), {
    ast: true, actions: false, defaultStyle: false, renderer: "svg",
    tooltip: { disableDefaultStyle: true },
  });
  figure.replaceChildren(drawn);
  figure.classList.add("drawn");
}

for (const figure of document.querySelectorAll("figure.chart[data-spec]")) {
  enhance(figure).catch((error) => console.warn(`The chart stays as drawn on the server: ${error.message}`));
}
