"""The direct DICOM JSON reader gives what the ``Dataset`` route gives (issue 16).

``from_json_dict`` reads the JSON objects straight into the model
(:mod:`dicomodel.serialize.json_read`); the route it replaces is
``from_dataset(json_to_dataset(data), owned=True)``. Both are compared on the JSON of
every corpus file the JSON round-trip tests use and on a 50-segment highdicom
Segmentation, strict and lenient: the same fields, extra elements, VRs and issues, or
the same refusal. The presence walk, which reads the reader's view of the elements
(:mod:`dicomodel.serialize.json_view`) instead of a ``Dataset``, finds what it finds in
the ``Dataset`` of the same JSON, every severity.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any, cast

import pytest

import dicomodel.serialize.json_read as json_read
from dicomodel.errors import DicomFormatError, DicomValidationError
from dicomodel.iods import CTImage, Segmentation
from dicomodel.model import DicomModel
from dicomodel.serialize.dataset import construct, from_dataset
from dicomodel.serialize.json import _Decoder, dataset_to_json, json_to_dataset
from dicomodel.serialize.json_read import read_json
from dicomodel.validation import validate_dataset
from tests.bench.serialization import _ct_with_pixels, _segmentation
from tests.runtime.serialize.test_files import FILES, _load


def _route(cls: type[DicomModel], data: dict[str, Any], strict: bool) -> DicomModel:
    return from_dataset(cls, json_to_dataset(data), strict=strict, owned=True)


def _outcome(read: Any, cls: type[DicomModel], data: dict[str, Any], strict: bool) -> Any:
    """What a read gives, in the terms the two readers must agree on."""
    try:
        model = read(cls, data, strict=strict)
    except DicomValidationError as error:
        return ("refused", error.issues)
    state = model._dicom
    extra = [(e.tag, e.VR, e.value) for e in state.extra_elements()] if state else []
    return (
        model,
        model.dicom_issues,
        extra,
        state.vrs if state else None,
        state.lenient if state else None,
        model.to_json_dict(check=False),
    )


def _direct(cls: type[DicomModel], data: dict[str, Any], *, strict: bool) -> DicomModel:
    return read_json(cls, data, strict=strict)


def _routed(cls: type[DicomModel], data: dict[str, Any], *, strict: bool) -> DicomModel:
    return _route(cls, data, strict)


@pytest.fixture
def no_dataset_route(monkeypatch: pytest.MonkeyPatch) -> None:
    """The direct reader may not fall back to building the ``Dataset`` first (the route
    compared with calls ``json_to_dataset`` of :mod:`dicomodel.serialize.json`)."""

    def refused(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the direct reader fell back to json_to_dataset")

    monkeypatch.setattr(json_read, "json_to_dataset", refused)


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_direct_read_equals_the_dataset_route(path: Path, no_dataset_route: None) -> None:
    dataset, cls = _load(path)
    data = dataset_to_json(dataset)
    for strict in (False, True):
        direct = _outcome(_direct, cls, data, strict)
        assert direct == _outcome(_routed, cls, data, strict), f"strict={strict}"


def test_segmentation_of_50_segments(no_dataset_route: None) -> None:
    data = _seg50_json()
    assert len(data["00620002"]["Value"]) == 50  # Segment Sequence
    for strict in (False, True):
        direct = _outcome(_direct, Segmentation, data, strict)
        assert direct == _outcome(_routed, Segmentation, data, strict)


def _seg50_json() -> dict[str, Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        segmentation = _segmentation(_ct_with_pixels())()
        return Segmentation.from_dataset(segmentation, strict=False).to_json_dict(check=False)


def _walk_of_the_view(cls: type[DicomModel], data: dict[str, Any]) -> list[Any]:
    """Every presence finding on the view the direct reader hands the walk."""
    reader = json_read._JsonReader(False, _Decoder(None))
    model = reader.read(cls, data, "", 0)
    view = reader.made.pop(id(model))
    assert not reader.made  # every item's view went into its sequence
    return validate_dataset(cast(Any, view), cls)


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_presence_walk_of_the_view_equals_the_dataset(path: Path) -> None:
    dataset, cls = _load(path)
    data = dataset_to_json(dataset)
    assert _walk_of_the_view(cls, data) == validate_dataset(json_to_dataset(data), cls)


def test_presence_walk_of_the_view_equals_the_dataset_for_seg50() -> None:
    data = _seg50_json()
    found = _walk_of_the_view(Segmentation, data)
    assert found  # the conditions and functional groups give findings to compare
    assert found == validate_dataset(json_to_dataset(data), Segmentation)


def test_private_and_unknown_elements_survive(no_dataset_route: None) -> None:
    dataset, cls = _load(next(path for path in FILES if path.name == "CT_small.dcm"))
    data = dataset_to_json(dataset)
    data["00091001"] = {"vr": "LO", "Value": ["private value"]}
    data["00090010"] = {"vr": "LO", "Value": ["CREATOR"]}
    data["7FE00010"] = {"vr": "OW", "BulkDataURI": "http://example.org/pixels"}
    model = read_json(cls, data, strict=False)
    assert model.dicom_extra[0x00091001].value == "private value"
    assert model.dicom_extra[0x00091001].private_creator == "CREATOR"
    assert model.to_json_dict(check=False)["7FE00010"] == data["7FE00010"]
    assert str(model.PatientName) == str(dataset.PatientName)
    assert type(model.PatientName).__name__ == "PersonName"


def _creators(model: DicomModel) -> dict[int, str | None]:
    state = model._dicom
    assert state is not None
    return {int(e.tag): e.private_creator for e in state.extra_elements() if e.tag.is_private}


def test_private_elements_learn_their_creator_as_in_the_dataset_route(
    no_dataset_route: None,
) -> None:
    dataset, cls = _load(next(path for path in FILES if path.name == "CT_small.dcm"))
    data = dataset_to_json(dataset)
    data["00090010"] = {"vr": "LO", "Value": ["CREATOR"]}
    data["00091001"] = {"vr": "LO", "Value": ["in block 10"]}
    data["00090011"] = {"vr": "LO", "Value": ["OTHER"]}
    data["00091101"] = {"vr": "SQ", "Value": [{"00091101": {"vr": "LO", "Value": ["a"]}}]}
    data["00991001"] = {"vr": "LO", "Value": ["no creator"]}
    for strict in (False, True):
        direct = _outcome(_direct, cls, data, strict)
        assert direct == _outcome(_routed, cls, data, strict)
    # the elements read, as a writer gets them (``dicom_extra`` would tell them again)
    creators = _creators(read_json(cls, data, strict=False))
    assert creators == _creators(_route(cls, data, False))
    assert creators[0x00091001] == "CREATOR"
    assert creators[0x00091101] == "OTHER"
    assert creators[0x00991001] is None


@pytest.mark.parametrize(
    "data",
    [
        {"00100010": {"vr": "XX"}},  # unknown VR
        {"00100010": {"vr": "PN", "Value": [{"Alphabetic": 1}]}},  # a name group not text
        {"00081140": {"vr": "SQ", "Value": [{"00081150": {"vr": "UI", "Value": [5]}}]}},
        {"00081140": {"vr": "SQ", "Value": ["not an item"]}},
        {"0008000a": {"vr": "CS", "Value": ["A"]}, "0008000A": {"vr": "CS", "Value": ["B"]}},
        {"not a tag": {"vr": "CS"}},
        {"7FE00010": {"vr": "OW", "InlineBinary": "not base64!"}},
    ],
)
def test_malformed_json_raises_as_the_dataset_route(data: dict[str, Any]) -> None:
    expected: Exception | None = None
    try:
        json_to_dataset(data)
    except DicomFormatError as error:
        expected = error
    if expected is None:  # decodes: then both reads agree on the outcome
        assert _outcome(_direct, CTImage, data, False) == _outcome(_routed, CTImage, data, False)
        return
    with pytest.raises(DicomFormatError) as raised:
        read_json(CTImage, data, strict=False)
    assert str(raised.value) == str(expected)


def test_construct_equals_model_construct() -> None:
    values = {"PatientID": "1", "Modality": "CT"}
    fields_set = set(values)
    fast = construct(CTImage, fields_set, dict(values))
    slow = CTImage.model_construct(_fields_set=fields_set, **values)
    assert list(fast.__dict__.items()) == list(slow.__dict__.items())
    assert fast.model_fields_set == slow.model_fields_set
    assert fast.__pydantic_extra__ == slow.__pydantic_extra__
    assert fast.__pydantic_private__ == slow.__pydantic_private__
