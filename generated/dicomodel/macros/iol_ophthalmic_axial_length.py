"""IOL Ophthalmic Axial Length Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.ophthalmic_axial_length_sequence_item import (
        OphthalmicAxialLengthSequenceItem as _OphthalmicAxialLengthSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _OphthalmicAxialLengthSequenceItem = Lazy(
        "dicomodel.items.ophthalmic_axial_length_sequence_item", "OphthalmicAxialLengthSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicAxialLengthSelectionMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicUltrasoundMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SourceOfOphthalmicAxialLengthCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_sequence_item import (
        OphthalmicAxialLengthSequenceItem as OphthalmicAxialLengthSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "IOLOphthalmicAxialLengthMacro",
    "MappingResourceTerm",
    "OphthalmicAxialLengthSelectionMethodCodeSequenceItem",
    "OphthalmicAxialLengthSequenceItem",
    "OphthalmicUltrasoundMethodCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "SourceOfOphthalmicAxialLengthCodeSequenceItem",
]


class IOLOphthalmicAxialLengthMacro(DicomModel):
    """IOL Ophthalmic Axial Length Macro Attributes (PS3.3 Table C.8.25.16-4)."""

    dicom_name: ClassVar[str] = "IOL Ophthalmic Axial Length"
    dicom_table: ClassVar[str] = "table_C.8.25.16-4"

    OphthalmicAxialLengthSequence: Annotated[
        list[_OphthalmicAxialLengthSequenceItem],
        Attribute(0x00221012, "SQ", "1", "1", name="Ophthalmic Axial Length Sequence"),
    ]
    """Ophthalmic Axial Length Sequence (0022,1012): Type 1, VR SQ, VM 1. Axial length value and source that was used in calculation of IOL power. Only a single Item shall be included in this Sequence."""


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
    "OphthalmicAxialLengthSelectionMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "OphthalmicAxialLengthSequenceItem": (
        "dicomodel.items.ophthalmic_axial_length_sequence_item",
        "OphthalmicAxialLengthSequenceItem",
    ),
    "OphthalmicUltrasoundMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "SourceOfOphthalmicAxialLengthCodeSequenceItem": (
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
