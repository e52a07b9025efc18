// The composer's "Copy the message" button: copies the text as it stands in the editor.
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-copy]");
  if (!button) return;
  const source = document.querySelector(button.dataset.copy);
  if (!source) return;
  const done = () => { button.textContent = "Copied"; };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(source.value).then(done);
  } else {
    source.select();
    document.execCommand("copy");
    done();
  }
});
