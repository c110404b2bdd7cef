"""Functional MR Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.functional_mr_sequence_item import (
        FunctionalMRSequenceItem as _FunctionalMRSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _FunctionalMRSequenceItem = Lazy(
        "dicomodel.items.functional_mr_sequence_item", "FunctionalMRSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.settling_phase_frame import SettlingPhaseFrame as SettlingPhaseFrame
    from dicomodel.items.functional_mr_sequence_item import (
        FunctionalMRSequenceItem as FunctionalMRSequenceItem,
    )

__all__ = [
    "FunctionalMRMacro",
    "FunctionalMRSequenceItem",
    "SettlingPhaseFrame",
]


class FunctionalMRMacro(DicomModel):
    """Functional MR Macro Attributes (PS3.3 Table C.8-100c)."""

    dicom_name: ClassVar[str] = "Functional MR"
    dicom_table: ClassVar[str] = "table_C.8-100c"

    FunctionalMRSequence: Annotated[
        list[_FunctionalMRSequenceItem],
        Attribute(0x00189621, "SQ", "1", "1", name="Functional MR Sequence"),
    ]
    """Functional MR Sequence (0018,9621): Type 1, VR SQ, VM 1. Identifies the Functional parameters of this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FunctionalMRSequenceItem": (
        "dicomodel.items.functional_mr_sequence_item",
        "FunctionalMRSequenceItem",
    ),
    "SettlingPhaseFrame": ("dicomodel.enums.settling_phase_frame", "SettlingPhaseFrame"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
