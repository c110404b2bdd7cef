"""Item class OtherClinicalTrialProtocolIDsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "OtherClinicalTrialProtocolIDsSequenceItem",
]


class OtherClinicalTrialProtocolIDsSequenceItem(DicomModel):
    """An item of Other Clinical Trial Protocol IDs Sequence (0012,0023), as first defined in Clinical Trial Subject Module Attributes (C.7-2b)."""

    dicom_name: ClassVar[str] = "Other Clinical Trial Protocol IDs Sequence"
    dicom_table: ClassVar[str] = "table_C.7-2b"

    ClinicalTrialProtocolID: Annotated[
        vr.LO, Attribute(0x00120020, "LO", "1", "1", name="Clinical Trial Protocol ID")
    ]
    """Clinical Trial Protocol ID (0012,0020): Type 1, VR LO, VM 1. Identifier for the protocol. See Section C.7.1.3.1.2."""

    IssuerOfClinicalTrialProtocolID: Annotated[
        vr.LO, Attribute(0x00120022, "LO", "1", "1", name="Issuer of Clinical Trial Protocol ID")
    ]
    """Issuer of Clinical Trial Protocol ID (0012,0022): Type 1, VR LO, VM 1. Identifier of the Assigning Authority that issued the Clinical Trial Protocol ID (0012,0020)."""
