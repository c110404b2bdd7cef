"""Item class ChannelDisplaySequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.display_shading_flag import (
        DisplayShadingFlagValue as _DisplayShadingFlagValue,
    )
else:
    from dicomodel.lazy import Lazy

    _DisplayShadingFlagValue = Lazy(
        "dicomodel.enums.display_shading_flag", "DisplayShadingFlagValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.display_shading_flag import DisplayShadingFlag as DisplayShadingFlag

__all__ = [
    "ChannelDisplaySequenceItem",
    "DisplayShadingFlag",
]


class ChannelDisplaySequenceItem(DicomModel):
    """An item of Channel Display Sequence (003A,0242), as first defined in Waveform Module Attributes (C.10-9)."""

    dicom_name: ClassVar[str] = "Channel Display Sequence"
    dicom_table: ClassVar[str] = "table_C.10-9"

    ReferencedWaveformChannels: Annotated[
        list[vr.US], Attribute(0x0040A0B0, "US", "2-2n", "1", name="Referenced Waveform Channels")
    ]
    """Referenced Waveform Channels (0040,A0B0): Type 1, VR US, VM 2-2n. Identifier of the displayed channel, specified as a pair of values (M,C) where the first value is the ordinal of the Item of Waveform Sequence (5400,0100) (i.e., the Multiplex Group Number), and the second value is the ordinal of the Item o..."""

    ChannelOffset: Annotated[
        vr.DS | None, Attribute(0x003A0218, "DS", "1", "3", name="Channel Offset")
    ] = None
    """Channel Offset (003A,0218): Type 3, VR DS, VM 1. The offset in seconds from the beginning of the channel waveform data to the first sample to be used for presentation. Value may be negative."""

    ChannelRecommendedDisplayCIELabValue: Annotated[
        list[vr.US],
        Attribute(0x003A0244, "US", "3", "1", name="Channel Recommended Display CIELab Value"),
    ]
    """Channel Recommended Display CIELab Value (003A,0244): Type 1, VR US, VM 3. A color triplet value recommended for rendering the channel on a color display. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1."""

    ChannelPosition: Annotated[
        vr.FL, Attribute(0x003A0245, "FL", "1", "1", name="Channel Position")
    ]
    """Channel Position (003A,0245): Type 1, VR FL, VM 1. Position of the Channel within the Presentation Group display area (see Section C.10.9.1.9)."""

    DisplayShadingFlag: Annotated[
        _DisplayShadingFlagValue | None,
        Attribute(
            0x003A0246,
            "CS",
            "1",
            "3",
            name="Display Shading Flag",
            enumerated=((0, ("NONE", "BASELINE", "ABSOLUTE", "DIFFERENCE")),),
        ),
    ] = None
    """Display Shading Flag (003A,0246): Type 3, VR CS, VM 1. Specifies display area shading between the displayed waveform channel and another line. The nature of the shading (e.g., solid, or cross-hatching) is implementation dependent."""

    FractionalChannelDisplayScale: Annotated[
        vr.FL | None,
        Attribute(
            0x003A0247,
            "FL",
            "1",
            "1C",
            name="Fractional Channel Display Scale",
            when=("not", ("present", 0x003A0248)),
            otherwise="may",
        ),
    ] = None
    """Fractional Channel Display Scale (003A,0247): Type 1C, VR FL, VM 1. Required if Absolute Channel Display Scale (003A,0248) is not present, may be present otherwise. Fraction of the Presentation Group vertical display dimension assigned to the unit quantity (least significant bit) of the Channel samples (see Section C.10.9.1.10)."""

    AbsoluteChannelDisplayScale: Annotated[
        vr.FL | None,
        Attribute(
            0x003A0248,
            "FL",
            "1",
            "1C",
            name="Absolute Channel Display Scale",
            when=("not", ("present", 0x003A0247)),
            otherwise="may",
        ),
    ] = None
    """Absolute Channel Display Scale (003A,0248): Type 1C, VR FL, VM 1. Required if Fractional Channel Display Scale (003A,0247) is not present, may be present otherwise. Nominal vertical display height in mm assigned to the unit quantity (least significant bit) of the Channel samples (see Section C.10.9.1.10). Required if Fractional Channel Display Scale (003A,0247) is not present, may be present otherwise."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DisplayShadingFlag": ("dicomodel.enums.display_shading_flag", "DisplayShadingFlag"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
