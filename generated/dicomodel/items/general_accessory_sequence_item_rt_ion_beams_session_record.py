"""Item class GeneralAccessorySequenceItemRTIonBeamsSessionRecord.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.general_accessory_type import (
        GeneralAccessoryTypeTerm as _GeneralAccessoryTypeTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _GeneralAccessoryTypeTerm = Lazy(
        "dicomodel.enums.general_accessory_type", "GeneralAccessoryTypeTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.general_accessory_type import (
        GeneralAccessoryTypeTerm as GeneralAccessoryTypeTerm,
    )

__all__ = [
    "GeneralAccessorySequenceItemRTIonBeamsSessionRecord",
    "GeneralAccessoryTypeTerm",
]


class GeneralAccessorySequenceItemRTIonBeamsSessionRecord(DicomModel):
    """An item of General Accessory Sequence (300A,0420), as first defined in RT Ion Beams Session Record Module Attributes (C.8.8.26-1)."""

    dicom_name: ClassVar[str] = "General Accessory Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.26-1"

    GeneralAccessoryNumber: Annotated[
        vr.IS, Attribute(0x300A0424, "IS", "1", "1", name="General Accessory Number")
    ]
    """General Accessory Number (300A,0424): Type 1, VR IS, VM 1. Identification Number of the General Accessory. The value shall be unique within the Sequence."""

    GeneralAccessoryID: Annotated[
        vr.SH, Attribute(0x300A0421, "SH", "1", "1", name="General Accessory ID")
    ]
    """General Accessory ID (300A,0421): Type 1, VR SH, VM 1. User or machine supplied identifier for General Accessory."""

    GeneralAccessoryDescription: Annotated[
        vr.ST | None, Attribute(0x300A0422, "ST", "1", "3", name="General Accessory Description")
    ] = None
    """General Accessory Description (300A,0422): Type 3, VR ST, VM 1. User supplied description of General Accessory."""

    GeneralAccessoryType: Annotated[
        _GeneralAccessoryTypeTerm | vr.CS | None,
        Attribute(0x300A0423, "CS", "1", "3", name="General Accessory Type"),
    ] = None
    """General Accessory Type (300A,0423): Type 3, VR CS, VM 1. Specifies the type of accessory. Defined Terms: GRATICULE Accessory tray with a radio-opaque grid IMAGE_DETECTOR Image acquisition device positioned in the beam line RETICLE Accessory tray with radio-transparent markers or grid"""

    AccessoryCode: Annotated[
        vr.LO | None, Attribute(0x300A00F9, "LO", "1", "3", name="Accessory Code")
    ] = None
    """Accessory Code (300A,00F9): Type 3, VR LO, VM 1. Machine-readable identifier for this accessory."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "GeneralAccessoryTypeTerm": (
        "dicomodel.enums.general_accessory_type",
        "GeneralAccessoryTypeTerm",
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
