"""decode_all gives every element exactly as pydicom's own access does, on the whole corpus."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pydicom
import pydicom.data
import pytest
from pydicom.dataelem import RawDataElement
from pydicom.dataset import Dataset

from dicomodel.serialize import decoding
from dicomodel.serialize.decoding import decode_all

DATA = Path(pydicom.data.__file__).parent
CORPUS = DATA / "test_files"
CHARSETS = DATA / "charset_files"  # Specific Character Set (0008,0005) of every kind


def _elements(dataset: Dataset, path: str = "") -> list[tuple[Any, ...]]:
    """Every element through ``dataset[tag]`` (pydicom's path), with what it holds."""
    found: list[tuple[Any, ...]] = []
    for tag in list(dataset.keys()):
        element = dataset[tag]
        value = element.value
        shown = len(value) if element.VR == "SQ" else (type(value), repr(value))
        found.append(
            (
                path,
                int(tag),
                element.VR,
                shown,
                element.file_tell,
                element.is_undefined_length,
                element.private_creator,
                element.validation_mode,
            )
        )
        if element.VR == "SQ":
            for index, item in enumerate(value):
                found.extend(_elements(item, f"{path}{int(tag):08X}[{index}]."))
    return found


def _raw_count(dataset: Dataset) -> int:
    count = 0
    for element in dataset._dict.values():
        if isinstance(element, RawDataElement):
            count += 1
        elif element.VR == "SQ":
            count += sum(_raw_count(item) for item in element.value)
    return count


def _corpus() -> list[Path]:
    folders = (CORPUS, CHARSETS)
    return sorted(path for folder in folders for path in folder.rglob("*") if path.is_file())


def test_every_corpus_file_decodes_as_pydicom_decodes_it() -> None:
    compared = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for path in _corpus():
            try:
                by_pydicom = pydicom.dcmread(path, force=True)
                by_us = pydicom.dcmread(path, force=True)
            except Exception:  # not DICOM at all: nothing to decode
                continue
            try:
                expected: Any = _elements(by_pydicom)
            except Exception as error:
                expected = type(error)
            try:
                decode_all(by_us)
                assert _raw_count(by_us) == 0, path.name
                got: Any = _elements(by_us)
            except Exception as error:
                got = type(error)
            assert got == expected, path.name
            compared += 1
    assert compared > 170


def test_a_user_hook_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a callback of the user's, every element goes through pydicom's path."""
    seen: list[int] = []

    def callback(raw: RawDataElement, **kwargs: Any) -> RawDataElement:
        seen.append(int(raw.tag))
        return raw

    monkeypatch.setattr(pydicom.config, "data_element_callback", callback)
    dataset = pydicom.dcmread(CORPUS / "CT_small.dcm")
    decode_all(dataset)
    assert 0x00100010 in seen
    assert _raw_count(dataset) == 0


def _broken_rows() -> Dataset:
    """CT_small with Rows (0028,0010), a US, of three bytes (PS3.5 6.2: two a value)."""
    dataset = pydicom.dcmread(CORPUS / "CT_small.dcm")
    rows = next(tag for tag in dataset._dict if tag == 0x00280010)
    raw = dataset._dict[rows]
    assert isinstance(raw, RawDataElement)
    dataset._dict[rows] = raw._replace(value=b"\x01\x02\x03", length=3)
    return dataset


def _outcome(dataset: Dataset) -> Any:
    import dicomodel

    try:
        return [(issue.path, issue.rule) for issue in dicomodel.validate(dataset)]
    except Exception as error:
        return type(error), str(error)


def test_an_element_pydicom_cannot_decode_is_left_raw_and_fails_as_it_did(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dataset = _broken_rows()
    decode_all(dataset)
    assert _raw_count(dataset) == 1  # Rows only: validation meets it as it did before
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        outcome = _outcome(dataset)
        monkeypatch.setattr(decoding, "decode_all", lambda dataset: None)
        assert outcome == _outcome(_broken_rows())  # validation without decode_all
