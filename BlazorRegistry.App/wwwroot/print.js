// "Print" buttons on static pages (a register entry). A script file, not an onclick attribute: the
// Content-Security-Policy allows no inline script (App/Security/SecurityHeaders.cs).
document.addEventListener('click', event => {
    if (event.target instanceof Element && event.target.closest('[data-print]'))
        window.print();
});
