// After htmx swaps in the next self-check step or the result, focus would stay on the page (the pressed button is
// gone) and the tab's title on "Self-check": a screen reader would not say what changed. Move focus to the
// error summary, if the answers need another look, or else to the new heading; and give the tab the page's title.
// (An error page that replaced the main part brings its own title: htmx sets it.)
document.addEventListener('htmx:afterSettle', () => {
    const panel = document.getElementById('self-check');
    const region = panel ?? document.getElementById('main');
    const target = panel?.querySelector('.error-summary') ?? region?.querySelector('h1');
    if (panel?.dataset.title) {
        document.title = panel.dataset.title;
    }
    if (target) {
        target.setAttribute('tabindex', '-1');
        target.focus();
    }
});
