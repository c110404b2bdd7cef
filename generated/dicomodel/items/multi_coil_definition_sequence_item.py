"""Item class MultiCoilDefinitionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.multi_coil_element_used import (
        MultiCoilElementUsedValue as _MultiCoilElementUsedValue,
    )
else:
    from dicomodel.lazy import Lazy

    _MultiCoilElementUsedValue = Lazy(
        "dicomodel.enums.multi_coil_element_used", "MultiCoilElementUsedValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.multi_coil_element_used import MultiCoilElementUsed as MultiCoilElementUsed

__all__ = [
    "MultiCoilDefinitionSequenceItem",
    "MultiCoilElementUsed",
]


class MultiCoilDefinitionSequenceItem(DicomModel):
    """An item of Multi-Coil Definition Sequence (0018,9045), as first defined in MR Receive Coil Macro Attributes (C.8-94)."""

    dicom_name: ClassVar[str] = "Multi-Coil Definition Sequence"
    dicom_table: ClassVar[str] = "table_C.8-94"

    MultiCoilElementName: Annotated[
        vr.SH, Attribute(0x00189047, "SH", "1", "1", name="Multi-Coil Element Name")
    ]
    """Multi-Coil Element Name (0018,9047): Type 1, VR SH, VM 1. Name of element of multi-coil."""

    MultiCoilElementUsed: Annotated[
        _MultiCoilElementUsedValue,
        Attribute(
            0x00189048,
            "CS",
            "1",
            "1",
            name="Multi-Coil Element Used",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Multi-Coil Element Used (0018,9048): Type 1, VR CS, VM 1. Indicates whether the multi-coil element was used in the current acquisition. Enumerated Values: YES NO"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MultiCoilElementUsed": ("dicomodel.enums.multi_coil_element_used", "MultiCoilElementUsed"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
