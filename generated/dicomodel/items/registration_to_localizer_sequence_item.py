"""Item class RegistrationToLocalizerSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.registered_localizer_units import (
        RegisteredLocalizerUnitsValue as _RegisteredLocalizerUnitsValue,
    )
else:
    from dicomodel.lazy import Lazy

    _RegisteredLocalizerUnitsValue = Lazy(
        "dicomodel.enums.registered_localizer_units", "RegisteredLocalizerUnitsValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.registered_localizer_units import (
        RegisteredLocalizerUnits as RegisteredLocalizerUnits,
    )

__all__ = [
    "RegisteredLocalizerUnits",
    "RegistrationToLocalizerSequenceItem",
]


class RegistrationToLocalizerSequenceItem(DicomModel):
    """An item of Registration to Localizer Sequence (0022,1465), as first defined in Ophthalmic Thickness Map Module Attributes (C.8.28.2-1)."""

    dicom_name: ClassVar[str] = "Registration to Localizer Sequence"
    dicom_table: ClassVar[str] = "table_C.8.28.2-1"

    RegisteredLocalizerUnits: Annotated[
        _RegisteredLocalizerUnitsValue,
        Attribute(
            0x00221466,
            "CS",
            "1",
            "1",
            name="Registered Localizer Units",
            enumerated=((0, ("PIXEL",)),),
        ),
    ]
    """Registered Localizer Units (0022,1466): Type 1, VR CS, VM 1. Units of measure for the axes of the registered localizer image. Enumerated Values: PIXEL See Bounding Box Annotation Units (0070,0003) for definition."""

    RegisteredLocalizerTopLeftHandCorner: Annotated[
        list[vr.FL],
        Attribute(0x00221467, "FL", "2", "1", name="Registered Localizer Top Left Hand Corner"),
    ]
    """Registered Localizer Top Left Hand Corner (0022,1467): Type 1, VR FL, VM 2. Location of the Top Left Hand Corner (TLHC) of the registered localizer in Registered Localizer Units (0022,1466), given as column\\row. Column is the horizontal offset and row is the vertical offset."""

    RegisteredLocalizerBottomRightHandCorner: Annotated[
        list[vr.FL],
        Attribute(0x00221468, "FL", "2", "1", name="Registered Localizer Bottom Right Hand Corner"),
    ]
    """Registered Localizer Bottom Right Hand Corner (0022,1468): Type 1, VR FL, VM 2. Location of the Bottom Right Hand Corner (BRHC) of the registered localizer in which Registered Localizer Units (0022,1466), given as column\\row. Column is the horizontal offset and row is the vertical offset."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "RegisteredLocalizerUnits": (
        "dicomodel.enums.registered_localizer_units",
        "RegisteredLocalizerUnits",
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
