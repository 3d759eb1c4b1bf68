// The product's few lines of script. "Print" buttons on static pages (a register entry). A script file, not an onclick attribute: the
// Content-Security-Policy allows no inline script (App/Security/SecurityHeaders.cs).
document.addEventListener('click', event => {
    if (event.target instanceof Element && event.target.closest('[data-print]'))
        window.print();
});

// The phone menu (<details>) closes once a link in it is chosen: with Blazor's routing the page changes
// under it without a reload, and an open menu would cover the new page.
document.addEventListener('click', event => {
    const link = event.target instanceof Element ? event.target.closest('.registry-phone-menu-panel a') : null;
    link?.closest('details')?.removeAttribute('open');
});

window.registry = {
    // Moves focus to an element (a new wizard step's heading), making it focusable for that, so a screen
    // reader announces where the person now is instead of staying on a button that moved.
    focus: id => {
        const element = document.getElementById(id);
        if (!element) return;
        if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
        element.focus({ preventScroll: false });
    },
};

// "Show password": the field shows its text while the button is pressed.
document.addEventListener('click', event => {
    const button = event.target instanceof Element ? event.target.closest('[data-show-password]') : null;
    const input = button && document.getElementById(button.dataset.showPassword);
    if (!input) return;
    const shown = input.type === 'password';
    input.type = shown ? 'text' : 'password';
    button.setAttribute('aria-pressed', shown ? 'true' : 'false');
});

// Links that move focus, not only the scroll: "skip to content", and a step's list of problems (each goes to
// its field). A fragment link alone would only scroll, and Blazor's router would take the click; so the
// click is taken first, before the router sees it.
document.addEventListener('click', event => {
    const link = event.target instanceof Element ? event.target.closest('[data-focus-target]') : null;
    if (!link || !document.getElementById(link.dataset.focusTarget)) return;
    event.preventDefault();
    event.stopPropagation();
    window.registry.focus(link.dataset.focusTarget);
}, { capture: true });
