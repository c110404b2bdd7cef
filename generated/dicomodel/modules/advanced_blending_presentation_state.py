"""Advanced Blending Presentation State Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.advanced_blending_sequence_item import (
        AdvancedBlendingSequenceItem as _AdvancedBlendingSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AdvancedBlendingSequenceItem = Lazy(
        "dicomodel.items.advanced_blending_sequence_item", "AdvancedBlendingSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.geometry_for_display import GeometryForDisplay as GeometryForDisplay
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.time_series_blending import TimeSeriesBlending as TimeSeriesBlending
    from dicomodel.enums.voilut_function import VOILUTFunctionTerm as VOILUTFunctionTerm
    from dicomodel.items.advanced_blending_sequence_item import (
        AdvancedBlendingSequenceItem as AdvancedBlendingSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hierarchical_series_reference_item import (
        HierarchicalSeriesReferenceItem as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as ReferencedSpatialRegistrationSequenceItem,
    )
    from dicomodel.items.palette_color_lookup_table_item import (
        PaletteColorLookupTableItem as PaletteColorLookupTableSequenceItem,
    )
    from dicomodel.items.referenced_digital_signature_sequence_item import (
        ReferencedDigitalSignatureSequenceItem as ReferencedDigitalSignatureSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item_advanced_blending_presentation_state import (
        ReferencedImageSequenceItemAdvancedBlendingPresentationState as ReferencedImageSequenceItem,
    )
    from dicomodel.items.referenced_sop_instance_mac_sequence_item import (
        ReferencedSOPInstanceMACSequenceItem as ReferencedSOPInstanceMACSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference import (
        ReferencedSOPSequenceItemHierarchicalEvidenceReference as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.softcopy_voilut_sequence_item_advanced_blending_presentation_state import (
        SoftcopyVOILUTSequenceItemAdvancedBlendingPresentationState as SoftcopyVOILUTSequenceItem,
    )
    from dicomodel.items.threshold_sequence_item import (
        ThresholdSequenceItem as ThresholdSequenceItem,
    )
    from dicomodel.items.threshold_value_sequence_item import (
        ThresholdValueSequenceItem as ThresholdValueSequenceItem,
    )
    from dicomodel.items.voilut_sequence_item import VOILUTSequenceItem as VOILUTSequenceItem

__all__ = [
    "AdvancedBlendingPresentationStateModule",
    "AdvancedBlendingSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "GeometryForDisplay",
    "MACAlgorithmTerm",
    "MappingResourceTerm",
    "PaletteColorLookupTableSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "ReferencedDigitalSignatureSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedSOPInstanceMACSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedSpatialRegistrationSequenceItem",
    "SoftcopyVOILUTSequenceItem",
    "ThresholdSequenceItem",
    "ThresholdValueSequenceItem",
    "TimeSeriesBlending",
    "VOILUTFunctionTerm",
    "VOILUTSequenceItem",
]


class AdvancedBlendingPresentationStateModule(DicomModel):
    """Advanced Blending Presentation State Module Attributes (PS3.3 Table C.11.33-1)."""

    dicom_name: ClassVar[str] = "Advanced Blending Presentation State"
    dicom_table: ClassVar[str] = "table_C.11.33-1"

    AdvancedBlendingSequence: Annotated[
        list[_AdvancedBlendingSequenceItem],
        Attribute(0x00701B01, "SQ", "1", "1", name="Advanced Blending Sequence"),
    ]
    """Advanced Blending Sequence (0070,1B01): Type 1, VR SQ, VM 1. A Sequence of Items identifying the inputs and describing transformations of them. One or more Items shall be included in this Sequence. See Section C.11.33.1.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AdvancedBlendingSequenceItem": (
        "dicomodel.items.advanced_blending_sequence_item",
        "AdvancedBlendingSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "GeometryForDisplay": ("dicomodel.enums.geometry_for_display", "GeometryForDisplay"),
    "MACAlgorithmTerm": ("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PaletteColorLookupTableSequenceItem": (
        "dicomodel.items.palette_color_lookup_table_item",
        "PaletteColorLookupTableItem",
    ),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedDigitalSignatureSequenceItem": (
        "dicomodel.items.referenced_digital_signature_sequence_item",
        "ReferencedDigitalSignatureSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.referenced_image_sequence_item_advanced_blending_presentation_state",
        "ReferencedImageSequenceItemAdvancedBlendingPresentationState",
    ),
    "ReferencedSOPInstanceMACSequenceItem": (
        "dicomodel.items.referenced_sop_instance_mac_sequence_item",
        "ReferencedSOPInstanceMACSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference",
        "ReferencedSOPSequenceItemHierarchicalEvidenceReference",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.hierarchical_series_reference_item",
        "HierarchicalSeriesReferenceItem",
    ),
    "ReferencedSpatialRegistrationSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "SoftcopyVOILUTSequenceItem": (
        "dicomodel.items.softcopy_voilut_sequence_item_advanced_blending_presentation_state",
        "SoftcopyVOILUTSequenceItemAdvancedBlendingPresentationState",
    ),
    "ThresholdSequenceItem": ("dicomodel.items.threshold_sequence_item", "ThresholdSequenceItem"),
    "ThresholdValueSequenceItem": (
        "dicomodel.items.threshold_value_sequence_item",
        "ThresholdValueSequenceItem",
    ),
    "TimeSeriesBlending": ("dicomodel.enums.time_series_blending", "TimeSeriesBlending"),
    "VOILUTFunctionTerm": ("dicomodel.enums.voilut_function", "VOILUTFunctionTerm"),
    "VOILUTSequenceItem": ("dicomodel.items.voilut_sequence_item", "VOILUTSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
