// Marquee's only script: title suggestions under the search box, and the fact a link
// points at (#fact-N) marked in the document. Text is only ever set as textContent.
"use strict";

function suggest() {
  const input = document.getElementById("q");
  const list = document.getElementById("suggestions");
  if (!input || !list) return;
  let timer = null;
  let asked = "";
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      if (q.length < 2) { list.hidden = true; return; }
      asked = q;
      const response = await fetch("/api/works/suggest?q=" + encodeURIComponent(q));
      if (!response.ok || asked !== q) return;
      const data = await response.json();
      list.replaceChildren();
      for (const item of data.items) {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = "/works/" + encodeURIComponent(item.id);
        a.textContent = item.name;
        li.appendChild(a);
        list.appendChild(li);
      }
      list.hidden = data.items.length === 0;
    }, 150);
  });
}

function markTarget() {
  const match = /^#fact-(\d+)$/.exec(window.location.hash);
  for (const old of document.querySelectorAll(".current")) old.classList.remove("current");
  if (!match) return;
  const id = match[1];
  for (const mark of document.querySelectorAll("mark.ev")) {
    if (mark.dataset.facts.split(" ").includes(id)) mark.classList.add("current");
  }
  const item = document.querySelector('li.fact[data-fact="' + id + '"]');
  if (item) item.classList.add("current");
}

document.addEventListener("DOMContentLoaded", () => {
  suggest();
  markTarget();
  window.addEventListener("hashchange", markTarget);
});
