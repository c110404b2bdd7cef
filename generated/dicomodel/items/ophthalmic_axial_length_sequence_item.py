"""Item class OphthalmicAxialLengthSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
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
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "OphthalmicAxialLengthSelectionMethodCodeSequenceItem",
    "OphthalmicAxialLengthSequenceItem",
    "OphthalmicUltrasoundMethodCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "SourceOfOphthalmicAxialLengthCodeSequenceItem",
]


class OphthalmicAxialLengthSequenceItem(DicomModel):
    """An item of Ophthalmic Axial Length Sequence (0022,1012), as first defined in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    dicom_name: ClassVar[str] = "Ophthalmic Axial Length Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.16-2"

    OphthalmicAxialLength: Annotated[
        vr.FL, Attribute(0x00221019, "FL", "1", "1", name="Ophthalmic Axial Length")
    ]
    """Ophthalmic Axial Length (0022,1019): Type 1, VR FL, VM 1. The axial length of a patient's eye, in mm, that was used in calculation of IOL power."""

    OphthalmicAxialLengthSelectionMethodCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(
            0x00221250,
            "SQ",
            "1",
            "1",
            name="Ophthalmic Axial Length Selection Method Code Sequence",
        ),
    ]
    """Ophthalmic Axial Length Selection Method Code Sequence (0022,1250): Type 1, VR SQ, VM 1. Method used to select the value recorded in Ophthalmic Axial Length (0022,1019). Only a single Item shall be included in this Sequence."""

    SourceOfOphthalmicAxialLengthCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(
            0x00221035, "SQ", "1", "1", name="Source of Ophthalmic Axial Length Code Sequence"
        ),
    ]
    """Source of Ophthalmic Axial Length Code Sequence (0022,1035): Type 1, VR SQ, VM 1. Source of the value of Ophthalmic Axial Length (0022,1019). Only a single Item shall be included in this Sequence."""

    ReferencedSOPSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00081199,
            "SQ",
            "1",
            "1C",
            name="Referenced SOP Sequence",
            when=("code", 0x00221035, (("111782", "DCM"),)),
        ),
    ] = None
    """Referenced SOP Sequence (0008,1199): Type 1C, VR SQ, VM 1. Required if Source of Ophthalmic Axial Length Code Sequence (0022,1035) contains an Item with the value (111782, DCM, \"Axial Measurements SOP Instance\"). SOP Instances that are relevant to the interpretation of this SOP Instance. One or more Items shall be included in this Sequence. See Section C.8.25.16.1.1 for further explanation."""

    OphthalmicUltrasoundMethodCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00221044,
            "SQ",
            "1",
            "1C",
            name="Ophthalmic Ultrasound Method Code Sequence",
            when=("value", 0x00221009, 0, "in", ("ULTRASOUND",)),
        ),
    ] = None
    """Ophthalmic Ultrasound Method Code Sequence (0022,1044): Type 1C, VR SQ, VM 1. Required if Ophthalmic Axial Measurements Device Type (0022,1009) is ULTRASOUND. Method used for obtaining axial measurements of the eye. Required if Ophthalmic Axial Measurements Device Type (0022,1009) is ULTRASOUND. Only a single Item shall be included in this Sequence."""


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
