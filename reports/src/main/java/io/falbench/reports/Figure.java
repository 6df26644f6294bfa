package io.falbench.reports;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import io.falbench.files.AtomicFiles;
import io.falbench.files.WriteFailure;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;

/**
 * Panels of one size in a grid, under a title and one legend shared by them all (wrapped onto as many rows as it
 * needs, so it always fits the width), written as PNG and, beside it, the same drawing as SVG.
 *
 * @param panels the panels, row by row
 * @param columns panels per row
 * @param keys the shared legend (empty: none)
 */
record Figure(String title, List<XYChart> panels, int columns, List<Key> keys) {

    /** What a legend key shows beside its label. */
    enum Sample { LINE_AND_POINT, LINE, DIAMOND, BAND }

    /** One legend key. */
    record Key(String label, Color colour, BasicStroke stroke, Sample sample) {
    }

    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font KEY_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final int PAD = 10;
    static final int TITLE_HEIGHT = 26;
    static final int KEY_HEIGHT = 20;
    static final int SAMPLE_WIDTH = 34;
    static final int KEY_GAP = 18;
    private static final FontRenderContext TEXT = new FontRenderContext(null, true, true);

    Figure {
        if (panels.isEmpty() || columns < 1) {
            throw new IllegalArgumentException("a figure needs at least one panel and one column");
        }
        panels = List.copyOf(panels);
        keys = List.copyOf(keys);
        columns = Math.min(columns, panels.size());
    }

    /** The width of one panel in a figure of {@code columns} columns: every figure's panels share these sizes. */
    static int panelWidth(int columns) {
        return columns == 1 ? 900 : columns == 2 ? 560 : 440;
    }

    /** The height of one panel in a figure of {@code columns} columns. */
    static int panelHeight(int columns) {
        return columns == 1 ? 520 : columns == 2 ? 340 : 300;
    }

    int rows() {
        return (panels.size() + columns - 1) / columns;
    }

    int width() {
        return columns * panels.get(0).getWidth();
    }

    int height() {
        return PAD + TITLE_HEIGHT + legendRows().size() * KEY_HEIGHT + PAD + rows() * panels.get(0).getHeight();
    }

    /** The legend's keys by row: as many to a row as fit the figure's width beside each other. */
    List<List<Key>> legendRows() {
        List<List<Key>> rows = new ArrayList<>();
        List<Key> row = new ArrayList<>();
        double used = 0;
        for (Key key : keys) {
            double w = keyWidth(key);
            if (!row.isEmpty() && used + KEY_GAP + w > width() - 2 * PAD) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            used += (row.isEmpty() ? 0 : KEY_GAP) + w;
            row.add(key);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /** The width a key takes: its sample, a space, its label. */
    static double keyWidth(Key key) {
        return SAMPLE_WIDTH + 6 + KEY_FONT.getStringBounds(key.label(), TEXT).getWidth();
    }

    /** Writes {@code png} and the same figure as SVG beside it ({@code .png} replaced by {@code .svg}). */
    void write(Path png) throws IOException {
        BufferedImage image = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        paint(g);
        g.dispose();
        AtomicFiles.write(png, WriteFailure.CELLS_KEPT, out -> ImageIO.write(image, "png", out));
        VectorGraphics2D vector = new VectorGraphics2D();
        paint(vector);
        String name = png.getFileName().toString();
        Path svg = png.resolveSibling(name.endsWith(".png") ? name.substring(0, name.length() - 4) + ".svg"
                : name + ".svg");
        AtomicFiles.write(svg, WriteFailure.CELLS_KEPT, out -> new SVGProcessor()
                .getDocument(vector.getCommands(), new PageSize(0, 0, width(), height())).writeTo(out));
    }

    void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        // text drawn with the fractional metrics it is measured with (TEXT), so a long key ends where it was laid out
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width(), height());
        g.setColor(Color.BLACK);
        g.setFont(TITLE_FONT);
        double titleWidth = TITLE_FONT.getStringBounds(title, TEXT).getWidth();
        g.drawString(title, (float) Math.max(PAD, (width() - titleWidth) / 2), PAD + 18);
        int y = PAD + TITLE_HEIGHT;
        for (List<Key> row : legendRows()) {
            double rowWidth = row.stream().mapToDouble(Figure::keyWidth).sum() + KEY_GAP * (row.size() - 1);
            double x = Math.max(PAD, (width() - rowWidth) / 2);
            for (Key key : row) {
                drawKey(g, key, x, y);
                x += keyWidth(key) + KEY_GAP;
            }
            y += KEY_HEIGHT;
        }
        int top = y + PAD;
        int w = panels.get(0).getWidth();
        int h = panels.get(0).getHeight();
        for (int i = 0; i < panels.size(); i++) {
            Graphics2D panel = (Graphics2D) g.create(w * (i % columns), top + h * (i / columns), w, h);
            panels.get(i).paint(panel, w, h);
            panel.dispose();
        }
    }

    private static void drawKey(Graphics2D g, Key key, double x, int top) {
        int mid = top + KEY_HEIGHT / 2;
        int left = (int) Math.round(x);
        switch (key.sample()) {
            case BAND -> {
                g.setColor(new Color(key.colour().getRed(), key.colour().getGreen(), key.colour().getBlue(),
                        LinePanel.BAND_ALPHA * 2));
                g.fillRect(left, mid - 6, SAMPLE_WIDTH, 12);
            }
            case DIAMOND -> {
                g.setColor(key.colour());
                LinePanel.PUBLISHED.paint(g, left + SAMPLE_WIDTH / 2.0, mid, 5);
            }
            default -> {
                g.setColor(key.colour());
                g.setStroke(key.stroke());
                g.drawLine(left, mid, left + SAMPLE_WIDTH, mid);
                if (key.sample() == Sample.LINE_AND_POINT) {
                    g.fillOval(left + SAMPLE_WIDTH / 2 - 3, mid - 3, 6, 6);
                }
            }
        }
        g.setColor(Color.BLACK);
        g.setFont(KEY_FONT);
        g.drawString(key.label(), (float) (x + SAMPLE_WIDTH + 6), mid + 4);
    }
}
