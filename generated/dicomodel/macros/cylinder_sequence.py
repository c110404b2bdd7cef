"""Cylinder Sequence Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.cylinder_sequence_item import CylinderSequenceItem as _CylinderSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CylinderSequenceItem = Lazy("dicomodel.items.cylinder_sequence_item", "CylinderSequenceItem")

if TYPE_CHECKING:
    from dicomodel.items.cylinder_sequence_item import CylinderSequenceItem as CylinderSequenceItem

__all__ = [
    "CylinderSequenceItem",
    "CylinderSequenceMacro",
]


class CylinderSequenceMacro(DicomModel):
    """Cylinder Sequence Macro Attributes (PS3.3 Table C.8.25.6.1-1)."""

    dicom_name: ClassVar[str] = "Cylinder Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.6.1-1"

    CylinderSequence: Annotated[
        list[_CylinderSequenceItem] | None,
        Attribute(
            0x00460018,
            "SQ",
            "1",
            "1C",
            name="Cylinder Sequence",
            when=(
                "unknown",
                "names no attribute: astigmatic correction or astigmatism is measured",
            ),
        ),
    ] = None
    """Cylinder Sequence (0046,0018): Type 1C, VR SQ, VM 1. Required if astigmatic correction or astigmatism is measured. A Sequence that specifies lens measurements to correct for astigmatism or measurements of an eye that has astigmatism. Required if astigmatic correction or astigmatism is measured. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CylinderSequenceItem": ("dicomodel.items.cylinder_sequence_item", "CylinderSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
