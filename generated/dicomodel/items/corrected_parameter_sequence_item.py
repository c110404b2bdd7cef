"""Item class CorrectedParameterSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "CorrectedParameterSequenceItem",
]


class CorrectedParameterSequenceItem(DicomModel):
    """An item of Corrected Parameter Sequence (3008,0068), as first defined in RT Beams Session Record Module Attributes (C.8-57)."""

    dicom_name: ClassVar[str] = "Corrected Parameter Sequence"
    dicom_table: ClassVar[str] = "table_C.8-57"

    ParameterSequencePointer: Annotated[
        vr.AT, Attribute(0x30080061, "AT", "1", "1", name="Parameter Sequence Pointer")
    ]
    """Parameter Sequence Pointer (3008,0061): Type 1, VR AT, VM 1. Contains the Data Element Tag of the parent Sequence containing the Attribute that was corrected. The value is limited in scope to the Treatment Session Beam Sequence (3008,0020) and all nested Sequences therein."""

    ParameterItemIndex: Annotated[
        vr.IS, Attribute(0x30080063, "IS", "1", "1", name="Parameter Item Index")
    ]
    """Parameter Item Index (3008,0063): Type 1, VR IS, VM 1. Contains the Sequence Item index (starting at 1) of the corrected Attribute within its parent Sequence."""

    ParameterPointer: Annotated[
        vr.AT, Attribute(0x30080065, "AT", "1", "1", name="Parameter Pointer")
    ]
    """Parameter Pointer (3008,0065): Type 1, VR AT, VM 1. Contains the Data Element Tag of the Attribute that was corrected."""

    CorrectionValue: Annotated[
        vr.FL, Attribute(0x3008006A, "FL", "1", "1", name="Correction Value")
    ]
    """Correction Value (3008,006A): Type 1, VR FL, VM 1. The value applied to the Attribute that was referenced by the Parameter Sequence Pointer (3008,0061), Parameter Item Index (3008,0063) and Parameter Pointer (3008,0065)."""
