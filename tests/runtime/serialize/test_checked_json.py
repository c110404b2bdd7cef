"""The checked ``to_json_dict`` checks the ``Dataset`` a writer would write and writes
the JSON from the fields: the same JSON as the ``Dataset`` route, the same refusals."""

from __future__ import annotations

import warnings

import pydicom
import pytest
from pydicom.data import get_testdata_file

from dicomodel.errors import DicomWriteError
from dicomodel.iods import CTImage
from dicomodel.serialize.checks import write_problems
from dicomodel.serialize.dataset import to_dataset
from dicomodel.serialize.json import dataset_to_json
from dicomodel.serialize.part10 import read

FILES = ("CT_small.dcm", "MR_small.dcm", "rtplan.dcm", "waveform_ecg.dcm", "liver_1frame.dcm")


@pytest.mark.parametrize("name", FILES)
def test_checked_json_is_the_dataset_routes_or_the_same_refusal(name: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = read(get_testdata_file(name), strict=False)
    problems = write_problems(model)
    if problems:
        with pytest.raises(DicomWriteError) as refused:
            model.to_json_dict()
        assert list(refused.value.issues) == problems
    else:
        assert model.to_json_dict() == dataset_to_json(to_dataset(model, share_extra=True))


def test_a_checked_writer_refuses_an_absent_type_2c_attribute() -> None:
    """PS3.3 C.8.2.1 (0018,5100) Patient Position: Type 2C, required for CT Image
    Storage without Patient Orientation Code Sequence."""
    dataset = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    ct = CTImage.from_dataset(dataset)
    assert ct.to_json_dict()["00185100"]
    del dataset.PatientPosition
    lenient = CTImage.from_dataset(dataset, strict=False)
    with pytest.raises(DicomWriteError) as refused:
        lenient.to_json_dict()
    assert [issue.tag for issue in refused.value.issues] == [0x00185100]
