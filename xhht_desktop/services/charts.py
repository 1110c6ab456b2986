"""Charts for printed reports, drawn with reportlab.graphics in the documents' font.

A chart is a reportlab `Drawing` (a flowable): vector, so it prints sharp, and its words are
text in the embedded Noto Serif like the rest of the page. Every text style is set to our font
and so is the drawing's default, or reportlab would declare an unembedded Helvetica. Shades of
grey with black outlines, as a branch prints in black and white.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Group, Shape, String, UserNode
from reportlab.lib import colors
from reportlab.lib.units import mm

from xhht_desktop.services.pdf.fonts import FAMILY, ITALIC, nfc, register_fonts

SHADES = (colors.Color(0.3, 0.3, 0.3), colors.Color(0.78, 0.78, 0.78), colors.white)
FONT_SIZE = 9
HEIGHT = 80 * mm


@dataclass(frozen=True, slots=True)
class Series:
    """One kind of bar, one value per category (e.g. "Đăng ký": 100, 40, 0, 100)."""

    name: str
    values: tuple[float, ...]


def percent_text(value: float) -> str:
    """'62,5 %', '100 %': one decimal at most, a decimal comma, a space before the sign."""
    text = f"{value:.1f}".replace(".", ",")
    return (text[:-2] if text.endswith(",0") else text) + " %"


def grouped_bars(
    categories: Sequence[str],
    series: Sequence[Series],
    width: float,
    height: float = HEIGHT,
    *,
    top: float = 100,
    step: float = 20,
    label: Callable[[float], str] = percent_text,
    caption: str = "",
) -> Drawing:
    """Bars grouped by category, one bar per series, on a value axis from 0 to `top` (every
    `step`), each bar labelled above with `label(value)`; a legend at the top right and an
    optional `caption` (what the values measure) at the top left. Categories may hold "\\n"."""
    if not series or any(len(s.values) != len(categories) for s in series):
        raise ValueError("every series needs one value per category")
    if len(series) > len(SHADES):
        raise ValueError(f"at most {len(SHADES)} series")
    register_fonts()  # text widths are measured as the chart is laid out
    drawing = Drawing(width, height)
    drawing.initialFontName = FAMILY  # the renderer sets it first: never a standard Helvetica
    legend_h = 8 * mm
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 13 * mm  # room for the value and category labels
    chart.width, chart.height = width - chart.x - 2 * mm, height - chart.y - legend_h - 4 * mm
    chart.data = [[float(v) for v in s.values] for s in series]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = label
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.categoryAxis.categoryNames = [nfc(c) for c in categories]
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    chart.groupSpacing, chart.barSpacing = 8, 1.5
    for n, _ in enumerate(series):
        chart.bars[n].fillColor = SHADES[n]
        chart.bars[n].strokeColor = colors.black
        chart.bars[n].strokeWidth = 0.5
    chart.barLabelFormat = label
    chart.barLabels.nudge = 6
    for text_style in (chart.valueAxis.labels, chart.categoryAxis.labels, chart.barLabels):
        text_style.fontName, text_style.fontSize = FAMILY, FONT_SIZE
    drawing.add(chart)
    legend = Legend()
    legend.fontName, legend.fontSize = FAMILY, FONT_SIZE
    legend.alignment = "right"
    legend.boxAnchor = "ne"
    legend.columnMaximum = 1  # one row: the series side by side
    legend.deltax = 90
    legend.x, legend.y = width - 2 * mm - legend.deltax * (len(series) - 1), height - 1 * mm
    legend.dx = legend.dy = 8
    legend.strokeColor = colors.black
    legend.strokeWidth = 0.5
    legend.colorNamePairs = [(SHADES[n], nfc(s.name)) for n, s in enumerate(series)]
    drawing.add(legend)
    if caption:
        drawing.add(
            String(
                chart.x - 10 * mm,
                height - 5 * mm,
                nfc(caption),
                fontName=ITALIC,
                fontSize=FONT_SIZE,
            )
        )
    return drawing


def strings(drawing: Drawing) -> Iterator[String]:
    """Every piece of text the drawing will draw, its widgets expanded to plain shapes."""

    def walk(node: Shape) -> Iterator[String]:
        if isinstance(node, UserNode):  # a widget: the shapes it would draw now
            yield from walk(node.provideNode())
        elif isinstance(node, String):
            yield node
        elif isinstance(node, Group):
            for child in node.contents:
                yield from walk(child)

    register_fonts()
    yield from walk(drawing)


def texts(drawing: Drawing) -> list[str]:
    """The drawing's words, for the documents' glyph check."""
    return [s.text for s in strings(drawing) if s.text]
