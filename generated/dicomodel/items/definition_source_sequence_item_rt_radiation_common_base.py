"""Item class DefinitionSourceSequenceItemRTRadiationCommonBase.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "DefinitionSourceSequenceItemRTRadiationCommonBase",
]


class DefinitionSourceSequenceItemRTRadiationCommonBase(DicomModel):
    """An item of Definition Source Sequence (0008,1156), as first defined in RT Radiation Common Base Macro Attributes (C.36.2.1.6-1)."""

    dicom_name: ClassVar[str] = "Definition Source Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.1.6-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ReferencedBeamNumber: Annotated[
        vr.IS, Attribute(0x300C0006, "IS", "1", "1", name="Referenced Beam Number")
    ]
    """Referenced Beam Number (300C,0006): Type 1, VR IS, VM 1. A number identifying the beam contained within a SOP Class specific Attribute of an Item in a SOP Class specific Sequence within the referenced SOP Instance. See Section C.36.2.1.6.1.4."""
