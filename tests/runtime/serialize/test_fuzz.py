"""Malformed JSON, JSON text, data sets and files: a clean error, never a crash or a hang.

Clean means a :class:`~dicomodel.errors.DicomodelError`: a ``DicomFormatError`` (not
DICOM data this runtime takes), a ``DicomValidationError`` (DICOM data that breaks
the model's rules, strict reading only), or for ``read`` a data set whose SOP Class
has no model; anything else is a bug. Every case is bounded in time (10 s), and
whatever a strict read accepts every writer writes; what a non-strict read accepts
the writers refuse cleanly or write with ``check=False``. The whole module runs in
well under a minute (``max_examples``, ``derandomize``).
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import pydicom
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydicom.data import get_testdata_file
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence

from dicomodel.errors import (
    DicomFormatError,
    DicomodelError,
    DicomValidationError,
    DicomWriteError,
)
from dicomodel.iods import CTImage
from dicomodel.model import DicomModel
from dicomodel.serialize import MAX_DEPTH, MAX_VALUES, dataset_to_json, model_class, read
from dicomodel.serialize.checks import write_problems
from dicomodel.serialize.values import KNOWN_VRS, make_element

CLEAN = DicomodelError
FUZZ_SETTINGS = settings(
    max_examples=50,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@contextmanager
def _within(seconds: float) -> Iterator[None]:
    start = time.process_time()
    yield
    elapsed = time.process_time() - start
    assert elapsed < seconds, f"took {elapsed:.2f} s"


def _clean(call: Callable[[], Any]) -> Any:
    try:
        return call()
    except CLEAN:
        return None


def _ct_json() -> dict[str, Any]:
    return dataset_to_json(pydicom.dcmread(get_testdata_file("CT_small.dcm")))


def _written(model: DicomModel, strict: bool) -> None:
    """Every writer writes a strictly read object; a leniently read one is refused
    cleanly (``DicomWriteError``) or written with ``check=False``."""
    if strict:
        assert write_problems(model) == []
        model.to_dataset()
        text = model.to_json()
        assert type(model).from_json(text).to_json() == text
        buffer = io.BytesIO()
        try:
            model.write_part10(buffer)
        except DicomodelError as error:
            # A value JSON gave only by reference; or a model without SOP Common whose
            # file meta lacks the Media Storage UIDs (the generated BasicDirectory has no
            # fields: a DICOMDIR is all extras).
            no_uids = "SOPInstanceUID" not in type(model).model_fields
            expected = "BulkDataURI" in str(error) or (no_uids and "needs SOP Class" in str(error))
            assert expected, error  # noqa: PT017
            return
        read(io.BytesIO(buffer.getvalue()), model=type(model))
        return
    problems = write_problems(model)
    if problems:
        with pytest.raises(DicomWriteError):
            model.to_json()
    _clean(lambda: model.to_json(check=False))
    _clean(lambda: model.write_part10(io.BytesIO(), check=False))


# -- JSON as Python objects ------------------------------------------------------------------

_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
_TAGS = st.sampled_from(["00100010", "00080016", "00280030", "7FE00010", "00081115", "0009100A"])
_ELEMENT = st.fixed_dictionaries(
    {"vr": st.sampled_from(sorted(KNOWN_VRS)) | st.text(max_size=3) | _SCALARS},
    optional={"Value": _JSON, "InlineBinary": _JSON, "BulkDataURI": _JSON, "extra": _JSON},
)
_DICOM_JSON = st.dictionaries(_TAGS | st.text(max_size=9), _ELEMENT | _JSON, max_size=6)


@FUZZ_SETTINGS
@given(data=_DICOM_JSON | _JSON)
def test_fuzzed_json_is_refused_cleanly(data: Any) -> None:
    with _within(10):
        model = _clean(lambda: CTImage.from_json_dict(data, strict=False))
        if model is not None:  # what was accepted comes back the same
            again = _clean(lambda: model.to_json_dict(check=False))
            if again is not None:
                back = CTImage.from_json_dict(again, strict=False)
                assert back.to_json_dict(check=False) == again
            _written(model, strict=False)


@FUZZ_SETTINGS
@given(key=_TAGS, entry=_ELEMENT)
def test_fuzzed_elements_in_a_real_object(key: str, entry: dict[str, Any]) -> None:
    data = _ct_json() | {key: entry}
    with _within(10):
        for strict in (True, False):
            model = _clean(lambda: CTImage.from_json_dict(data, strict=strict))  # noqa: B023
            if model is not None:
                _written(model, strict)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"vr": "OB", "InlineBinary": "not base64!"}, "InlineBinary is not base64"),
        ({"vr": "XX", "Value": ["a"]}, "unknown VR 'XX'"),
        ({"Value": ["a"]}, "unknown VR None"),
        ({"vr": "PN", "Value": "Doe"}, "'Value' is a list, not str"),
        ({"vr": "PN", "Value": ["Doe^John"]}, "a PN value is an object of name groups"),
        ({"vr": "PN", "Value": [{"Alfabetic": "x"}]}, "unknown PN name groups"),
        ({"vr": "US", "Value": [70000]}, "US value 70000 is outside 0..65535"),
        ({"vr": "US", "Value": [True]}, "a US value is a number, not bool"),
        ({"vr": "AT", "Value": ["0010"]}, "an AT value is 8 hex digits"),
        ({"vr": "LO", "Value": [12]}, "a LO value is a string, not int"),
        ({"vr": "LO", "InlineBinary": "AAAA"}, "InlineBinary is for OB, OD"),
        ({"vr": "OB", "Value": [1]}, "takes InlineBinary or BulkDataURI"),
        ({"vr": "SQ", "Value": [1]}, "a DICOM JSON data set is an object of tags"),
        ({"vr": "LO", "Value": ["a"], "InlineBinary": "AA=="}, "more than one of"),
        ({"vr": "LO", "value": ["a"]}, "unexpected keys"),
        ("LO", "an element is an object with 'vr'"),
    ],
)
def test_malformed_json_names_the_element(entry: Any, message: str) -> None:
    data = _ct_json() | {"00091010": entry}
    with pytest.raises(DicomFormatError, match=message):
        CTImage.from_json_dict(data, strict=False)


def test_bad_tags_and_shapes() -> None:
    with pytest.raises(DicomFormatError, match="'PatientName' is not a tag"):
        CTImage.from_json_dict({"PatientName": {"vr": "PN"}})
    with pytest.raises(DicomFormatError, match="an object of tags, not list"):
        CTImage.from_json_dict([{"00100010": {"vr": "PN"}}])  # type: ignore[arg-type]


def test_huge_value_multiplicity_is_refused_quickly() -> None:
    data = _ct_json() | {"00280030": {"vr": "DS", "Value": [1] * (MAX_VALUES + 1)}}
    with _within(5), pytest.raises(DicomFormatError, match="more than 1000000"):
        CTImage.from_json_dict(data)
    data = _ct_json() | {"00280030": {"vr": "DS", "Value": [1] * 3}}
    with pytest.raises(DicomValidationError, match=r"PixelSpacing \(0028,0030\): VM 2 expected"):
        CTImage.from_json_dict(data)


def test_deep_nesting_is_refused_quickly() -> None:
    item: dict[str, Any] = {}
    for _ in range(5000):
        item = {"00081115": {"vr": "SQ", "Value": [item]}}
    with _within(5), pytest.raises(DicomFormatError, match=f"nested deeper than {MAX_DEPTH}"):
        CTImage.from_json_dict(_ct_json() | item)


# -- JSON text ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not JSON"),
        ("[]", "holds an object, not list"),
        ('{"00100010": {"vr": "PN"}, "00100010": {"vr": "PN"}}', "duplicate key"),
        ('{"00100020": {"vr": "IS", "Value": [' + "9" * 5000 + "]}}", "not JSON"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        (b"\xff\xfe\x00", "not JSON"),
    ],
)
def test_malformed_json_text(text: str | bytes, message: str) -> None:
    with _within(5), pytest.raises(DicomFormatError, match=message):
        CTImage.from_json(text)


@FUZZ_SETTINGS
@given(data=st.data())
def test_mutated_json_text(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(_JSON_FILES))
    cls, text = _json_text(name)
    start = data.draw(st.integers(0, len(text) - 1))
    junk = data.draw(st.text(max_size=8))
    cut = data.draw(st.integers(0, 8))
    mutated = text[:start] + junk + text[start + cut :]
    with _within(10):
        for strict in (True, False):
            model = _clean(lambda: cls.from_json(mutated, strict=strict))  # noqa: B023
            if model is not None:
                _written(model, strict)


# Real objects of several kinds, as DICOM JSON text (pixel data left out: mutations
# land in the attributes).
_JSON_FILES = ("CT_small.dcm", "rtplan.dcm", "test-SR.dcm", "liver_1frame.dcm")


@cache
def _json_text(name: str) -> tuple[type[DicomModel], str]:
    dataset = pydicom.dcmread(get_testdata_file(name))
    dataset.pop("PixelData", None)
    cls = model_class(dataset)
    return cls, cls.from_dataset(dataset, strict=False).to_json(check=False)


# -- data sets and files ------------------------------------------------------------------


def _ct() -> Dataset:
    return pydicom.dcmread(get_testdata_file("CT_small.dcm"))


def test_wrong_python_types_in_a_dataset_are_issues() -> None:
    dataset = _ct()
    dataset[0x00100010] = make_element(0x00100010, "PN", 42)
    dataset[0x00280010] = make_element(0x00280010, "US", "many")
    dataset[0x00080016] = make_element(0x00080016, "UI", object())
    model = CTImage.from_dataset(dataset, strict=False)
    assert {issue.path for issue in model.dicom_issues} == {
        "PatientName",
        "Rows",
        "SOPClassUID",
    }
    with pytest.raises(DicomWriteError) as refused:
        model.to_json_dict()
    assert {issue.path for issue in refused.value.issues} == {"PatientName", "Rows", "SOPClassUID"}
    with pytest.raises(DicomFormatError, match=r"\(0008,0016\) SOPClassUID: a UI value cannot be"):
        model.to_json_dict(check=False)


def test_deeply_nested_dataset_is_refused() -> None:
    item = Dataset()
    for _ in range(200):
        outer = Dataset()
        outer.ReferencedSeriesSequence = Sequence([item])
        item = outer
    dataset = _ct()
    dataset.ReferencedSeriesSequence = item.ReferencedSeriesSequence
    with _within(5), pytest.raises(DicomFormatError, match="nested deeper"):
        CTImage.from_dataset(dataset, strict=False)
    private = _ct()
    private.add_new(0x00091001, "SQ", item.ReferencedSeriesSequence)  # kept as extra
    with _within(5), pytest.raises(DicomFormatError, match="nested deeper"):
        CTImage.from_dataset(private, strict=False)


def test_an_item_that_is_not_a_dataset() -> None:
    dataset = _ct()
    dataset.ReferencedSeriesSequence = Sequence([Dataset()])
    dataset["ReferencedSeriesSequence"]._value = ["not a dataset"]  # pydicom itself refuses
    with pytest.raises(DicomFormatError, match="must be a pydicom Dataset, not str"):
        CTImage.from_dataset(dataset)


def test_huge_value_multiplicity_in_a_dataset_is_kept_unvalidated() -> None:
    dataset = _ct()
    dataset[0x00181201] = make_element(0x00181201, "TM", ["1010"] * (MAX_VALUES + 1))
    with _within(5):
        model = CTImage.from_dataset(dataset, strict=False)
    (issue,) = model.dicom_issues
    assert issue.path == "TimeOfLastCalibration"
    assert issue.kept_as_extra


def test_not_a_dataset() -> None:
    with pytest.raises(DicomFormatError, match="expected a pydicom Dataset, not str"):
        CTImage.from_dataset("CT_small.dcm")  # type: ignore[arg-type]


# Real files of several encodings: explicit and implicit VR, big endian, deflated,
# encapsulated, a DICOMDIR, a file without preamble (read with force).
_FILES = (
    "CT_small.dcm",
    "MR_small_implicit.dcm",
    "MR_small_bigendian.dcm",
    "image_dfl.dcm",
    "JPEG2000.dcm",
    "rtplan.dcm",
    "DICOMDIR",
    "rtstruct.dcm",
)


@cache
def _original(name: str) -> bytes:
    path = get_testdata_file(name)
    assert path is not None, f"pydicom no longer bundles {name}"
    with open(path, "rb") as file:
        return file.read()


@FUZZ_SETTINGS
@given(data=st.data())
def test_damaged_files_are_refused_cleanly(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(_FILES))
    original = _original(name)
    size = data.draw(st.integers(0, 4096))
    damaged = bytearray(original[: data.draw(st.integers(0, len(original)))] or b"\x00")
    for _ in range(data.draw(st.integers(0, 6))):
        position = data.draw(st.integers(0, min(size, len(damaged) - 1)))
        damaged[position] = data.draw(st.integers(0, 255))
    with _within(10):
        for strict in (True, False):
            model = _clean(
                lambda: read(io.BytesIO(bytes(damaged)), strict=strict, force=True)  # noqa: B023
            )
            if model is not None:
                _written(model, strict)
