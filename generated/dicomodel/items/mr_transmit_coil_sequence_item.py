"""Item class MRTransmitCoilSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.transmit_coil_type import TransmitCoilTypeTerm as _TransmitCoilTypeTerm
else:
    from dicomodel.lazy import Lazy

    _TransmitCoilTypeTerm = Lazy("dicomodel.enums.transmit_coil_type", "TransmitCoilTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.transmit_coil_type import TransmitCoilTypeTerm as TransmitCoilTypeTerm

__all__ = [
    "MRTransmitCoilSequenceItem",
    "TransmitCoilTypeTerm",
]


class MRTransmitCoilSequenceItem(DicomModel):
    """An item of MR Transmit Coil Sequence (0018,9049), as first defined in MR Transmit Coil Macro Attributes (C.8-95)."""

    dicom_name: ClassVar[str] = "MR Transmit Coil Sequence"
    dicom_table: ClassVar[str] = "table_C.8-95"

    TransmitCoilName: Annotated[
        vr.SH | None,
        Attribute(
            0x00181251,
            "SH",
            "1",
            "1C",
            name="Transmit Coil Name",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Transmit Coil Name (0018,1251): Type 1C, VR SH, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Name of transmit coil used. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""

    TransmitCoilManufacturerName: Annotated[
        vr.LO | None,
        Attribute(
            0x00189050,
            "LO",
            "1",
            "2C",
            name="Transmit Coil Manufacturer Name",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Transmit Coil Manufacturer Name (0018,9050): Type 2C, VR LO, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Name of manufacturer of transmit coil. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""

    TransmitCoilType: Annotated[
        _TransmitCoilTypeTerm | vr.CS | None,
        Attribute(
            0x00189051,
            "CS",
            "1",
            "1C",
            name="Transmit Coil Type",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Transmit Coil Type (0018,9051): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Type of transmit coil used. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Defined Terms: BODY VOLUME head, extremity, etc. SURFACE"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "TransmitCoilTypeTerm": ("dicomodel.enums.transmit_coil_type", "TransmitCoilTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
