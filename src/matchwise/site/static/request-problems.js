// When a request made in place (htmx) fails, say so on the page instead of leaving it as it was.
// The server's own words are shown when its answer holds them (`[data-request-problem]`, such
// as the busy-database notice); otherwise a short message with the status. Text only, never HTML.
(() => {
  const box = () => document.getElementById("request-problem");

  const show = (text) => {
    const target = box();
    if (!target) return;
    target.textContent = text;
    target.hidden = false;
  };

  const serverWords = (xhr) => {
    const type = xhr.getResponseHeader("Content-Type") || "";
    if (!type.startsWith("text/html")) return "";
    const answer = new DOMParser().parseFromString(xhr.responseText, "text/html");
    const found = answer.querySelector("[data-request-problem]");
    return found ? found.textContent.replace(/\s+/g, " ").trim() : "";
  };

  document.addEventListener("htmx:responseError", (event) => {
    const xhr = event.detail.xhr;
    show(
      serverWords(xhr) ||
        `The server could not do this (error ${xhr.status}). Reload the page and try again.`,
    );
  });

  document.addEventListener("htmx:sendError", () => {
    show("The server did not answer. Is matchwise still running? Start it and try again.");
  });

  // A request that succeeds afterwards clears the message.
  document.addEventListener("htmx:afterRequest", (event) => {
    const target = box();
    if (target && event.detail.successful) target.hidden = true;
  });
})();
