import java.awt.geom.*;
import java.nio.file.*;
import java.util.*;
import java.util.regex.*;

public class Clip {
    public static void main(String[] a) throws Exception {
        String s = Files.readString(Path.of("gb_rings.json"));
        // parse [[[x,y],...],...]
        List<List<double[]>> rings = new ArrayList<>();
        Matcher ringM = Pattern.compile("\\[(\\[[-0-9.e]+, [-0-9.e]+\\](?:, )?)+\\]").matcher(s);
        while (ringM.find()) {
            List<double[]> r = new ArrayList<>();
            Matcher pm = Pattern.compile("\\[([-0-9.e]+), ([-0-9.e]+)\\]").matcher(ringM.group());
            while (pm.find()) r.add(new double[]{Double.parseDouble(pm.group(1)), Double.parseDouble(pm.group(2))});
            rings.add(r);
        }
        Path2D.Double gb = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (List<double[]> r : rings) {
            gb.moveTo(r.get(0)[0], r.get(0)[1]);
            for (int i = 1; i < r.size(); i++) gb.lineTo(r.get(i)[0], r.get(i)[1]);
            gb.closePath();
        }
        double[][] clip = {{-6.8,49.7},{2.0,49.7},{2.0,55.811},{-2.034,55.811},{-2.16,55.73},{-2.26,55.645},{-2.33,55.60},{-2.20,55.47},
            {-2.42,55.36},{-2.69,55.20},{-2.86,55.08},{-3.03,55.04},{-3.10,54.96},{-3.45,54.88},{-3.75,54.78},{-4.2,54.65},{-5.2,54.0},{-5.8,53.0},{-6.8,51.5}};
        Path2D.Double c = new Path2D.Double();
        c.moveTo(clip[0][0], clip[0][1]);
        for (int i = 1; i < clip.length; i++) c.lineTo(clip[i][0], clip[i][1]);
        c.closePath();
        Area area = new Area(gb);
        area.intersect(new Area(c));
        StringBuilder out = new StringBuilder();
        PathIterator it = area.getPathIterator(null);
        double[] co = new double[6];
        List<String> polys = new ArrayList<>();
        StringBuilder cur = null; int n = 0; int total = 0;
        while (!it.isDone()) {
            int t = it.currentSegment(co);
            if (t == PathIterator.SEG_MOVETO) { cur = new StringBuilder(); cur.append(String.format(Locale.ROOT, "[%.3f,%.3f]", co[0], co[1])); n = 1; first = new double[]{co[0], co[1]}; }
            else if (t == PathIterator.SEG_LINETO) { cur.append(String.format(Locale.ROOT, ",[%.3f,%.3f]", co[0], co[1])); n++; }
            else if (t == PathIterator.SEG_CLOSE) { cur.append(String.format(Locale.ROOT, ",[%.3f,%.3f]", first[0], first[1])); if (n >= 3) { polys.add("[[" + cur + "]]"); total += n; } }
            it.next();
        }
        String geo = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"England and Wales\"},"
            + "\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[" + String.join(",", polys) + "]}}]}";
        Files.writeString(Path.of("england-and-wales.geo.json"), geo);
        System.out.println(polys.size() + " polygons, " + total + " points, " + geo.length() + " bytes");
    }
    static double[] first;
}
