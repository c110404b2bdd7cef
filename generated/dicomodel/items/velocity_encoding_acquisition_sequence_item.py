"""Item class VelocityEncodingAcquisitionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "VelocityEncodingAcquisitionSequenceItem",
]


class VelocityEncodingAcquisitionSequenceItem(DicomModel):
    """An item of Velocity Encoding Acquisition Sequence (0018,9092), as first defined in MR Pulse Sequence Module Attributes (C.8-87)."""

    dicom_name: ClassVar[str] = "Velocity Encoding Acquisition Sequence"
    dicom_table: ClassVar[str] = "table_C.8-87"

    VelocityEncodingDirection: Annotated[
        list[vr.FD], Attribute(0x00189090, "FD", "3", "1", name="Velocity Encoding Direction")
    ]
    """Velocity Encoding Direction (0018,9090): Type 1, VR FD, VM 3. The direction cosines of the velocity encoding vector with respect to the patient. See Section C.7.6.2.1.1 for further explanation."""
