"""Application code that builds models the typed way: mypy --strict accepts it."""

from __future__ import annotations

from datetime import date

from dicomodel.enums import ConfocalMode, PatientSex
from dicomodel.iods import ConfocalMicroscopyImage, CTImage
from dicomodel.modules import PatientModule, SOPCommonModule
from pydicom.valuerep import PersonName


def patient() -> PatientModule:
    return PatientModule(
        PatientName=PersonName("Doe^John"),
        PatientID="12345",
        PatientBirthDate=date(1970, 1, 31),
        PatientSex=PatientSex.O,
    )


def sop_common() -> SOPCommonModule:
    return SOPCommonModule(SOPClassUID="1.2.840.10008.5.1.4.1.1.2", SOPInstanceUID="1.2.3")


def mode() -> ConfocalMode:
    return ConfocalMode.REFLECTANCE


def read_back(image: CTImage) -> str | None:
    name = image.PatientName
    return None if name is None else str(name.family_name)


def kinds() -> tuple[type[CTImage], type[ConfocalMicroscopyImage]]:
    return CTImage, ConfocalMicroscopyImage
