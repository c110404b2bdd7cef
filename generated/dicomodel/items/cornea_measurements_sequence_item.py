"""Item class CorneaMeasurementsSequenceItem.

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
    from dicomodel.items.steep_corneal_axis_sequence_item import (
        SteepCornealAxisSequenceItem as _SteepCornealAxisSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _SteepCornealAxisSequenceItem = Lazy(
        "dicomodel.items.steep_corneal_axis_sequence_item", "SteepCornealAxisSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as CorneaMeasurementMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SourceOfCorneaMeasurementDataCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.steep_corneal_axis_sequence_item import (
        SteepCornealAxisSequenceItem as FlatCornealAxisSequenceItem,
    )
    from dicomodel.items.steep_corneal_axis_sequence_item import (
        SteepCornealAxisSequenceItem as SteepCornealAxisSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "CorneaMeasurementMethodCodeSequenceItem",
    "CorneaMeasurementsSequenceItem",
    "EquivalentCodeSequenceItem",
    "FlatCornealAxisSequenceItem",
    "MappingResourceTerm",
    "ReferencedSOPSequenceItem",
    "SourceOfCorneaMeasurementDataCodeSequenceItem",
    "SteepCornealAxisSequenceItem",
]


class CorneaMeasurementsSequenceItem(DicomModel):
    """An item of Cornea Measurements Sequence (0046,0110), as first defined in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    dicom_name: ClassVar[str] = "Cornea Measurements Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.16-2"

    SteepCornealAxisSequence: Annotated[
        list[_SteepCornealAxisSequenceItem],
        Attribute(0x00460112, "SQ", "1", "1", name="Steep Corneal Axis Sequence"),
    ]
    """Steep Corneal Axis Sequence (0046,0112): Type 1, VR SQ, VM 1. Steepest meridian as defined by the greatest power of curvature and shortest radius of curvature. Only a single Item shall be included in this Sequence."""

    FlatCornealAxisSequence: Annotated[
        list[_SteepCornealAxisSequenceItem],
        Attribute(0x00460113, "SQ", "1", "1", name="Flat Corneal Axis Sequence"),
    ]
    """Flat Corneal Axis Sequence (0046,0113): Type 1, VR SQ, VM 1. Flattest meridian as defined by the least power of curvature and longest radius of curvature. Only a single Item shall be included in this Sequence."""

    CorneaMeasurementMethodCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00460116, "SQ", "1", "1", name="Cornea Measurement Method Code Sequence"),
    ]
    """Cornea Measurement Method Code Sequence (0046,0116): Type 1, VR SQ, VM 1. Method of the cornea measurement. Only a single Item shall be included in this Sequence."""

    KeratometerIndex: Annotated[
        vr.FL | None, Attribute(0x00221033, "FL", "1", "2", name="Keratometer Index")
    ]
    """Keratometer Index (0022,1033): Type 2, VR FL, VM 1. The translation factor specific to each keratometer that derives a number for power from the measured radius of curvature of the cornea."""

    RefractiveIndexOfCornea: Annotated[
        vr.FL | None,
        Attribute(
            0x00460117,
            "FL",
            "1",
            "1C",
            name="Refractive Index of Cornea",
            when=("code", 0x00460116, (("111759", "DCM"),)),
        ),
    ] = None
    """Refractive Index of Cornea (0046,0117): Type 1C, VR FL, VM 1. Required if Cornea Measurement Type Code Sequence (0046,0116) contains an item with the value (111759, DCM, \"Posterior Cornea Surface Measurement\"). The refractive translation factor specific for the cornea when deriving a number of power from the measured radius of curvature of the posterior surface of cornea."""

    RefractiveIndexOfAqueousHumor: Annotated[
        vr.FL | None,
        Attribute(
            0x00460118,
            "FL",
            "1",
            "1C",
            name="Refractive Index of Aqueous Humor",
            when=("code", 0x00460116, (("111759", "DCM"),)),
        ),
    ] = None
    """Refractive Index of Aqueous Humor (0046,0118): Type 1C, VR FL, VM 1. Required if Cornea Measurement Type Code Sequence (0046,0116) contains an item with the value (111759, DCM, \"Posterior Cornea Surface Measurement\"). The refractive translation factor specific for the aqueous humor when deriving a number of power from the measured radius of curvature of the posterior surface of cornea."""

    SourceOfCorneaMeasurementDataCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(
            0x00460111, "SQ", "1", "1", name="Source of Cornea Measurement Data Code Sequence"
        ),
    ]
    """Source of Cornea Measurement Data Code Sequence (0046,0111): Type 1, VR SQ, VM 1. Source of the values of Steep Corneal Axis Sequence (0046,0112) and Flat Corneal Axis Sequence (0046,0113). Only a single Item shall be included in this Sequence."""

    ReferencedSOPSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00081199,
            "SQ",
            "1",
            "1C",
            name="Referenced SOP Sequence",
            when=("code", 0x00460111, (("111757", "DCM"),)),
        ),
    ] = None
    """Referenced SOP Sequence (0008,1199): Type 1C, VR SQ, VM 1. Required if Source of Cornea Measurement Data Code Sequence (0046,0111) contains an Item with the value (111757, DCM, \"Keratometry Measurements SOP Instance\"). SOP Instance that is relevant to the interpretation of this SOP Instance. Only a single Item shall be included in this Sequence. See Section C.8.25.16.1.1 for further explanation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "CorneaMeasurementMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FlatCornealAxisSequenceItem": (
        "dicomodel.items.steep_corneal_axis_sequence_item",
        "SteepCornealAxisSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "SourceOfCorneaMeasurementDataCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SteepCornealAxisSequenceItem": (
        "dicomodel.items.steep_corneal_axis_sequence_item",
        "SteepCornealAxisSequenceItem",
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
