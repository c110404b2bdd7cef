"""Edition names and the resolution of ``current`` from listings."""

from __future__ import annotations

import pytest

from generator.errors import FetchError
from generator.sources.editions import check_edition, editions_in_listing, newest
from tests.generator.sources.mirror_server import IIS_LISTING


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024c", "2024c"),
        (" 2015a ", "2015a"),
        ("current", "current"),
        ("CURRENT", "current"),
        ("2099z", "2099z"),
    ],
)
def test_check_edition_accepts_names_and_current(text: str, expected: str) -> None:
    assert check_edition(text) == expected


@pytest.mark.parametrize("text", ["2024", "24c", "2024cc", "latest", "", "2024C"])
def test_check_edition_rejects_other_names(text: str) -> None:
    with pytest.raises(
        FetchError, match=r"invalid edition .*expected a year and a letter such as 2024c"
    ):
        check_edition(text)


def test_listing_of_the_publisher_iis_style() -> None:
    assert editions_in_listing(IIS_LISTING) == ["2015a", "2024b", "2024c"]
    assert newest(editions_in_listing(IIS_LISTING)) == "2024c"


def test_listing_of_http_server_style() -> None:
    page = """<ul><li><a href="2015a/">2015a/</a></li><li><a href="2020c/">2020c/</a></li>
    <li><a href='2024c/'>2024c/</a></li><li><a href="README.md">README.md</a></li></ul>"""
    assert editions_in_listing(page) == ["2015a", "2020c", "2024c"]


def test_listing_with_absolute_urls_and_no_editions() -> None:
    page = '<a href="https://dicom.nema.org/medical/dicom/2019e/">x</a><a href=/x/2023a>y</a>'
    assert editions_in_listing(page) == ["2019e", "2023a"]
    assert editions_in_listing("<a href='current/'>current</a>") == []
    assert newest([]) is None
    assert newest(["current", "2024a", "2023e"]) == "2024a"
