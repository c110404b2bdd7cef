"""Temporal Coordinates Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.temporal_range_type import (
        TemporalRangeTypeValue as _TemporalRangeTypeValue,
    )
else:
    from dicomodel.lazy import Lazy

    _TemporalRangeTypeValue = Lazy("dicomodel.enums.temporal_range_type", "TemporalRangeTypeValue")

if TYPE_CHECKING:
    from dicomodel.enums.temporal_range_type import TemporalRangeType as TemporalRangeType

__all__ = [
    "TemporalCoordinatesMacro",
    "TemporalRangeType",
]


class TemporalCoordinatesMacro(DicomModel):
    """Temporal Coordinates Macro Attributes (PS3.3 Table C.18.7-1)."""

    dicom_name: ClassVar[str] = "Temporal Coordinates"
    dicom_table: ClassVar[str] = "table_C.18.7-1"

    TemporalRangeType: Annotated[
        _TemporalRangeTypeValue,
        Attribute(
            0x0040A130,
            "CS",
            "1",
            "1",
            name="Temporal Range Type",
            enumerated=((0, ("POINT", "MULTIPOINT", "SEGMENT", "MULTISEGMENT", "BEGIN", "END")),),
        ),
    ]
    """Temporal Range Type (0040,A130): Type 1, VR CS, VM 1. See Section C.18.7.1.1 for Enumerated Values."""

    ReferencedSamplePositions: Annotated[
        list[vr.UL] | None,
        Attribute(
            0x0040A132,
            "UL",
            "1-n",
            "1C",
            name="Referenced Sample Positions",
            when=(
                "and",
                ("unknown", "depends on the referenced instance or item"),
                ("not", ("present", 0x0040A138)),
                ("not", ("present", 0x0040A13A)),
            ),
        ),
    ] = None
    """Referenced Sample Positions (0040,A132): Type 1C, VR UL, VM 1-n. Required if the Referenced SOP Instance is a Waveform and Referenced Time Offsets (0040,A138) and Referenced DateTime (0040,A13A) are not present. List of samples within a multiplex group specifying temporal points of the referenced data. Position of first sample is 1."""

    ReferencedTimeOffsets: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x0040A138,
            "DS",
            "1-n",
            "1C",
            name="Referenced Time Offsets",
            when=("and", ("not", ("present", 0x0040A132)), ("not", ("present", 0x0040A13A))),
        ),
    ] = None
    """Referenced Time Offsets (0040,A138): Type 1C, VR DS, VM 1-n. Required if Referenced Sample Positions (0040,A132) and Referenced DateTime (0040,A13A) are not present. Specifies temporal points for reference by number of seconds after start of data. Required if Referenced Sample Positions (0040,A132) and Referenced DateTime (0040,A13A) are not present."""

    ReferencedDateTime: Annotated[
        list[vr.DT] | None,
        Attribute(
            0x0040A13A,
            "DT",
            "1-n",
            "1C",
            name="Referenced DateTime",
            when=("and", ("not", ("present", 0x0040A132)), ("not", ("present", 0x0040A138))),
        ),
    ] = None
    """Referenced DateTime (0040,A13A): Type 1C, VR DT, VM 1-n. Required if Referenced Sample Positions (0040,A132) and Referenced Time Offsets (0040,A138) are not present. Specifies temporal points for reference by absolute time. Required if Referenced Sample Positions (0040,A132) and Referenced Time Offsets (0040,A138) are not present."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "TemporalRangeType": ("dicomodel.enums.temporal_range_type", "TemporalRangeType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
