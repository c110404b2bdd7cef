"""Item class DeidentificationActionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.deidentification_action import (
        DeidentificationActionValue as _DeidentificationActionValue,
    )
else:
    from dicomodel.lazy import Lazy

    _DeidentificationActionValue = Lazy(
        "dicomodel.enums.deidentification_action", "DeidentificationActionValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.deidentification_action import (
        DeidentificationAction as DeidentificationAction,
    )

__all__ = [
    "DeidentificationAction",
    "DeidentificationActionSequenceItem",
]


class DeidentificationActionSequenceItem(DicomModel):
    """An item of Deidentification Action Sequence (0008,0305), as first defined in SOP Common Module Attributes (C.12-1)."""

    dicom_name: ClassVar[str] = "Deidentification Action Sequence"
    dicom_table: ClassVar[str] = "table_C.12-1"

    IdentifyingPrivateElements: Annotated[
        list[vr.US], Attribute(0x00080306, "US", "1-n", "1", name="Identifying Private Elements")
    ]
    """Identifying Private Elements (0008,0306): Type 1, VR US, VM 1-n. List of Private Data Elements in block that may contain identifying information (are unsafe from identity leakage). Elements are identified by the lowest 8-bits of the Data Element Tag (i.e., with a value from 0000H to 00FFH) within the blo..."""

    DeidentificationAction: Annotated[
        _DeidentificationActionValue,
        Attribute(
            0x00080307,
            "CS",
            "1",
            "1",
            name="Deidentification Action",
            enumerated=((0, ("D", "Z", "X", "U")),),
        ),
    ]
    """Deidentification Action (0008,0307): Type 1, VR CS, VM 1. Recommended action to be performed during de-identification on elements listed in Identifying Private Elements (0008,0306) within this Item."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DeidentificationAction": ("dicomodel.enums.deidentification_action", "DeidentificationAction"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
