"""The one-page profile read back: one page, clear print, my words under three headings."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from pypdf import PdfReader

from budgetplanner.demo import load_demo
from budgetplanner.export.profile_pdf import write_profile_pdf
from budgetplanner.storage.store import PlanStore

LONG = ("I like long walks by the estuary and this sentence goes on for a while so that "
        "every part of the profile is far too long for one page. ") * 20


def words_of(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return " ".join(" ".join(page.extract_text() or "" for page in pdf.pages).split())


def test_sitas_profile_is_one_page_of_her_words(store: PlanStore, tmp_path: Path) -> None:
    sita = store.current_version(load_demo(store)[0])
    result = write_profile_pdf(sita, tmp_path / "profile.pdf")
    assert result.pages == 1
    words = words_of(result.path)
    for heading in ("What people like and admire about me", "What is important to me",
                    "How best to support me"):
        assert heading in words
    assert "People admire my cooking and my sense of humour." in words
    assert "Help at home with everyday things" in words
    with pdfplumber.open(result.path) as pdf:
        assert min(round(c["size"], 2) for c in pdf.pages[0].chars) >= 10
        body = [c for c in pdf.pages[0].chars if c["bottom"] < float(pdf.pages[0].height) - 80]
        assert min(round(c["size"], 2) for c in body) >= 12
    assert PdfReader(result.path).trailer["/Root"]["/MarkInfo"]["/Marked"]


def test_a_long_profile_still_fits_one_page(store: PlanStore, tmp_path: Path) -> None:
    version = store.current_version(store.add_person("Siân Ó Briain"))
    for attribute in ("admired", "strengths", "matters_now", "good_life", "communication",
                      "decisions", "support_needs"):
        setattr(version, attribute, LONG)
    store.save()
    result = write_profile_pdf(version, tmp_path / "profile.pdf")
    assert result.pages == 1
    assert "the rest is in my support plan" in words_of(result.path)
