"""X-Ray Table Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.table_motion import TableMotionTerm as _TableMotionTerm
else:
    from dicomodel.lazy import Lazy

    _TableMotionTerm = Lazy("dicomodel.enums.table_motion", "TableMotionTerm")

if TYPE_CHECKING:
    from dicomodel.enums.table_motion import TableMotionTerm as TableMotionTerm

__all__ = [
    "TableMotionTerm",
    "XRayTableModule",
]


class XRayTableModule(DicomModel):
    """X-Ray Table Module Attributes (PS3.3 Table C.8-29)."""

    dicom_name: ClassVar[str] = "X-Ray Table"
    dicom_table: ClassVar[str] = "table_C.8-29"

    TableMotion: Annotated[
        _TableMotionTerm | vr.CS | None, Attribute(0x00181134, "CS", "1", "2", name="Table Motion")
    ]
    """Table Motion (0018,1134): Type 2, VR CS, VM 1. Defined Terms: STATIC DYNAMIC"""

    TableVerticalIncrement: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00181135,
            "DS",
            "1-n",
            "2C",
            name="Table Vertical Increment",
            when=("value", 0x00181134, 0, "in", ("DYNAMIC",)),
        ),
    ] = None
    """Table Vertical Increment (0018,1135): Type 2C, VR DS, VM 1-n. Required if Table Motion is DYNAMIC. Incremental change in Vertical position of the table relative to first frame of Multi-frame image given in mm. Required if Table Motion is DYNAMIC."""

    TableLongitudinalIncrement: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00181137,
            "DS",
            "1-n",
            "2C",
            name="Table Longitudinal Increment",
            when=("value", 0x00181134, 0, "in", ("DYNAMIC",)),
        ),
    ] = None
    """Table Longitudinal Increment (0018,1137): Type 2C, VR DS, VM 1-n. Required if Table Motion is DYNAMIC. Incremental change in Longitudinal position of the table relative to first frame of Multi-frame image in mm. Table motion towards +90°position of the primary angle of the positioner is positive. See Section C.8.7.4.1.2."""

    TableLateralIncrement: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00181136,
            "DS",
            "1-n",
            "2C",
            name="Table Lateral Increment",
            when=("value", 0x00181134, 0, "in", ("DYNAMIC",)),
        ),
    ] = None
    """Table Lateral Increment (0018,1136): Type 2C, VR DS, VM 1-n. Required if Table Motion is DYNAMIC. Incremental change in Lateral position of the table relative to first frame of Multi-frame image given in mm. Table motion towards +90°position of the secondary angle of the positioner is positive. See Section C.8.7.4.1.3."""

    TableAngle: Annotated[
        vr.DS | None, Attribute(0x00181138, "DS", "1", "3", name="Table Angle")
    ] = None
    """Table Angle (0018,1138): Type 3, VR DS, VM 1. Angle of table plane in degrees relative to horizontal plane [Gravity plane]. Positive values indicate that the head of the table is upwards."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "TableMotionTerm": ("dicomodel.enums.table_motion", "TableMotionTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
