// The dashboard's charts, drawn with Chart.js (a WebJar) from the tables beside them: each canvas names its table
// in data-chart-table; the table's columns marked data-series are the series, each body row's data-label its label
// and its cells' data-value the numbers. Without scripts, or without Chart.js, the tables alone are shown.
(function () {
    'use strict';

    function read(table) {
        var series = [];
        table.querySelectorAll('thead th').forEach(function (header, column) {
            if (header.hasAttribute('data-series')) {
                series.push({label: header.textContent.trim(), column: column, data: []});
            }
        });
        var labels = [];
        table.querySelectorAll('tbody tr').forEach(function (row) {
            labels.push(row.getAttribute('data-label'));
            series.forEach(function (one) {
                var cell = row.children[one.column];
                one.data.push(parseFloat(cell.getAttribute('data-value')));
            });
        });
        return {labels: labels, series: series};
    }

    // Bootstrap's colours of the current mode (light or dark) for text and grid lines.
    function themeColours() {
        var style = window.getComputedStyle(document.body);
        Chart.defaults.color = style.getPropertyValue('--bs-body-color').trim();
        Chart.defaults.borderColor = style.getPropertyValue('--bs-border-color').trim();
    }

    function draw(canvas) {
        var table = document.getElementById(canvas.getAttribute('data-chart-table'));
        if (!table) {
            return null;
        }
        var data = read(table);
        var colours = (canvas.getAttribute('data-chart-colors') || '').split(' ');
        var horizontal = canvas.hasAttribute('data-chart-horizontal');
        var stacked = canvas.hasAttribute('data-chart-stacked');
        var box = canvas.parentElement;
        if (horizontal) {
            box.style.height = Math.max(12, 4 + data.labels.length * 1.6 * data.series.length) + 'rem';
        }
        box.hidden = false;
        return new Chart(canvas, {
            type: 'bar',
            data: {
                labels: data.labels,
                datasets: data.series.map(function (one, index) {
                    return {label: one.label, data: one.data, backgroundColor: colours[index % colours.length]};
                })
            },
            options: {
                indexAxis: horizontal ? 'y' : 'x',
                maintainAspectRatio: false,
                animation: false,
                // Counts and milliseconds: whole numbers on the value axis.
                scales: horizontal
                    ? {x: {stacked: stacked, beginAtZero: true, ticks: {precision: 0}}, y: {stacked: stacked}}
                    : {x: {stacked: stacked}, y: {stacked: stacked, beginAtZero: true, ticks: {precision: 0}}}
            }
        });
    }

    function start() {
        if (typeof Chart === 'undefined') {
            return;
        }
        themeColours();
        var charts = [];
        document.querySelectorAll('canvas[data-chart-table]').forEach(function (canvas) {
            var chart = draw(canvas);
            if (chart) {
                charts.push(chart);
            }
        });
        // theme.js switches data-bs-theme when the system does: redraw in the new mode's colours.
        new MutationObserver(function () {
            themeColours();
            charts.forEach(function (chart) {
                chart.options.color = Chart.defaults.color;
                chart.update();
            });
        }).observe(document.documentElement, {attributes: true, attributeFilter: ['data-bs-theme']});
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
