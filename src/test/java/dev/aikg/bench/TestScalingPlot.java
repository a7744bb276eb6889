package dev.aikg.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestScalingPlot {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void writesAPngOfTheStatedSizeWithTheSeriesDrawn(@TempDir Path tmp) throws Exception {
        Path png = tmp.resolve("out/plot.png");
        ScalingPlot.fromResults(BenchFixtures.results(tmp.resolve("results"))).write(png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(ScalingPlot.WIDTH, img.getWidth());
        assertEquals(ScalingPlot.HEIGHT, img.getHeight());
        // The build series is drawn in the first palette colour; a blank chart would have none of it.
        assertTrue(count(img, 0x1f77b4) > 100, "build series missing");
        assertTrue(count(img, 0xd62728) > 100, "loader series missing");
        assertTrue(count(img, 0xff7f0e) > 100, "query bars of the first size missing");
    }

    @Test
    void emptyResultsStillRenderAxes(@TempDir Path tmp) throws Exception {
        Path png = tmp.resolve("plot.png");
        ScalingPlot.fromResults(tmp.resolve("nothing")).write(png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(ScalingPlot.WIDTH, img.getWidth());
        assertTrue(count(img, 0x000000) > 100, "no axes drawn");
        assertTrue(Files.size(png) > 0);
    }

    private static int count(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) == rgb) n++;
            }
        }
        return n;
    }
}
