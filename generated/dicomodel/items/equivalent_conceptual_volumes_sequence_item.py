"""Item class EquivalentConceptualVolumesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as EquivalentConceptualVolumeInstanceReferenceSequenceItem,
    )

__all__ = [
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem",
    "EquivalentConceptualVolumesSequenceItem",
]


class EquivalentConceptualVolumesSequenceItem(DicomModel):
    """An item of Equivalent Conceptual Volumes Sequence (3010,000A), as first defined in Conceptual Volume Macro Attributes (10.33-1)."""

    dicom_name: ClassVar[str] = "Equivalent Conceptual Volumes Sequence"
    dicom_table: ClassVar[str] = "table_10.33-1"

    ReferencedConceptualVolumeUID: Annotated[
        vr.UI, Attribute(0x3010000B, "UI", "1", "1", name="Referenced Conceptual Volume UID")
    ]
    """Referenced Conceptual Volume UID (3010,000B): Type 1, VR UI, VM 1. A UID identifying the Conceptual Volume."""

    EquivalentConceptualVolumeInstanceReferenceSequence: Annotated[
        list[_SOPInstanceReferenceItem],
        Attribute(
            0x30100009,
            "SQ",
            "1",
            "1",
            name="Equivalent Conceptual Volume Instance Reference Sequence",
        ),
    ]
    """Equivalent Conceptual Volume Instance Reference Sequence (3010,0009): Type 1, VR SQ, VM 1. Reference to a SOP Instance that contains the Referenced Conceptual Volume UID (3010,000B) of the Equivalent Conceptual Volume. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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
