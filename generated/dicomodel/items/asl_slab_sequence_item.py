"""Item class ASLSlabSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as _AnatomicRegionSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as _PrimaryAnatomicStructureSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AnatomicRegionSequenceItem = Lazy(
        "dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"
    )
    _PrimaryAnatomicStructureSequenceItem = Lazy(
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )

__all__ = [
    "ASLSlabSequenceItem",
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
]


class ASLSlabSequenceItem(DicomModel):
    """An item of ASL Slab Sequence (0018,9260), as first defined in MR Arterial Spin Labeling Macro Attributes (C.8-100b)."""

    dicom_name: ClassVar[str] = "ASL Slab Sequence"
    dicom_table: ClassVar[str] = "table_C.8-100b"

    ASLSlabNumber: Annotated[vr.US, Attribute(0x00189253, "US", "1", "1", name="ASL Slab Number")]
    """ASL Slab Number (0018,9253): Type 1, VR US, VM 1. Consecutive number identifying the different slabs used for labeling, starting with 1."""

    AnatomicRegionSequence: Annotated[
        list[_AnatomicRegionSequenceItem] | None,
        Attribute(0x00082218, "SQ", "1", "3", name="Anatomic Region Sequence"),
    ] = None
    """Anatomic Region Sequence (0008,2218): Type 3, VR SQ, VM 1. Sequence that identifies the anatomic region of interest in this Instance (i.e., external anatomy, surface anatomy, or general region of the body). Only a single Item is permitted in this Sequence."""

    PrimaryAnatomicStructureSequence: Annotated[
        list[_PrimaryAnatomicStructureSequenceItem] | None,
        Attribute(0x00082228, "SQ", "1", "3", name="Primary Anatomic Structure Sequence"),
    ] = None
    """Primary Anatomic Structure Sequence (0008,2228): Type 3, VR SQ, VM 1. Sequence of Items that identifies the primary anatomic structure(s) of interest in this Instance. One or more Items are permitted in this Sequence."""

    ASLSlabThickness: Annotated[
        vr.FD, Attribute(0x00189254, "FD", "1", "1", name="ASL Slab Thickness")
    ]
    """ASL Slab Thickness (0018,9254): Type 1, VR FD, VM 1. Thickness of slab in mm."""

    ASLSlabOrientation: Annotated[
        list[vr.FD], Attribute(0x00189255, "FD", "3", "1", name="ASL Slab Orientation")
    ]
    """ASL Slab Orientation (0018,9255): Type 1, VR FD, VM 3. The direction cosines of a normal vector perpendicular to the ASL slab with respect to the patient. See Section C.7.6.2.1.1 for further explanation."""

    ASLMidSlabPosition: Annotated[
        list[vr.FD], Attribute(0x00189256, "FD", "3", "1", name="ASL Mid Slab Position")
    ]
    """ASL Mid Slab Position (0018,9256): Type 1, VR FD, VM 3. The x, y, and z coordinates of the midpoint of the slab in mm with respect to the patient. See Section C.7.6.2.1.1 for further explanation."""

    ASLPulseTrainDuration: Annotated[
        vr.UL, Attribute(0x00189258, "UL", "1", "1", name="ASL Pulse Train Duration")
    ]
    """ASL Pulse Train Duration (0018,9258): Type 1, VR UL, VM 1. Duration (in milliseconds) of the Label or Control pulse. See Section C.8.13.5.14.3 for further explanation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnatomicRegionModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AnatomicRegionSequenceItem": (
        "dicomodel.items.anatomic_region_sequence_item",
        "AnatomicRegionSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
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
