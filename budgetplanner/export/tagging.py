"""Tagged PDF for screen readers: marked content written while ReportLab draws, and the
structure tree added to the same document before it is saved.

ReportLab has no tagging API, but its canvas takes raw operators and its Table calls a
render callback at each row and cell. While a document is drawn, every flowable is wrapped
in marked content (`/P <</MCID n>> BDC … EMC`) and noted as an element of the structure
tree, in the order it is drawn (the reading order); table backgrounds, rules and the page
footers are marked as artifacts. Before the canvas saves the document, `write_structure`
adds the /StructTreeRoot, the parent tree, /MarkInfo and the viewer preference that shows the
title, so the PDF is written once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import PDFObject
from reportlab.platypus import Image, Paragraph, Spacer, Table
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.tableofcontents import TableOfContents

# Paragraph styles that are headings, by the name they are made with (pdf.make_styles).
HEADING_TAGS = {"cover_title": "H1", "h1": "H1", "h2": "H2", "h3": "H3"}


@dataclass
class Element:
    """One element of the structure tree: a container of elements, or a leaf of content."""

    tag: str
    kids: list[Element] = field(default_factory=list)
    content: list[tuple[int, int]] = field(default_factory=list)  # (page, MCID)
    alt: str = ""
    scope: str = ""  # "Column" or "Row" for a header cell
    # The words as they are read, where drawing breaks them over lines: a line's end is
    # no space in the page's text, so "my sense / of humour" would be read "senseof".
    words: str = ""


class Tagger:
    """Collects the structure of one pass of a document while its canvas is drawn on."""

    def __init__(self) -> None:
        self.root = Element("Document")
        self._open: list[Element] = [self.root]
        self._next_mcid: dict[int, int] = {}
        self.in_content = False
        self._cell_leaf = False
        self._layout_depth: list[bool] = []

    # marked content -------------------------------------------------------------------

    def begin(self, canvas: Any, tag: str, *, alt: str = "", words: str = "") -> Element:
        page = canvas.getPageNumber()
        mcid = self._next_mcid.get(page, 0)
        self._next_mcid[page] = mcid + 1
        element = Element(tag, content=[(page, mcid)], alt=alt, words=words)
        self._open[-1].kids.append(element)
        canvas._code.append(f"/{tag} <</MCID {mcid}>> BDC")
        self.in_content = True
        return element

    def end(self, canvas: Any) -> None:
        canvas._code.append("EMC")
        self.in_content = False

    def begin_artifact(self, canvas: Any, kind: str = "") -> None:
        properties = f" <</Type /Pagination /Subtype /{kind}>> BDC" if kind else " BMC"
        canvas._code.append(f"/Artifact{properties}")
        self.in_content = True

    def end_artifact(self, canvas: Any) -> None:
        self.end(canvas)

    def open(self, tag: str, *, scope: str = "") -> None:
        element = Element(tag, scope=scope)
        self._open[-1].kids.append(element)
        self._open.append(element)

    def close(self) -> None:
        self._open.pop()

    # flowables ------------------------------------------------------------------------

    def draw(self, flowable: Flowable, canvas: Any, draw: Callable[[], None]) -> None:
        """Draw a flowable inside the marked content or elements that say what it is."""
        if isinstance(flowable, Table):
            self._draw_table(flowable, canvas, draw)
        elif isinstance(flowable, TableOfContents):
            self.open("TOC")
            draw()
            self.close()
        elif isinstance(flowable, Paragraph) and _is_list_item(flowable):
            self._list_item(canvas, draw)
        elif isinstance(flowable, Paragraph):
            style = getattr(flowable, "style", None)
            tag = HEADING_TAGS.get(getattr(style, "name", ""), "P")
            self.begin(canvas, tag, words=flowable.getPlainText())
            draw()
            self.end(canvas)
        elif isinstance(flowable, (Drawing, Image)):
            alt = getattr(flowable, "alt_text", "")
            if alt:
                self.begin(canvas, "Figure", alt=alt)
                draw()
                self.end(canvas)
            else:
                # A picture that repeats the words beside it (an easy-read symbol).
                self.begin_artifact(canvas)
                draw()
                self.end_artifact(canvas)
        elif flowable.__class__.__name__ in ("Spacer", "Gap", "SectionPages", "PageBreak",
                                               "CondPageBreak"):
            draw()
        else:
            self.begin(canvas, getattr(flowable, "structure_tag", "P"))
            draw()
            self.end(canvas)

    def _list_item(self, canvas: Any, draw: Callable[[], None]) -> None:
        """A line starting with a bullet or a tick box: an item of a list (L, LI, LBody);
        items drawn one after another share their list."""
        siblings = self._open[-1].kids
        if not siblings or siblings[-1].tag != "L":
            self.open("L")
        else:
            self._open.append(siblings[-1])
        self.open("LI")
        self.begin(canvas, "LBody")
        draw()
        self.end(canvas)
        self.close()
        self.close()

    def _draw_table(self, table: Table, canvas: Any, draw: Callable[[], None]) -> None:
        toc = bool(getattr(table, "toc", False))
        layout = toc or bool(getattr(table, "layout_only", False))
        header_rows = table.repeatRows if isinstance(table.repeatRows, int) else 0
        if getattr(table, "reflowed", False):
            header_rows = 0
        state: dict[str, Any] = {"leaf": False, "item": False}

        def callback(_table: Table, command: str, *args: Any) -> None:
            if command in ("startBG", "startLines"):
                self.begin_artifact(canvas)
            elif command in ("endBG", "endLines"):
                self.end_artifact(canvas)
            elif toc and command == "startRow":
                # ReportLab's contents table has rows holding only the space before an
                # entry: no item for those.
                state["item"] = any(_has_words(value) for value in table._cellvalues[args[0]])
                if state["item"]:
                    self.open("TOCI")
            elif toc and command == "endRow":
                if state["item"]:
                    self.close()
            elif layout:
                return
            elif command == "startRow":
                self.open("TR")
            elif command == "endRow":
                self.close()
            elif command == "startCell":
                row, column, value = args[0], args[1], args[2]
                header = row < header_rows
                scope = "Column" if header else ""
                if getattr(table, "reflowed", False) and column == 0 and row > 0:
                    header, scope = True, "Row"
                self.open("TH" if header else "TD", scope=scope)
                if isinstance(value, str) and value:
                    self.begin(canvas, "P")
                    state["leaf"] = True
            elif command == "endCell":
                if state["leaf"]:
                    self.end(canvas)
                    state["leaf"] = False
                self.close()

        if toc:
            self.open("TOC")
        elif not layout:
            self.open("Table")
        table._renderCB = callback
        try:
            draw()
        finally:
            table._renderCB = None
            if toc or not layout:
                self.close()


_ORIGINAL_DRAW_ON = Flowable.drawOn
LIST_MARKS = ("•", "☐")


def _has_words(value: Any) -> bool:
    if isinstance(value, (list, tuple)):
        return any(_has_words(each) for each in value)
    return value not in ("", None) and not isinstance(value, Spacer)


def _is_list_item(paragraph: Paragraph) -> bool:
    return str(getattr(paragraph, "text", "")).lstrip().startswith(LIST_MARKS)


def _tagged_draw_on(self: Flowable, canvas: Any, x: float, y: float,
                    _sW: float = 0) -> None:  # noqa: N803 (ReportLab passes it by name)
    tagger: Tagger | None = getattr(canvas, "tagger", None)
    if tagger is None or tagger.in_content:
        _ORIGINAL_DRAW_ON(self, canvas, x, y, _sW)
        return
    tagger.draw(self, canvas, lambda: _ORIGINAL_DRAW_ON(self, canvas, x, y, _sW))


def install() -> None:
    """Wrap Flowable.drawOn once; it only tags on a canvas that carries a Tagger."""
    if Flowable.drawOn is not _tagged_draw_on:
        Flowable.drawOn = _tagged_draw_on


def write_structure(canvas: Any, tagger: Tagger) -> None:
    """Add the structure tree the tagger collected to the canvas's document, just before the
    canvas saves it (pdf.NumberedCanvas.save), so the PDF is written once, tagged.

    A plan has thousands of elements: each is written straight to its bytes (`_Written`),
    its words through ReportLab's own string encoding, rather than through ReportLab's
    general dictionaries, which took a good part of the time to save a long plan."""
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFString

    doc = canvas._doc
    numbers = doc.idToObjectNumberAndVersion
    pages = doc.Pages.pages

    def ref(obj: Any) -> bytes:
        return b"%d 0 R" % numbers[doc.Reference(obj).name][0]

    page_refs = [ref(page) for page in pages]
    parents: dict[int, dict[int, bytes]] = {}
    tags: dict[str, bytes] = {}

    tree_root = PDFDictionary({"Type": PDFName("StructTreeRoot")})
    tree_root_ref = doc.Reference(tree_root)

    def build(element: Element, parent: bytes) -> bytes:
        node = _Written()
        me = ref(node)
        tag = tags.get(element.tag)
        if tag is None:
            tag = tags[element.tag] = pdfdoc.format(PDFName(element.tag), doc)
        parts: list[Any] = [b"<< /Type /StructElem /S ", tag, b" /P ", parent]
        if element.alt:
            parts += [b" /Alt ", PDFString(element.alt)]
        if element.words:
            parts += [b" /ActualText ", PDFString(element.words)]
        if element.scope:
            parts += [b" /A << /O /Table /Scope ", pdfdoc.format(PDFName(element.scope), doc),
                      b" >>"]
        kids: list[bytes] = []
        if element.content:
            first_page = element.content[0][0]
            parts += [b" /Pg ", page_refs[first_page - 1]]
            for page, mcid in element.content:
                parents.setdefault(page, {})[mcid] = me
                if page == first_page:
                    kids.append(b"%d" % mcid)
                else:
                    kids.append(b"<< /Type /MCR /Pg " + page_refs[page - 1]
                                + b" /MCID %d >>" % mcid)
        for kid in element.kids:
            kids.append(build(kid, me))
        parts += [b" /K [", b"\n".join(kids), b"] >>"]
        node.parts = parts
        return me

    document = build(tagger.root, ref(tree_root))
    nums = _Written()
    nums.parts = [b"<< /Nums ["]
    for index, page in enumerate(pages):
        # A page dictionary writes only the keys it knows: these two are added to them.
        page.__NoDefault__ = [*page.__NoDefault__, "StructParents", "Tabs"]
        page.StructParents = index
        page.Tabs = PDFName("S")
        marks = parents.get(index + 1, {})
        nums.parts.append(b"\n%d [" % index + b" ".join(marks[mcid] for mcid in sorted(marks))
                          + b"]")
    nums.parts.append(b"] >>")
    tree_root["K"] = PDFArray([_Written([document])])
    tree_root["ParentTree"] = doc.Reference(nums)
    tree_root["ParentTreeNextKey"] = len(pages)
    catalog = doc.Catalog
    catalog.StructTreeRoot = tree_root_ref
    catalog.MarkInfo = PDFDictionary({"Marked": "true"})
    canvas.setViewerPreference("DisplayDocTitle", "true")
    catalog.Lang = PDFString("en-GB")


class _Written(PDFObject):  # type: ignore[misc]  # ReportLab's pdfdoc is not typed
    """A PDF object given as its bytes, with ReportLab objects (strings) among them formatted
    when the document is written (a ReportLab PDFObject by its `format`)."""

    def __init__(self, parts: list[Any] | None = None) -> None:
        self.parts: list[Any] = parts or []

    def format(self, document: Any) -> bytes:
        return b"".join(part if isinstance(part, bytes) else pdfdoc.format(part, document)
                        for part in self.parts)
