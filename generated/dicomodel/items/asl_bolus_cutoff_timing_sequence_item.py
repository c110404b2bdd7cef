"""Item class ASLBolusCutoffTimingSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ASLBolusCutoffTimingSequenceItem",
]


class ASLBolusCutoffTimingSequenceItem(DicomModel):
    """An item of ASL Bolus Cut-off Timing Sequence (0018,925D), as first defined in MR Arterial Spin Labeling Macro Attributes (C.8-100b)."""

    dicom_name: ClassVar[str] = "ASL Bolus Cut-off Timing Sequence"
    dicom_table: ClassVar[str] = "table_C.8-100b"

    ASLBolusCutoffDelayTime: Annotated[
        vr.UL, Attribute(0x0018925F, "UL", "1", "1", name="ASL Bolus Cut-off Delay Time")
    ]
    """ASL Bolus Cut-off Delay Time (0018,925F): Type 1, VR UL, VM 1. Bolus Cut-off pulse delay time (in ms). See Section C.8.13.5.14.3 for further explanation."""

    ASLBolusCutoffTechnique: Annotated[
        vr.LO | None, Attribute(0x0018925E, "LO", "1", "2", name="ASL Bolus Cut-off Technique")
    ]
    """ASL Bolus Cut-off Technique (0018,925E): Type 2, VR LO, VM 1. Text describing the cut-off technique."""
