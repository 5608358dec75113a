// What every payload in hostile-input.test.mjs calls if it ever runs: the test reads window.xssRan afterwards.
window.xssRan = [];
window.__xss = (which) => window.xssRan.push(String(which));
