"""Measure a rendered PDF with poppler-utils: pages, words, rules, fonts (all in mm).

``pdfinfo`` gives the pages, ``pdftotext -bbox-layout`` the text lines with their boxes and
``pdftocairo -svg`` the drawn rules (table borders, the red separator). fylink uses it to
put the 版记 at the foot of the last even page, and ``template check --render`` and the tests
use it to check a document against GB/T 9704.
"""

import html
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

PT_PER_MM = 72 / 25.4

TOOLS = ("pdfinfo", "pdftotext", "pdftocairo")


def available() -> bool:
    """Whether poppler-utils is installed."""
    return all(shutil.which(tool) for tool in TOOLS)


def _run(*args: str) -> str:
    return subprocess.run(
        list(args), capture_output=True, text=True, check=True, timeout=120
    ).stdout


@dataclass(frozen=True)
class Line:
    """A line of text; coordinates in mm from the page's top-left corner."""

    page: int
    x_min: float
    y_min: float
    x_max: float
    y_max: float
    text: str


@dataclass(frozen=True)
class Rule:
    """A horizontal rule (a stroked line or a thin filled box); mm from the top-left."""

    page: int
    x_min: float
    x_max: float
    y: float
    width: float  # stroke thickness
    color: str  # "rrggbb"

    @property
    def length(self) -> float:
        return self.x_max - self.x_min


def page_count(pdf: Path) -> int:
    for line in _run("pdfinfo", str(pdf)).splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "Pages":
            return int(value)
    return 0


def info(pdf: Path) -> dict[str, str]:
    pairs = (line.partition(":") for line in _run("pdfinfo", str(pdf)).splitlines())
    return {key.strip(): value.strip() for key, _, value in pairs}


_LINE = re.compile(
    r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>',
    re.DOTALL,
)
_PAGE = re.compile(r"<page [^>]*>(.*?)</page>", re.DOTALL)
_WORD = re.compile(r">([^<]*)</word>")


def lines(pdf: Path, first: int | None = None, last: int | None = None) -> list[Line]:
    """Every text line of the pages ``first``..``last`` (all pages by default)."""
    args = ["pdftotext"]
    if first is not None:
        args += ["-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    out = _run(*args, "-bbox-layout", str(pdf), "-")
    found = []
    for index, page in enumerate(_PAGE.findall(out)):
        number = (first or 1) + index
        for x0, y0, x1, y1, body in _LINE.findall(page):
            found.append(
                Line(
                    number,
                    float(x0) / PT_PER_MM,
                    float(y0) / PT_PER_MM,
                    float(x1) / PT_PER_MM,
                    float(y1) / PT_PER_MM,
                    html.unescape("".join(_WORD.findall(body))),
                )
            )
    return found


def text(pdf: Path) -> str:
    """The PDF's text without any white space (to compare with the .docx)."""
    return re.sub(r"\s", "", _run("pdftotext", str(pdf), "-"))


_PATH = re.compile(r"<path ([^>]*)/>")
_ATTR = re.compile(r'([\w:-]+)="([^"]*)"')
_NUMBER = r"(-?[\d.]+)"
_SEGMENT = re.compile(rf"M {_NUMBER} {_NUMBER} L {_NUMBER} {_NUMBER} ?$")
_BOX = re.compile(
    rf"M {_NUMBER} {_NUMBER} L {_NUMBER} {_NUMBER} L {_NUMBER} {_NUMBER} "
    rf"L {_NUMBER} {_NUMBER} Z"
)
_MATRIX = re.compile(r"matrix\(([^)]*)\)")
_RGB = re.compile(r"rgb\(([\d.]+)%,\s*([\d.]+)%,\s*([\d.]+)%\)")


def _color(style: str, key: str) -> str:
    match = re.search(rf"{key}:(rgb\([^)]*\))", style)
    if not match:
        return "000000"
    rgb = _RGB.match(match.group(1))
    if not rgb:
        return "000000"
    return "".join(f"{round(float(v) * 2.55):02x}" for v in rgb.groups())


def _transform(attrs: dict[str, str]) -> tuple[float, ...]:
    match = _MATRIX.search(attrs.get("transform", ""))
    if not match:
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    values = tuple(float(v) for v in re.split(r"[ ,]+", match.group(1).strip()))
    return values if len(values) == 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _apply(m: tuple[float, ...], x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def rules(pdf: Path, page: int, *, min_length_mm: float = 20) -> list[Rule]:
    """The horizontal rules of one page at least ``min_length_mm`` long, top to bottom."""
    with tempfile.TemporaryDirectory(prefix="fylink-svg-") as tmp:
        svg = Path(tmp) / "page.svg"
        subprocess.run(
            ["pdftocairo", "-svg", "-f", str(page), "-l", str(page), str(pdf), str(svg)],
            capture_output=True,
            check=True,
            timeout=120,
        )
        content = svg.read_text(encoding="utf-8")
    # Glyph outlines live in <defs>; the page's own drawing follows.
    body = content[content.find("</defs>") :] if "</defs>" in content else content
    found = []
    for match in _PATH.finditer(body):
        attrs = dict(_ATTR.findall(match.group(1)))
        style = attrs.get("style", "")
        d = attrs.get("d", "").strip()
        m = _transform(attrs)
        scale = abs(m[3]) or 1.0
        if (segment := _SEGMENT.match(d)) and "stroke:none" not in style:
            x0, y0, x1, y1 = (float(v) for v in segment.groups())
            (px0, py0), (px1, py1) = _apply(m, x0, y0), _apply(m, x1, y1)
            if abs(py0 - py1) > 0.2:
                continue
            width = re.search(r"stroke-width:([\d.]+)", style)
            thickness = float(width.group(1)) * scale if width else 1.0
            found.append(
                Rule(
                    page,
                    min(px0, px1) / PT_PER_MM,
                    max(px0, px1) / PT_PER_MM,
                    (py0 + py1) / 2 / PT_PER_MM,
                    thickness / PT_PER_MM,
                    _color(style, "stroke"),
                )
            )
        elif (box := _BOX.match(d)) and "fill:none" not in style:
            values = [float(v) for v in box.groups()]
            points = [_apply(m, values[i], values[i + 1]) for i in range(0, 8, 2)]
            xs = [p[0] for p in points]
            ys = [p[1] for p in points]
            height = max(ys) - min(ys)
            if height > 3 * PT_PER_MM or height >= (max(xs) - min(xs)):
                continue  # not a rule: a box, a picture frame, a vertical line
            found.append(
                Rule(
                    page,
                    min(xs) / PT_PER_MM,
                    max(xs) / PT_PER_MM,
                    (max(ys) + min(ys)) / 2 / PT_PER_MM,
                    height / PT_PER_MM,
                    _color(style, "fill"),
                )
            )
    found = [r for r in found if r.length >= min_length_mm]
    found.sort(key=lambda r: (r.y, r.x_min))
    return found
