# Step 1 of the outline: the United Kingdom's rings from world-atlas's countries-50m.json (TopoJSON),
# written as gb_rings.json for Clip.java (step 2). Usage: python3 decode.py path/to/countries-50m.json
import json, sys
t = json.load(open(sys.argv[1]))
sc, tr = t['transform']['scale'], t['transform']['translate']
arcs = []
for a in t['arcs']:
    x = y = 0; pts = []
    for dx, dy in a:
        x += dx; y += dy; pts.append((x * sc[0] + tr[0], y * sc[1] + tr[1]))
    arcs.append(pts)
def arc(i):
    return arcs[i] if i >= 0 else list(reversed(arcs[~i]))
def ring(ids):
    pts = []
    for i in ids:
        a = arc(i); pts.extend(a if not pts else a[1:])
    return pts
gb = [g for g in t['objects']['countries']['geometries'] if g.get('id') == '826'][0]
json.dump([ring(p[0]) for p in gb['arcs']], open('gb_rings.json', 'w'))
