"""Item class ReferencedDefinedProtocolSequenceItemScheduledProcedureStep.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedDefinedProtocolSequenceItemScheduledProcedureStep",
]


class ReferencedDefinedProtocolSequenceItemScheduledProcedureStep(DicomModel):
    """An item of Referenced Defined Protocol Sequence (0018,990C), as first defined in Scheduled Procedure Step Module Attributes (C.4-10)."""

    dicom_name: ClassVar[str] = "Referenced Defined Protocol Sequence"
    dicom_table: ClassVar[str] = "table_C.4-10"

    ReferencedSOPClassUID: Annotated[
        vr.UI | None, Attribute(0x00081150, "UI", "1", None, name="Referenced SOP Class UID")
    ] = None
    """Referenced SOP Class UID (0008,1150): no Type, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI | None, Attribute(0x00081155, "UI", "1", None, name="Referenced SOP Instance UID")
    ] = None
    """Referenced SOP Instance UID (0008,1155): no Type, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""
