"""Item class PrimaryFluenceModeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.fluence_mode import FluenceModeValue as _FluenceModeValue
else:
    from dicomodel.lazy import Lazy

    _FluenceModeValue = Lazy("dicomodel.enums.fluence_mode", "FluenceModeValue")

if TYPE_CHECKING:
    from dicomodel.enums.fluence_mode import FluenceMode as FluenceMode

__all__ = [
    "FluenceMode",
    "PrimaryFluenceModeSequenceItem",
]


class PrimaryFluenceModeSequenceItem(DicomModel):
    """An item of Primary Fluence Mode Sequence (3002,0050), as first defined in RT Image Module Attributes (C.8-38)."""

    dicom_name: ClassVar[str] = "Primary Fluence Mode Sequence"
    dicom_table: ClassVar[str] = "table_C.8-38"

    FluenceMode: Annotated[
        _FluenceModeValue,
        Attribute(
            0x30020051,
            "CS",
            "1",
            "1",
            name="Fluence Mode",
            enumerated=((0, ("STANDARD", "NON_STANDARD")),),
        ),
    ]
    """Fluence Mode (3002,0051): Type 1, VR CS, VM 1. Describes whether the fluence shaping is the standard mode for the beam or an alternate. Enumerated Values: STANDARD Uses standard fluence-shaping NON_STANDARD Uses a non-standard fluence-shaping mode"""

    FluenceModeID: Annotated[
        vr.SH | None,
        Attribute(
            0x30020052,
            "SH",
            "1",
            "1C",
            name="Fluence Mode ID",
            when=("value", 0x30020051, 0, "in", ("NON_STANDARD",)),
        ),
    ] = None
    """Fluence Mode ID (3002,0052): Type 1C, VR SH, VM 1. Required if Fluence Mode (3002,0051) has value NON_STANDARD. Identifier for the specific fluence-shaping mode. Required if Fluence Mode (3002,0051) has value NON_STANDARD."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FluenceMode": ("dicomodel.enums.fluence_mode", "FluenceMode"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
