"""Item class ReferencedBaselineParametersRTRadiationInstanceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedBaselineParametersRTRadiationInstanceSequenceItem",
]


class ReferencedBaselineParametersRTRadiationInstanceSequenceItem(DicomModel):
    """An item of Referenced Baseline Parameters RT Radiation Instance Sequence (3002,011E), as first defined in RT Patient Position Acquisition Instruction Module Attributes (C.36.29-1)."""

    dicom_name: ClassVar[str] = "Referenced Baseline Parameters RT Radiation Instance Sequence"
    dicom_table: ClassVar[str] = "table_C.36.29-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ReferencedBeamNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x300C0006,
            "IS",
            "1",
            "1C",
            name="Referenced Beam Number",
            when=("unknown", "depends on the referenced instance or item"),
        ),
    ] = None
    """Referenced Beam Number (300C,0006): Type 1C, VR IS, VM 1. Required, if the referenced SOP Instance has the SOP Class UID RT Plan (\"1.2.840.10008.5.1.4.1.1.481.5\") or RT Ion Plan (\"1.2.840.10008.5.1.4.1.1.481.8\"). Uniquely identifies the Beam specified by Beam Number (300A,00C0) in the referenced SOP Instance. Required, if the referenced SOP Instance has the SOP Class UID RT Plan (\"1.2.840.10008.5.1.4.1.1.481.5\") or RT Ion Plan (\"1.2.840.10008.5.1.4...."""
