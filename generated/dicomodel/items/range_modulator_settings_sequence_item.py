"""Item class RangeModulatorSettingsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RangeModulatorSettingsSequenceItem",
]


class RangeModulatorSettingsSequenceItem(DicomModel):
    """An item of Range Modulator Settings Sequence (300A,0380), as first defined in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    dicom_name: ClassVar[str] = "Range Modulator Settings Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.25-1"

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

    RangeModulatorGatingStartWaterEquivalentThickness: Annotated[
        vr.FL | None,
        Attribute(
            0x300A0386,
            "FL",
            "1",
            "3",
            name="Range Modulator Gating Start Water Equivalent Thickness",
        ),
    ] = None
    """Range Modulator Gating Start Water Equivalent Thickness (300A,0386): Type 3, VR FL, VM 1. If Range Modulator Type (300A,0348) is WHL_MODWEIGHTS or WHL_FIXEDWEIGHTS: Water equivalent thickness (in mm) of the range modulator at the position specified by Range Modulator Gating Start Value (300A,0382)."""

    RangeModulatorGatingStopWaterEquivalentThickness: Annotated[
        vr.FL | None,
        Attribute(
            0x300A0388,
            "FL",
            "1",
            "3",
            name="Range Modulator Gating Stop Water Equivalent Thickness",
        ),
    ] = None
    """Range Modulator Gating Stop Water Equivalent Thickness (300A,0388): Type 3, VR FL, VM 1. If Range Modulator Type (300A,0348) is WHL_MODWEIGHTS or WHL_FIXEDWEIGHTS: Water equivalent thickness (in mm) of the range modulator at the position specified by Range Modulator Gating Stop Value (300A,0384)."""

    IsocenterToRangeModulatorDistance: Annotated[
        vr.FL | None,
        Attribute(0x300A038A, "FL", "1", "3", name="Isocenter to Range Modulator Distance"),
    ] = None
    """Isocenter to Range Modulator Distance (300A,038A): Type 3, VR FL, VM 1. Isocenter to downstream edge of range modulator (mm) at current control point. See Section C.8.8.25.4 and Section C.8.8.25.10"""
