"""A one-page profile: what people like and admire about me, what is important to me and how
best to support me, on one A4 page in clear print, with my photo if I give one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Spacer

from budgetplanner.export.pdf import (
    NumberedCanvas,
    PdfResult,
    PlanDocument,
    Variant,
    furniture_room,
    look_for,
    make_styles,
    register_fonts,
    text,
)
from budgetplanner.translation import _

if TYPE_CHECKING:
    from budgetplanner.storage.models import PlanVersion

# Clear print: the largest size at which the whole profile fits its one page is used.
SIZES = (14.0, 12.0)
LONGEST = 700  # characters of one answer kept on the page when even 12 pt does not fit


def profile_parts(version: PlanVersion) -> list[tuple[str, str]]:
    """The three headings of a one-page profile and my words under each."""
    v = version

    def joined(*values: str) -> str:
        return "\n".join(value.strip() for value in values if value.strip())

    return [
        (_("What people like and admire about me"), joined(v.admired, v.strengths)),
        (_("What is important to me"), joined(v.matters_now, v.good_life)),
        (_("How best to support me"), joined(v.communication, v.decisions, v.support_needs)),
    ]


def _cut(words: str, longest: int) -> str:
    if len(words) <= longest:
        return words
    return (words[:longest].rsplit(" ", 1)[0].rstrip(",;:")
            + _("… (the rest is in my support plan)"))


def _story(version: PlanVersion, size: float, longest: int | None, photo: Path | None,
           width: float) -> list[Flowable]:
    s = make_styles(look_for(Variant.STANDARD, size))
    name = version.preferred_name.strip() or version.person.name
    story: list[Flowable] = []
    if photo is not None and photo.exists():
        image = Image(str(photo))
        image._restrictSize(40 * mm, 40 * mm)
        image.hAlign = "LEFT"
        image.__dict__["alt_text"] = _("A photo of {name}").format(name=name)
        story += [image, Spacer(1, 3 * mm)]
    story.append(Paragraph(_("About me: {name}").format(name=text(name)), s.cover_title))
    for heading, words in profile_parts(version):
        shown = words or _("Not written yet.")
        if longest is not None:
            shown = _cut(shown, longest)
        story += [Paragraph(text(heading), s.h2), Paragraph(text(shown), s.body)]
    return story


def _height(story: list[Flowable], width: float) -> float:
    total: float = sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                       for f in story)
    return total


def write_profile_pdf(version: PlanVersion, out: Path, photo: Path | None = None
                      ) -> PdfResult:
    """Write my one-page profile at `out`: always one page, never below 12 pt."""
    register_fonts()
    person = version.person.name
    doc = PlanDocument(str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                       topMargin=18 * mm, bottomMargin=furniture_room(10),
                       title=_("My one-page profile: {name}").format(name=person),
                       author=person,
                       subject=_("A one-page profile that belongs to {name}").format(
                           name=person),
                       creator="Budget Planner", lang="en-GB")
    room = doc.height - 12  # the frame's own padding
    story: list[Flowable] = []
    for longest in (None, LONGEST, LONGEST // 2, LONGEST // 4):
        for size in SIZES:
            story = _story(version, size, longest, photo, doc.width)
            if _height(story, doc.width) <= room:
                break
        else:
            continue
        break
    canvas_class: type[NumberedCanvas] = type(
        "ProfileCanvas", (NumberedCanvas,),
        {"footer_name": person, "footer_date": _("my one-page profile"), "footer_size": 10.0})
    doc.build(story, canvasmaker=canvas_class)
    return PdfResult(out, doc.page)
