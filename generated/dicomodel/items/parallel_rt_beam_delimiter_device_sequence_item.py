"""Item class ParallelRTBeamDelimiterDeviceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.parallel_rt_beam_delimiter_opening_mode import (
        ParallelRTBeamDelimiterOpeningModeValue as _ParallelRTBeamDelimiterOpeningModeValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ParallelRTBeamDelimiterOpeningModeValue = Lazy(
        "dicomodel.enums.parallel_rt_beam_delimiter_opening_mode",
        "ParallelRTBeamDelimiterOpeningModeValue",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.parallel_rt_beam_delimiter_opening_mode import (
        ParallelRTBeamDelimiterOpeningMode as ParallelRTBeamDelimiterOpeningMode,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem",
    "ParallelRTBeamDelimiterDeviceSequenceItem",
    "ParallelRTBeamDelimiterOpeningMode",
]


class ParallelRTBeamDelimiterDeviceSequenceItem(DicomModel):
    """An item of Parallel RT Beam Delimiter Device Sequence (300A,0647), as first defined in RT Beam Limiting Devices Definition Macro Attributes (C.36.2.2.8-1)."""

    dicom_name: ClassVar[str] = "Parallel RT Beam Delimiter Device Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.2.8-1"

    NumberOfParallelRTBeamDelimiters: Annotated[
        vr.US, Attribute(0x300A0648, "US", "1", "1", name="Number of Parallel RT Beam Delimiters")
    ]
    """Number of Parallel RT Beam Delimiters (300A,0648): Type 1, VR US, VM 1. Number of beam delimiters parallel to the axis of motion. E.g., a beam limiting device jaw pair is represented as 1 parallel delimiter, an MLC with 100 leaf pairs or with 100 single leaves is represented as 100 parallel delimiters."""

    ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(
            0x300A0644,
            "SQ",
            "1",
            "1",
            name="Parallel RT Beam Delimiter Device Orientation Label Code Sequence",
        ),
    ]
    """Parallel RT Beam Delimiter Device Orientation Label Code Sequence (300A,0644): Type 1, VR SQ, VM 1. A code used to identify the orientation of the beam limiting device. Only a single Item shall be present in the Sequence."""

    ParallelRTBeamDelimiterOpeningMode: Annotated[
        _ParallelRTBeamDelimiterOpeningModeValue,
        Attribute(
            0x300A064E,
            "CS",
            "1",
            "1",
            name="Parallel RT Beam Delimiter Opening Mode",
            enumerated=((0, ("BINARY", "VARIABLE")),),
        ),
    ]
    """Parallel RT Beam Delimiter Opening Mode (300A,064E): Type 1, VR CS, VM 1. The operation mode of Parallel RT Beam Delimiters used to define a treatment aperture. Enumerated Values: BINARY leaf positions constrained to two states: open and closed VARIABLE any leaf position may be specified"""

    ParallelRTBeamDelimiterBoundaries: Annotated[
        list[vr.FD],
        Attribute(0x300A0649, "FD", "2-n", "1", name="Parallel RT Beam Delimiter Boundaries"),
    ]
    """Parallel RT Beam Delimiter Boundaries (300A,0649): Type 1, VR FD, VM 2-n. Boundaries in mm of parallel beam delimiters. These are defined along the axis perpendicular to the motion of the delimiters of the RT Beam Limiting Device Type (300A,00B8) with respect to the Beam Modifier Coordinate System."""

    ParallelRTBeamDelimiterLeafMountingSide: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x300A064F,
            "CS",
            "1-n",
            "1C",
            name="Parallel RT Beam Delimiter Leaf Mounting Side",
            enumerated=((0, ("P", "N", "M")),),
            when=("code", 0x3010002E, (("130333", "DCM"),)),
        ),
    ] = None
    """Parallel RT Beam Delimiter Leaf Mounting Side (300A,064F): Type 1C, VR CS, VM 1-n. Required if Device Type Code Sequence (3010,002E) contains (130333, DCM, \"Single Leaves\"). Specifies the mounting side identified by the direction from the tip to the tail of the delimiter parallel to the axis specified by Device Type Code Sequence (3010,002E). Enumerated Values: P Positive mounting side."""

    ParallelRTBeamDelimiterOpeningExtents: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x300800A4,
            "FD",
            "2-2n",
            "1C",
            name="Parallel RT Beam Delimiter Opening Extents",
            when=("value", 0x300A064E, 0, "in", ("BINARY",)),
            otherwise="may",
        ),
    ] = None
    """Parallel RT Beam Delimiter Opening Extents (3008,00A4): Type 1C, VR FD, VM 2-2n. Required if Parallel RT Beam Delimiter Opening Mode (300A,064E) has the value BINARY. Maybe be present otherwise. Minimum and maximum opening position in mm describing the extent of the aperture when the delimiter is fully open. 2N values shall be provided, where N is the Number of Parallel RT Beam Delimiters (300A,0648)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ParallelRTBeamDelimiterOpeningMode": (
        "dicomodel.enums.parallel_rt_beam_delimiter_opening_mode",
        "ParallelRTBeamDelimiterOpeningMode",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
