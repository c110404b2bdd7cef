"""Property-based round trips per VR (hypothesis).

For every VR, values valid for it (in the form pydicom holds them: DS and IS as
text, dates and times as text with partial precision and offsets, PN with its
component groups) go Dataset -> model -> Dataset, DICOM JSON -> model -> JSON,
JSON text -> model -> text and Native DICOM Model XML -> model -> XML, unchanged
to the original text; once as the value of a model field (where a CT or MR Image
has an attribute of that VR) and once as a private element kept in
``dicom_extra``.
"""

from __future__ import annotations

import enum
import re
import string
import typing
from datetime import date
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydicom.dataset import Dataset

from dicomodel.errors import DicomFormatError
from dicomodel.iods import CTImage, MRImage
from dicomodel.lazy import resolved
from dicomodel.model import DicomModel
from dicomodel.serialize import dataset_to_json
from dicomodel.vr import INTEGER_RANGES
from tests.runtime.serialize.builders import ct_image, mr_image
from tests.runtime.serialize.helpers import element_diffs

PROPERTY_SETTINGS = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)

_PRINTABLE = "".join(c for c in string.printable if c not in "\\\t\n\r\x0b\x0c")
_TEXT = st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\\")


def _trimmed(alphabet: Any, low: int, high: int) -> st.SearchStrategy[str]:
    return st.text(alphabet, min_size=low, max_size=high).filter(
        lambda text: text == text.strip() and text != ""
    )


def _dt() -> st.SearchStrategy[str]:
    def build(moment: Any, precision: int, fraction: str, offset: str) -> str:
        full = f"{moment.year:04}{moment:%m%d%H%M%S}"
        text = full[: [4, 6, 8, 10, 12, 14][precision]]
        if precision == 5 and fraction:
            text += "." + fraction
        return text + offset

    return st.builds(
        build,
        st.datetimes(),
        st.integers(0, 5),
        st.from_regex(r"[0-9]{0,6}", fullmatch=True),
        st.sampled_from(["", "+0100", "-0530", "+1400", "-1200"]),
    ).filter(lambda text: not text.startswith("0000"))


def _person_name() -> st.SearchStrategy[str]:
    group = st.from_regex(r"[A-Za-z]{1,8}(\^[A-Za-z]{1,8}){0,4}", fullmatch=True)
    return st.lists(group, min_size=1, max_size=3).map("=".join)


def _integer(vr: str) -> st.SearchStrategy[int]:
    low, high = INTEGER_RANGES[vr]
    return st.integers(low, high)


def _binary(unit: int) -> st.SearchStrategy[bytes]:
    return st.binary(min_size=unit, max_size=64).map(lambda b: b[: len(b) - len(b) % unit])


VALUES: dict[str, st.SearchStrategy[Any]] = {
    "AE": _trimmed(_PRINTABLE, 1, 16),
    "AS": st.from_regex(r"[0-9]{3}[DWMY]", fullmatch=True),
    "AT": st.integers(0, 0xFFFFFFFF),
    "CS": st.from_regex(r"[A-Z0-9_]([A-Z0-9_ ]{0,14}[A-Z0-9_])?", fullmatch=True),
    "DA": st.dates(min_value=date(1, 1, 1)).map(lambda d: f"{d.year:04}{d.month:02}{d.day:02}"),
    "DS": st.from_regex(r"[+-]?[0-9]{1,6}(\.[0-9]{1,5})?([eE][+-]?[0-9]{1,2})?", fullmatch=True),
    "DT": _dt(),
    "FD": st.floats(allow_nan=False, allow_infinity=False),
    "FL": st.floats(allow_nan=False, allow_infinity=False, width=32),
    "IS": st.from_regex(r"[+-]?[0-9]{1,9}", fullmatch=True),
    "LO": _trimmed(_TEXT, 1, 64),
    "LT": _trimmed(st.characters(blacklist_categories=("Cs",)), 1, 200),
    "OB": _binary(1),
    "OD": _binary(8),
    "OF": _binary(4),
    "OL": _binary(4),
    "OV": _binary(8),
    "OW": _binary(2),
    "PN": _person_name(),
    "SH": _trimmed(_TEXT, 1, 16),
    "SL": _integer("SL"),
    "SS": _integer("SS"),
    "ST": _trimmed(st.characters(blacklist_categories=("Cs",)), 1, 200),
    "SV": _integer("SV"),
    "TM": st.from_regex(
        r"([01][0-9]|2[0-3])([0-5][0-9]([0-5][0-9](\.[0-9]{1,6})?)?)?", fullmatch=True
    ),
    "UC": _trimmed(_TEXT, 1, 100),
    "UI": st.from_regex(r"(0|[1-9][0-9]{0,8})(\.(0|[1-9][0-9]{0,8})){1,6}", fullmatch=True),
    "UL": _integer("UL"),
    "UN": _binary(1),
    "UR": st.from_regex(r"https://[a-z]{1,10}\.org/[a-z0-9_]{0,20}", fullmatch=True),
    "US": _integer("US"),
    "UT": _trimmed(st.characters(blacklist_categories=("Cs",)), 1, 200),
    "UV": _integer("UV"),
}
SINGLE = {"LT", "ST", "UT", "UR", "OB", "OD", "OF", "OL", "OV", "OW", "UN"}


def _has_enum(annotation: Any) -> bool:
    annotation = resolved(annotation)  # an enum named lazily (issue 16)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return True
    return any(_has_enum(arg) for arg in typing.get_args(annotation))


@cache
def _fields() -> dict[tuple[str, bool], tuple[type[DicomModel], str]]:
    """An optional attribute per (VR, several values) in a CT or MR Image."""
    found: dict[tuple[str, bool], tuple[type[DicomModel], str]] = {}
    for cls in (CTImage, MRImage):
        for name, attribute in cls.dicom_attributes().items():
            field = cls.model_fields[name]
            if (
                attribute.type == "3"
                and not attribute.enumerated
                and attribute.vr in VALUES
                and not _has_enum(field.annotation)
                and attribute.multiplicity[0] == 1
            ):
                several = attribute.vm != "1"
                found.setdefault((attribute.vr, several), (cls, name))
    return found


@cache
def _base(cls: type[DicomModel]) -> Dataset:
    return (ct_image() if cls is CTImage else mr_image()).to_dataset()


def _values(vr: str, several: bool) -> st.SearchStrategy[Any]:
    if several and vr not in SINGLE:
        return st.lists(VALUES[vr], min_size=1, max_size=4)
    return VALUES[vr]


def _round_trips(cls: type[DicomModel], dataset: Dataset) -> None:
    # One attribute of a C or U module makes that module present, and its Type 1/2
    # attributes required: the object may then break a presence rule, which is not
    # what this test is about. Values must still go into the model, unchanged.
    model = cls.from_dataset(dataset, strict=False)
    assert not [i for i in model.dicom_issues if i.kept_as_extra], model.dicom_issues
    assert element_diffs(dataset, model.to_dataset(check=False)) == []
    data = dataset_to_json(dataset)
    again = cls.from_json_dict(data, strict=False)
    assert again.to_json_dict(check=False) == data
    text = model.to_json(check=False)
    from_text = cls.from_json(text, strict=False)
    assert from_text.to_json(check=False) == text
    assert element_diffs(dataset, from_text.to_dataset(check=False)) == []
    _xml_round_trips(cls, dataset, model)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_round_trips(cls: type[DicomModel], dataset: Dataset, model: DicomModel) -> None:
    """Native DICOM Model XML both ways; a character XML 1.0 cannot carry is refused."""
    texts = [str(element.value) for element in dataset if element.VR in {"LT", "ST", "UT"}]
    if any(_NOT_XML.search(text) for text in texts):
        with pytest.raises(DicomFormatError, match=r"which XML 1\.0 cannot carry"):
            model.to_xml(check=False)
        return
    document = model.to_xml(check=False)
    from_xml = cls.from_xml(document, strict=False)
    assert from_xml.to_xml(check=False) == document
    assert element_diffs(dataset, from_xml.to_dataset(check=False)) == []


# AE, AT, OD, OF, OL, OW, SL, SS, SV, UL, UN, UR: no optional CT or MR Image attribute
# of that VR; the extras test covers them.
@pytest.mark.parametrize("vr", sorted({vr for vr, _ in _fields()}))
def test_values_as_model_fields_round_trip(vr: str) -> None:
    chosen = [(key, where) for key, where in _fields().items() if key[0] == vr]

    @PROPERTY_SETTINGS
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        (_, several), (cls, name) = data.draw(st.sampled_from(chosen))
        value = data.draw(_values(vr, several))
        dataset = Dataset()
        dataset.update(_base(cls))
        dataset.add_new(cls.dicom_attributes()[name].tag, vr, value)
        _round_trips(cls, dataset)

    check()


@pytest.mark.parametrize("vr", sorted(VALUES))
def test_values_as_private_extras_round_trip(vr: str) -> None:
    @PROPERTY_SETTINGS
    @given(value=_values(vr, vr not in SINGLE))
    def check(value: Any) -> None:
        dataset = Dataset()
        dataset.update(_base(CTImage))
        block = dataset.private_block(0x0009, "DICOMODEL PROPERTIES", create=True)
        block.add_new(0x10, vr, value)
        _round_trips(CTImage, dataset)

    check()
