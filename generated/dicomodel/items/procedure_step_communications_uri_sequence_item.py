"""Item class ProcedureStepCommunicationsURISequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ProcedureStepCommunicationsURISequenceItem",
]


class ProcedureStepCommunicationsURISequenceItem(DicomModel):
    """An item of Procedure Step Communications URI Sequence (0074,1008), as first defined in Unified Procedure Step Progress Information Module Attributes (C.30.1-1)."""

    dicom_name: ClassVar[str] = "Procedure Step Communications URI Sequence"
    dicom_table: ClassVar[str] = "table_C.30.1-1"

    ContactURI: Annotated[
        vr.UR | None, Attribute(0x0074100A, "UR", "1", None, name="Contact URI")
    ] = None
    """Contact URI (0074,100A): no Type, VR UR, VM 1. URI to communicate with performer of the procedure in progress. Any URI (telephone number, URL, etc.) is permitted. The VR of this Data Element has changed from UT to UR."""

    ContactDisplayName: Annotated[
        vr.LO | None, Attribute(0x0074100C, "LO", "1", None, name="Contact Display Name")
    ] = None
    """Contact Display Name (0074,100C): no Type, VR LO, VM 1. Name of the person, department or organization to contact for more information about the performance of the Procedure Step."""
