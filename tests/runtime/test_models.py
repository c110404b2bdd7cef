"""The generated models on the real 2024c build: types, rules, module views, laziness."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from typing import Any

import pytest
from pydicom.valuerep import PersonName

from dicomodel.enums import ConfocalMode, SegmentationType, TissueLocation
from dicomodel.errors import DicomValidationError
from dicomodel.iods import ConfocalMicroscopyImage, CTImage, SecondaryCaptureImage, Segmentation
from dicomodel.lazy import resolved
from dicomodel.model import Attribute
from dicomodel.modules import GeneralImageModule, PatientModule, SOPCommonModule
from tests.conftest import REPO_ROOT


def _patient(**changes: Any) -> PatientModule:
    values: dict[str, Any] = {
        "PatientName": PersonName("Doe^John"),
        "PatientID": "1",
        "PatientBirthDate": None,
        "PatientSex": None,
    }
    return PatientModule.model_validate(values | changes)


def test_enumerated_values_are_closed_enums() -> None:
    assert {member.value for member in ConfocalMode} == {"REFLECTANCE", "FLUORESCENCE"}
    assert {member.value for member in TissueLocation} == {"INVIVO", "EXVIVO"}
    # The annotation names the enum lazily (issue 16): resolved, it is the enum itself.
    assert resolved(ConfocalMicroscopyImage.model_fields["ConfocalMode"].annotation) is ConfocalMode
    # The default build is 2024c + Sup 243 (Label Map Segmentation)
    assert {member.value for member in SegmentationType} == {"BINARY", "FRACTIONAL", "LABELMAP"}


def test_type2_may_be_empty_type1_may_not() -> None:
    patient = _patient()
    assert patient.PatientBirthDate is None
    with pytest.raises(
        DicomValidationError, match=r"SOPInstanceUID \(0008,0018\): Type 1 attribute"
    ):
        SOPCommonModule(SOPClassUID="1.2.840.10008.5.1.4.1.1.2", SOPInstanceUID="")


def test_missing_required_attribute_is_named() -> None:
    with pytest.raises(DicomValidationError, match="PatientID"):
        PatientModule(PatientName=None, PatientBirthDate=None, PatientSex=None)  # type: ignore[call-arg]


def test_values_are_coerced_by_vr() -> None:
    patient = _patient(PatientBirthDate="19700131")
    assert patient.PatientBirthDate == date(1970, 1, 31)
    assert isinstance(patient.PatientName, PersonName)
    with pytest.raises(DicomValidationError, match="DA value"):
        _patient(PatientBirthDate="1970-01-31x")


def test_enumerated_value_per_index() -> None:
    attribute = GeneralImageModule.dicom_attributes()["ImageType"]
    assert attribute == Attribute(
        0x00080008, "CS", "2-n", "3", name="Image Type",
        enumerated=((1, ("ORIGINAL", "DERIVED")), (2, ("PRIMARY", "SECONDARY"))),
    )  # fmt: skip
    GeneralImageModule(InstanceNumber=None, ImageType=["ORIGINAL", "PRIMARY", "AXIAL"])
    with pytest.raises(
        DicomValidationError, match=r"'PRIMAL' \(value 2\) is not an Enumerated Value"
    ):
        GeneralImageModule(InstanceNumber=None, ImageType=["ORIGINAL", "PRIMAL"])


def test_specialized_module_keeps_its_own_values() -> None:
    confocal = ConfocalMicroscopyImage.dicom_attributes()["ImageType"]
    assert confocal.type == "1"
    assert dict(confocal.enumerated)[2] == ("PRIMARY",)


def test_iod_holds_its_modules_attributes() -> None:
    fields = SecondaryCaptureImage.model_fields
    # CP-2330: Frame of Reference, Synchronization and Image Plane modules (all U)
    for keyword in (
        "FrameOfReferenceUID",
        "SynchronizationFrameOfReferenceUID",
        "ImageOrientationPatient",
    ):
        assert keyword in fields
        assert not fields[keyword].is_required()
    assert CTImage.model_fields["KVP"] is not None
    assert resolved(Segmentation.model_fields["SegmentationType"].annotation) is SegmentationType


def test_module_view_of_an_iod() -> None:
    image = SecondaryCaptureImage.model_construct(
        PatientName=PersonName("Doe^Jane"), PatientID="7", PatientBirthDate=None, PatientSex=None
    )
    patient = image.module(PatientModule)
    assert patient.PatientID == "7"
    assert str(patient.PatientName) == "Doe^Jane"


def test_wrong_enum_value_is_a_validation_error() -> None:
    with pytest.raises(DicomValidationError, match="ConfocalMode"):
        ConfocalMicroscopyImage.model_validate({"ConfocalMode": "SIDEWAYS"})


def _run(code: str) -> Any:
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def test_import_dicomodel_is_lazy() -> None:
    loaded = _run(
        "import json, sys, dicomodel, dicomodel.iods\n"
        "loaded = (m for m in sys.modules if m.startswith(('dicomodel', 'pydantic')))\n"
        "print(json.dumps(sorted(loaded)))"
    )
    assert loaded == ["dicomodel", "dicomodel.iods"]


@pytest.mark.slow
def test_every_generated_module_imports_and_every_model_builds() -> None:
    figures = _run(
        """
import importlib, json, pkgutil
from dicomodel.model import DicomModel
names = []
for kind in ("iods", "modules", "macros", "items", "enums", "codes"):
    package = importlib.import_module(f"dicomodel.{kind}")
    names += [f"dicomodel.{kind}.{info.name}" for info in pkgutil.iter_modules(package.__path__)]
modules = [importlib.import_module(name) for name in names]
classes = [
    value for module in modules for value in vars(module).values()
    if isinstance(value, type) and issubclass(value, DicomModel)
    and value.__module__ == module.__name__
]
for cls in classes:
    cls.model_rebuild(force=True)
print(json.dumps({"modules": len(modules), "classes": len(classes)}))
"""
    )
    assert figures["modules"] > 3800
    assert figures["classes"] > 1700


def test_sop_class_links_to_its_iod_model() -> None:
    from dicomodel import iods, uids

    assert iods.for_sop_class(uids.CTImageStorage) is CTImage
    assert iods.for_sop_class("1.2.840.10008.5.1.4.1.1.77.1.8") is ConfocalMicroscopyImage
    assert uids.iod_class_name(uids.SegmentationStorage) == "Segmentation"
    with pytest.raises(KeyError, match=r"no IOD model for SOP class '1\.2\.3'"):
        iods.for_sop_class("1.2.3")


def test_iod_assembled_from_modules() -> None:
    from dicomodel.assembly import AssemblyError

    patient = _patient()
    sop = SOPCommonModule(SOPClassUID="1.2.840.10008.5.1.4.1.1.7", SOPInstanceUID="1.2.3")
    with pytest.raises(DicomValidationError, match="StudyInstanceUID"):
        SecondaryCaptureImage.from_modules(patient, sop)
    other = _patient(PatientID="2")
    with pytest.raises(AssemblyError, match=r"PatientID differs between PatientModule \('1'\)"):
        SecondaryCaptureImage.from_modules(patient, other)
    image = ConfocalMicroscopyImage.model_construct(ConfocalMode=ConfocalMode.REFLECTANCE)
    with pytest.raises(AssemblyError, match="ConfocalMode is not an attribute of CTImage"):
        CTImage.from_modules(image)
