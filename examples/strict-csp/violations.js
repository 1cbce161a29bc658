// Every violation of the page's policy, listed on the page (and kept for the tests): this page
// should never show one. First in the page, so that it hears the violations of what follows.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample || 'inline'}`);
  const list = document.querySelector('.violations');
  if (!list) return;
  list.hidden = false;
  list.append(Object.assign(document.createElement('li'), { textContent: window.cspViolations.at(-1) }));
});
