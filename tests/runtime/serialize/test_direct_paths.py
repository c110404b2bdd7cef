"""The fast paths of issue 16 give what the ``Dataset`` route gives, on real files.

The direct model -> JSON writer and the stdlib-encoded text equal
``dataset_to_json(to_dataset(...))`` and the hand-written ``dumps`` byte for byte;
a read shares its extra elements with the data set until ``dicom_extra`` copies
them once; sequence items are validated by their own class.
"""

from __future__ import annotations

import copy
import warnings

import pydicom
import pytest
from pydicom.data import get_testdata_file

from dicomodel.errors import DicomValidationError
from dicomodel.iods import CTImage
from dicomodel.serialize.dataset import to_dataset
from dicomodel.serialize.json import dataset_to_json, dumps
from dicomodel.serialize.model_json import model_to_json, model_to_json_text
from dicomodel.serialize.part10 import read

FILES = ("CT_small.dcm", "MR_small.dcm", "rtplan.dcm", "waveform_ecg.dcm", "SC_rgb_jpeg.dcm")


@pytest.mark.parametrize("name", FILES)
def test_direct_json_equals_the_dataset_route(name: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = read(get_testdata_file(name), strict=False)
    reference = dataset_to_json(to_dataset(model, share_extra=True, check=False))
    assert model_to_json(model) == reference
    for indent in (None, 2):
        assert model_to_json_text(model, indent) == dumps(reference, indent=indent)
        assert model.to_json(check=False, indent=indent) == dumps(reference, indent=indent)


def test_ds_text_survives_the_stdlib_encoder() -> None:
    dataset = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    model = CTImage.from_dataset(dataset)
    text = model.to_json(check=False)
    # CT_small writes its Image Position as "-158.135803": not Python's repr of the float
    assert "-158.135803" in text
    assert CTImage.from_json(text, strict=False).to_json(check=False) == text


def test_extra_elements_are_shared_then_copied_once() -> None:
    dataset = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    model = CTImage.from_dataset(dataset)
    state = model._dicom
    assert state is not None
    assert state.read_extra
    tag = state.read_extra[0].tag
    assert state.read_extra[0] is dataset[tag]  # shared, not copied, by the read
    extra = model.dicom_extra
    assert extra[tag] is not dataset[tag]
    assert extra[tag] == dataset[tag]
    assert model.dicom_extra is extra  # copied once
    extra[tag].value = "changed"
    assert dataset[tag].value != "changed"


def test_an_item_error_keeps_its_location() -> None:
    dataset = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    values = {
        name: getattr(CTImage.from_dataset(dataset), name)
        for name in CTImage.from_dataset(dataset).model_fields_set
    }
    values["ReferencedImageSequence"] = [{"ReferencedSOPClassUID": "not a uid"}]
    with pytest.raises(DicomValidationError) as raised:
        CTImage(**copy.deepcopy(values))
    assert "ReferencedImageSequence[0].ReferencedSOPClassUID" in str(raised.value)
