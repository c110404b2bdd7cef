"""Item class SelectedSegmentalOphthalmicAxialLengthSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem",
    "SelectedSegmentalOphthalmicAxialLengthSequenceItem",
]


class SelectedSegmentalOphthalmicAxialLengthSequenceItem(DicomModel):
    """An item of Selected Segmental Ophthalmic Axial Length Sequence (0022,1257), as first defined in Ophthalmic Axial Measurements Selected Macro Attributes (C.8.25.14-5)."""

    dicom_name: ClassVar[str] = "Selected Segmental Ophthalmic Axial Length Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.14-5"

    OphthalmicAxialLength: Annotated[
        vr.FL, Attribute(0x00221019, "FL", "1", "1", name="Ophthalmic Axial Length")
    ]
    """Ophthalmic Axial Length (0022,1019): Type 1, VR FL, VM 1. The axial length measurement, in mm. The type of measurement is specified in the Ophthalmic Axial Length Measurements Type (0022,1010). See Section C.8.25.14.1.1.3 and Section C.8.25.14.1.1.4 for further explanation."""

    OphthalmicAxialLengthMeasurementsSegmentNameCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(
            0x00221101,
            "SQ",
            "1",
            "1",
            name="Ophthalmic Axial Length Measurements Segment Name Code Sequence",
        ),
    ]
    """Ophthalmic Axial Length Measurements Segment Name Code Sequence (0022,1101): Type 1, VR SQ, VM 1. Name of the segment measured. See Section C.8.25.14.1.1.4 for further explanation. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
