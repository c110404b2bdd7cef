"""Multi-energy CT Path Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.multienergy_ct_path_sequence_item import (
        MultienergyCTPathSequenceItem as _MultienergyCTPathSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MultienergyCTPathSequenceItem = Lazy(
        "dicomodel.items.multienergy_ct_path_sequence_item", "MultienergyCTPathSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.multienergy_ct_path_sequence_item import (
        MultienergyCTPathSequenceItem as MultienergyCTPathSequenceItem,
    )

__all__ = [
    "MultiEnergyCTPathMacro",
    "MultienergyCTPathSequenceItem",
]


class MultiEnergyCTPathMacro(DicomModel):
    """Multi-energy CT Path Macro Attributes (PS3.3 Table C.8.2.2-4)."""

    dicom_name: ClassVar[str] = "Multi-energy CT Path"
    dicom_table: ClassVar[str] = "table_C.8.2.2-4"

    MultienergyCTPathSequence: Annotated[
        list[_MultienergyCTPathSequenceItem],
        Attribute(0x00189379, "SQ", "1", "1", name="Multi-energy CT Path Sequence"),
    ]
    """Multi-energy CT Path Sequence (0018,9379): Type 1, VR SQ, VM 1. Describes the paths corresponding to each energy level of a Multi-energy acquisition. Each path consists of a source (see Section C.8.2.1.1.1) and a detector (see Section C.8.2.2.1.1). Two or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MultienergyCTPathSequenceItem": (
        "dicomodel.items.multienergy_ct_path_sequence_item",
        "MultienergyCTPathSequenceItem",
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
