"""Tiny Patient Module Attributes.

Generated from DICOM 2099a; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "TinyPatientModule",
]


class TinyPatientModule(DicomModel):
    """Tiny Patient Module Attributes (PS3.3 Table P-1)."""

    dicom_name: ClassVar[str] = "Tiny Patient"
    dicom_table: ClassVar[str] = "table_P-1"

    PatientName: Annotated[vr.PN | None, Attribute(0x00100010, "PN", "1", "2", name="PatientName")]
    """PatientName (0010,0010): Type 2, VR PN, VM 1."""
