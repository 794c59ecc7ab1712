"""giltimeline: draw a gilpy GIL trace (-X giltrace=FILE) as an SVG picture.

    gilpy -m giltimeline TRACE.json -o OUT.svg [--width PX] [--html]

One row per thread, top to bottom in the order threads first used the GIL:
green = holding the GIL, orange = waiting for it, blue = blocked in a call
without it (sleep, lock, I/O).  A red tick marks each drop request; a red
line joins it to the hold it ended.  The top row ("GIL") shows the owner.
Every shape has a <title>, so a browser shows its details on hover; --html
writes a self-contained page with the picture, a legend and a details box.
"""

import json
import sys

COLORS = {'hold': '#2ca02c', 'wait': '#ff7f0e', 'blocked': '#6baed6'}
OWNER_COLORS = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02',
                '#a6761d', '#666666']
ROW_H = 26
BAR_H = 16
LEFT = 150
TOP = 30


def esc(s):
    s = str(s)
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def ms(us):
    return '%.3f ms' % (us / 1000.0)


def read_trace(path):
    with open(path) as f:
        data = json.load(f)
    events = data['traceEvents'] if isinstance(data, dict) else data
    names = {}
    order = []
    slices = []
    marks = []
    flows = {}
    for e in events:
        ph = e.get('ph')
        tid = e.get('tid', 0)
        if ph == 'M' and e.get('name') == 'thread_name':
            names[tid] = e['args']['name']
            if tid not in order:
                order.append(tid)
        elif ph == 'X':
            slices.append(e)
        elif ph == 'i':
            marks.append(e)
        elif ph in ('s', 'f'):
            flows.setdefault(e['id'], {})[ph] = e
    threads = [t for t in order if t != 0]
    for e in slices:
        if e['tid'] != 0 and e['tid'] not in threads:
            threads.append(e['tid'])
            names.setdefault(e['tid'], 'Thread-%s' % e['tid'])
    return names, threads, slices, marks, flows


def nice_step(span):
    raw = span / 8.0
    step = 1.0
    while step * 10 <= raw:
        step *= 10
    while step > raw and step > 0.001:
        step /= 10
    for m in (1, 2, 5, 10):
        if step * m >= raw:
            return step * m
    return step * 10


def describe(e, names):
    args = e.get('args', {})
    lines = ['%s (%s)' % (e['name'], names.get(e['tid'], e['tid'])),
             'from %s for %s' % (ms(e['ts']), ms(e.get('dur', 0)))]
    for k in sorted(args):
        lines.append('%s: %s' % (k, args[k]))
    return '\n'.join(lines)


def render(path, width=1200):
    names, threads, slices, marks, flows = read_trace(path)
    t0 = None
    t1 = None
    for e in slices + marks:
        a = e['ts']
        b = a + e.get('dur', 0)
        t0 = a if t0 is None or a < t0 else t0
        t1 = b if t1 is None or b > t1 else t1
    if t0 is None:
        t0, t1 = 0.0, 1.0
    span = max(t1 - t0, 1.0)
    plot_w = width - LEFT - 20
    scale = plot_w / span

    def x(t):
        return LEFT + (t - t0) * scale

    row_of = {0: 0}
    for i, tid in enumerate(threads):
        row_of[tid] = i + 1
    height = TOP + ROW_H * (len(threads) + 1) + 40
    out = []
    out.append('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
               'viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">'
               % (width, height, width, height))
    out.append('<title>GIL timeline of %s</title>' % esc(path))
    out.append('<rect x="0" y="0" width="%d" height="%d" fill="white"/>' % (width, height))
    legend = [('hold', 'holding the GIL'), ('wait', 'waiting for it'),
              ('blocked', 'blocked without it')]
    lx = LEFT
    for key, text in legend:
        out.append('<rect x="%d" y="8" width="12" height="12" fill="%s"/>' % (lx, COLORS[key]))
        out.append('<text x="%d" y="18">%s</text>' % (lx + 16, text))
        lx += 150
    out.append('<line x1="%d" y1="8" x2="%d" y2="20" stroke="red" stroke-width="2"/>' % (lx, lx))
    out.append('<text x="%d" y="18">drop request</text>' % (lx + 6))

    def row_y(tid):
        return TOP + ROW_H * row_of[tid]

    # the GIL row, then one row per thread
    out.append('<g class="gil-row"><text x="6" y="%d" font-weight="bold">GIL owner</text>'
               % (row_y(0) + BAR_H - 3))
    owner_color = {}
    for e in slices:
        if e['tid'] != 0:
            continue
        owner = e.get('args', {}).get('owner', e['name'])
        if owner not in owner_color:
            owner_color[owner] = OWNER_COLORS[len(owner_color) % len(OWNER_COLORS)]
        out.append('<rect class="gil" x="%.2f" y="%d" width="%.2f" height="%d" fill="%s">'
                   '<title>%s</title></rect>'
                   % (x(e['ts']), row_y(0), max(e.get('dur', 0) * scale, 0.5), BAR_H,
                      owner_color[owner], esc('GIL held by %s\nfrom %s for %s'
                                              % (owner, ms(e['ts']), ms(e.get('dur', 0))))))
    out.append('</g>')
    for tid in threads:
        y = row_y(tid)
        out.append('<g class="row" data-thread="%s">' % esc(names.get(tid, tid)))
        out.append('<text x="6" y="%d">%s</text>' % (y + BAR_H - 3, esc(names.get(tid, tid))))
        out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#ddd"/>'
                   % (LEFT, y + BAR_H // 2, LEFT + plot_w, y + BAR_H // 2))
        for e in slices:
            if e['tid'] != tid or e['name'] not in COLORS:
                continue
            h = BAR_H if e['name'] == 'hold' else BAR_H - 6
            yy = y if e['name'] == 'hold' else y + 3
            out.append('<rect class="%s" x="%.2f" y="%d" width="%.2f" height="%d" fill="%s">'
                       '<title>%s</title></rect>'
                       % (e['name'], x(e['ts']), yy, max(e.get('dur', 0) * scale, 0.5), h,
                          COLORS[e['name']], esc(describe(e, names))))
        for e in marks:
            if e['tid'] != tid:
                continue
            mx = x(e['ts'])
            out.append('<line class="request" x1="%.2f" y1="%d" x2="%.2f" y2="%d" stroke="red" '
                       'stroke-width="2"><title>%s</title></line>'
                       % (mx, y - 3, mx, y + BAR_H + 3,
                          esc('%s asked %s to drop the GIL at %s'
                              % (names.get(tid, tid), e.get('args', {}).get('holder', '?'),
                                 ms(e['ts'])))))
        out.append('</g>')
    for fid in sorted(flows):
        f = flows[fid]
        if 's' not in f or 'f' not in f or f['s']['tid'] not in row_of or \
                f['f']['tid'] not in row_of:
            continue
        out.append('<line class="flow" x1="%.2f" y1="%d" x2="%.2f" y2="%d" stroke="red" '
                   'stroke-opacity="0.5"/>'
                   % (x(f['s']['ts']), row_y(f['s']['tid']) + BAR_H // 2, x(f['f']['ts']),
                      row_y(f['f']['tid']) + BAR_H // 2))
    # the time axis
    ay = TOP + ROW_H * (len(threads) + 1) + 4
    out.append('<g class="axis"><line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>'
               % (LEFT, ay, LEFT + plot_w, ay))
    step = nice_step(span)
    t = 0.0
    while t <= span + 1e-9:
        tx = LEFT + t * scale
        out.append('<line x1="%.2f" y1="%d" x2="%.2f" y2="%d" stroke="black"/>'
                   % (tx, ay, tx, ay + 5))
        label = '%g ms' % (round(t / 1000.0, 6))
        out.append('<text x="%.2f" y="%d" text-anchor="middle">%s</text>' % (tx, ay + 18, label))
        t += step
    out.append('</g></svg>')
    return '\n'.join(out) + '\n'


HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>GIL timeline: %s</title>
<style>body{font-family:sans-serif;margin:16px} #info{white-space:pre;border:1px solid #ccc;
padding:6px;min-height:4em;background:#f8f8f8} rect:hover,line:hover{stroke:black}</style>
</head><body><h1>GIL timeline</h1><p>%s. Hover a shape for its details.</p>
<div id="info">(hover a shape)</div>
%s
<script>
document.querySelectorAll('svg rect, svg line').forEach(function (el) {
  var t = el.querySelector('title');
  if (!t) return;
  el.addEventListener('mouseenter', function () {
    document.getElementById('info').textContent = t.textContent;
  });
});
</script></body></html>
"""


def main(argv):
    usage = 'usage: giltimeline TRACE.json -o OUT.svg [--width PX] [--html]'
    src = None
    out = None
    html = False
    width = 1200
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == '-o' and i + 1 < len(argv):
            out = argv[i + 1]
            i += 1
        elif a == '--width' and i + 1 < len(argv):
            width = int(argv[i + 1])
            i += 1
        elif a == '--html':
            html = True
        elif a in ('-h', '--help'):
            print(usage)
            return 0
        elif src is None and not a.startswith('-'):
            src = a
        else:
            sys.stderr.write(usage + '\n')
            return 2
        i += 1
    if src is None:
        sys.stderr.write(usage + '\n')
        return 2
    svg = render(src, width)
    if html:
        svg = HTML % (esc(src), esc(src), svg)
    if out is None:
        sys.stdout.write(svg)
    else:
        with open(out, 'w') as f:
            f.write(svg)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
