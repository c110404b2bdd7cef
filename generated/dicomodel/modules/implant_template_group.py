"""Implant Template Group Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.implant_target_anatomy_sequence_item import (
        ImplantTargetAnatomySequenceItem as _ImplantTargetAnatomySequenceItem,
    )
    from dicomodel.items.implant_template_group_members_sequence_item import (
        ImplantTemplateGroupMembersSequenceItem as _ImplantTemplateGroupMembersSequenceItem,
    )
    from dicomodel.items.implant_template_group_variation_dimension_sequence_item import (
        ImplantTemplateGroupVariationDimensionSequenceItem as _ImplantTemplateGroupVariationDimensionSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ImplantTargetAnatomySequenceItem = Lazy(
        "dicomodel.items.implant_target_anatomy_sequence_item", "ImplantTargetAnatomySequenceItem"
    )
    _ImplantTemplateGroupMembersSequenceItem = Lazy(
        "dicomodel.items.implant_template_group_members_sequence_item",
        "ImplantTemplateGroupMembersSequenceItem",
    )
    _ImplantTemplateGroupVariationDimensionSequenceItem = Lazy(
        "dicomodel.items.implant_template_group_variation_dimension_sequence_item",
        "ImplantTemplateGroupVariationDimensionSequenceItem",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AnatomicRegionSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.implant_target_anatomy_sequence_item import (
        ImplantTargetAnatomySequenceItem as ImplantTemplateGroupTargetAnatomySequenceItem,
    )
    from dicomodel.items.implant_template_group_member_matching2_d_coordinates_sequence_item import (
        ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem as ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem,
    )
    from dicomodel.items.implant_template_group_members_sequence_item import (
        ImplantTemplateGroupMembersSequenceItem as ImplantTemplateGroupMembersSequenceItem,
    )
    from dicomodel.items.implant_template_group_variation_dimension_rank_sequence_item import (
        ImplantTemplateGroupVariationDimensionRankSequenceItem as ImplantTemplateGroupVariationDimensionRankSequenceItem,
    )
    from dicomodel.items.implant_template_group_variation_dimension_sequence_item import (
        ImplantTemplateGroupVariationDimensionSequenceItem as ImplantTemplateGroupVariationDimensionSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReplacedImplantTemplateGroupSequenceItem,
    )

__all__ = [
    "AnatomicRegionSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem",
    "ImplantTemplateGroupMembersSequenceItem",
    "ImplantTemplateGroupModule",
    "ImplantTemplateGroupTargetAnatomySequenceItem",
    "ImplantTemplateGroupVariationDimensionRankSequenceItem",
    "ImplantTemplateGroupVariationDimensionSequenceItem",
    "MappingResourceTerm",
    "ReplacedImplantTemplateGroupSequenceItem",
]


class ImplantTemplateGroupModule(DicomModel):
    """Implant Template Group Module Attributes (PS3.3 Table C.29.3-1)."""

    dicom_name: ClassVar[str] = "Implant Template Group"
    dicom_table: ClassVar[str] = "table_C.29.3-1"

    EffectiveDateTime: Annotated[
        vr.DT, Attribute(0x00686226, "DT", "1", "1", name="Effective DateTime")
    ]
    """Effective DateTime (0068,6226): Type 1, VR DT, VM 1. Date and time from which on this Instance is valid."""

    ImplantTemplateGroupName: Annotated[
        vr.LO, Attribute(0x00780001, "LO", "1", "1", name="Implant Template Group Name")
    ]
    """Implant Template Group Name (0078,0001): Type 1, VR LO, VM 1. Name of this group."""

    ImplantTemplateGroupDescription: Annotated[
        vr.ST | None,
        Attribute(0x00780010, "ST", "1", "3", name="Implant Template Group Description"),
    ] = None
    """Implant Template Group Description (0078,0010): Type 3, VR ST, VM 1. Purpose or intent of this group."""

    ImplantTemplateGroupIssuer: Annotated[
        vr.LO, Attribute(0x00780020, "LO", "1", "1", name="Implant Template Group Issuer")
    ]
    """Implant Template Group Issuer (0078,0020): Type 1, VR LO, VM 1. Person or Organization that issued this group."""

    ImplantTemplateGroupVersion: Annotated[
        vr.LO | None, Attribute(0x00780024, "LO", "1", "2", name="Implant Template Group Version")
    ]
    """Implant Template Group Version (0078,0024): Type 2, VR LO, VM 1. The version code of the Implant Template Group."""

    ReplacedImplantTemplateGroupSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00780026,
            "SQ",
            "1",
            "1C",
            name="Replaced Implant Template Group Sequence",
            when=("unknown", "names no attribute: this Instance replaces another Instance"),
        ),
    ] = None
    """Replaced Implant Template Group Sequence (0078,0026): Type 1C, VR SQ, VM 1. Required if this Instance replaces another Instance. Reference to the Implant Template Group that is replaced by this Instance. Only a single Item shall be included in this Sequence. Required if this Instance replaces another Instance."""

    ImplantTemplateGroupTargetAnatomySequence: Annotated[
        list[_ImplantTargetAnatomySequenceItem] | None,
        Attribute(
            0x00780028, "SQ", "1", "3", name="Implant Template Group Target Anatomy Sequence"
        ),
    ] = None
    """Implant Template Group Target Anatomy Sequence (0078,0028): Type 3, VR SQ, VM 1. Identifies the anatomical region the implant is to be implanted to. One or more Items are permitted in this Sequence."""

    ImplantTemplateGroupMembersSequence: Annotated[
        list[_ImplantTemplateGroupMembersSequenceItem],
        Attribute(0x0078002A, "SQ", "1", "1", name="Implant Template Group Members Sequence"),
    ]
    """Implant Template Group Members Sequence (0078,002A): Type 1, VR SQ, VM 1. Contains references to all Implant Template SOP Instances that are part of this group. One or more Items shall be included in this Sequence."""

    ImplantTemplateGroupVariationDimensionSequence: Annotated[
        list[_ImplantTemplateGroupVariationDimensionSequenceItem],
        Attribute(
            0x007800B0, "SQ", "1", "1", name="Implant Template Group Variation Dimension Sequence"
        ),
    ]
    """Implant Template Group Variation Dimension Sequence (0078,00B0): Type 1, VR SQ, VM 1. List of all Variation Dimensions that are covered by this group. One or more Items shall be included in this Sequence. See Section C.29.3.1.1.2."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnatomicRegionSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem": (
        "dicomodel.items.implant_template_group_member_matching2_d_coordinates_sequence_item",
        "ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem",
    ),
    "ImplantTemplateGroupMembersSequenceItem": (
        "dicomodel.items.implant_template_group_members_sequence_item",
        "ImplantTemplateGroupMembersSequenceItem",
    ),
    "ImplantTemplateGroupTargetAnatomySequenceItem": (
        "dicomodel.items.implant_target_anatomy_sequence_item",
        "ImplantTargetAnatomySequenceItem",
    ),
    "ImplantTemplateGroupVariationDimensionRankSequenceItem": (
        "dicomodel.items.implant_template_group_variation_dimension_rank_sequence_item",
        "ImplantTemplateGroupVariationDimensionRankSequenceItem",
    ),
    "ImplantTemplateGroupVariationDimensionSequenceItem": (
        "dicomodel.items.implant_template_group_variation_dimension_sequence_item",
        "ImplantTemplateGroupVariationDimensionSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ReplacedImplantTemplateGroupSequenceItem": (
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
