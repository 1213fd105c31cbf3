// app.js — small niceties where JavaScript runs; every page works without it.
'use strict';
document.addEventListener('DOMContentLoaded', function () {
	var q = document.getElementById('q');
	// "/" puts the cursor in the search box, as on most search pages.
	document.addEventListener('keydown', function (e) {
		if (e.key === '/' && q && document.activeElement !== q &&
		    !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
			e.preventDefault();
			q.focus();
			q.select();
		}
	});
	// On the home page the box is where typing goes.
	if (q && !q.value && document.querySelector('.home')) q.focus();
	// On a phone the facets above the results start folded, unless one is
	// chosen (the page sends them open, for a browser without script).
	var facets = document.querySelector('details.facets');
	if (facets && window.matchMedia('(max-width: 720px)').matches &&
	    !facets.querySelector('li.active')) facets.open = false;
	// Changing the order applies it at once.
	var sort = document.getElementById('sort');
	if (sort && sort.form) sort.addEventListener('change', function () { sort.form.submit(); });
});
