"""The README's "Using the package" example, as a user writes it."""

from __future__ import annotations

from datetime import date

from dicomodel import codes, uids
from dicomodel.enums import ConfocalMode
from dicomodel.modules import PatientModule
from pydicom.valuerep import PersonName

patient = PatientModule(
    PatientName=PersonName("Doe^John"),
    PatientID="12345",
    PatientBirthDate=date(1970, 1, 31),
    PatientSex=None,
)
other = PatientModule(
    PatientName=PersonName("Doe^John"),
    PatientID="12345",
    PatientBirthDate=None,
    PatientSex="O",  # an Enumerated Value, as its string
)
mode: ConfocalMode = ConfocalMode.REFLECTANCE
steroid = codes.cid4410.Steroid
same = codes.TopicalTreatment.Steroid
confocal = codes.DCM.ConfocalMicroscopy
snomed = codes.SCT
storage: str = uids.ConfocalMicroscopyImageStorage
meaning: str = steroid.meaning + same.meaning + confocal.meaning
