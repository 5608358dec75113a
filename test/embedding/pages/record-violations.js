// Records every Content-Security-Policy violation on window.cspViolations, for the tests to read.
// An external script, because the pages it watches forbid inline ones. Load it first, as a classic script.
window.cspViolations = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) =>
    window.cspViolations.push(
      `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`.trim(),
    ),
  true,
);
