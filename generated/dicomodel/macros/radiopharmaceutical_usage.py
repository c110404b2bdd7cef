"""Radiopharmaceutical Usage Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.radiopharmaceutical_usage_sequence_item import (
        RadiopharmaceuticalUsageSequenceItem as _RadiopharmaceuticalUsageSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _RadiopharmaceuticalUsageSequenceItem = Lazy(
        "dicomodel.items.radiopharmaceutical_usage_sequence_item",
        "RadiopharmaceuticalUsageSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.radiopharmaceutical_usage_sequence_item import (
        RadiopharmaceuticalUsageSequenceItem as RadiopharmaceuticalUsageSequenceItem,
    )

__all__ = [
    "RadiopharmaceuticalUsageMacro",
    "RadiopharmaceuticalUsageSequenceItem",
]


class RadiopharmaceuticalUsageMacro(DicomModel):
    """Radiopharmaceutical Usage Macro Attributes (PS3.3 Table C.7.6.16.2-20)."""

    dicom_name: ClassVar[str] = "Radiopharmaceutical Usage"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2-20"

    RadiopharmaceuticalUsageSequence: Annotated[
        list[_RadiopharmaceuticalUsageSequenceItem],
        Attribute(0x00189737, "SQ", "1", "1", name="Radiopharmaceutical Usage Sequence"),
    ]
    """Radiopharmaceutical Usage Sequence (0018,9737): Type 1, VR SQ, VM 1. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "RadiopharmaceuticalUsageSequenceItem": (
        "dicomodel.items.radiopharmaceutical_usage_sequence_item",
        "RadiopharmaceuticalUsageSequenceItem",
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
