"""Item class RangeModulatorSettingsSequenceItemRTIonBeamsSessionRecord.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RangeModulatorSettingsSequenceItemRTIonBeamsSessionRecord",
]


class RangeModulatorSettingsSequenceItemRTIonBeamsSessionRecord(DicomModel):
    """An item of Range Modulator Settings Sequence (300A,0380), as first defined in RT Ion Beams Session Record Module Attributes (C.8.8.26-1)."""

    dicom_name: ClassVar[str] = "Range Modulator Settings Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.26-1"

    ReferencedRangeModulatorNumber: Annotated[
        vr.IS, Attribute(0x300C0104, "IS", "1", "1", name="Referenced Range Modulator Number")
    ]
    """Referenced Range Modulator Number (300C,0104): Type 1, VR IS, VM 1. Uniquely references Range Modulator described by Range Modulator Number (300A,0344) in Range Modulator Sequence (300A,0342)."""

    RangeModulatorGatingStartValue: Annotated[
        vr.FL | None,
        Attribute(
            0x300A0382,
            "FL",
            "1",
            "1C",
            name="Range Modulator Gating Start Value",
            when=("unknown", "depends on the referenced instance or item"),
        ),
    ] = None
    """Range Modulator Gating Start Value (300A,0382): Type 1C, VR FL, VM 1. Required if Range Modulator Type (300A,0348) of the range modulator referenced by Referenced Range Modulator Number (300C,0104) is WHL_MODWEIGHTS or WHL_FIXEDWEIGHTS. Start position defines the range modulator position at which the beam is switched on. Required if Range Modulator Type (300A,0348) of the range modulator referenced by Referenced Range Modulator Number (300C,0104) is WHL_MODWEIGHTS or WHL_F..."""

    RangeModulatorGatingStopValue: Annotated[
        vr.FL | None,
        Attribute(
            0x300A0384,
            "FL",
            "1",
            "1C",
            name="Range Modulator Gating Stop Value",
            when=("unknown", "depends on the referenced instance or item"),
        ),
    ] = None
    """Range Modulator Gating Stop Value (300A,0384): Type 1C, VR FL, VM 1. Required if Range Modulator Type (300A,0348) of the range modulator referenced by Referenced Range Modulator Number (300C,0104) is WHL_MODWEIGHTS or WHL_FIXEDWEIGHTS. Stop position defines the range modulator position at which the beam is switched off. Required if Range Modulator Type (300A,0348) of the range modulator referenced by Referenced Range Modulator Number (300C,0104) is WHL_MODWEIGHTS or WHL_F..."""
