"""Item class IrradiationEventIdentificationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "IrradiationEventIdentificationSequenceItem",
]


class IrradiationEventIdentificationSequenceItem(DicomModel):
    """An item of Irradiation Event Identification Sequence (0018,9477), as first defined in Irradiation Event Identification Macro Attributes (C.7.6.16-19)."""

    dicom_name: ClassVar[str] = "Irradiation Event Identification Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16-19"

    IrradiationEventUID: Annotated[
        list[vr.UI], Attribute(0x00083010, "UI", "1-n", "1", name="Irradiation Event UID")
    ]
    """Irradiation Event UID (0008,3010): Type 1, VR UI, VM 1-n. Unique identification of the irradiation event(s) associated with the acquisition of this image."""
