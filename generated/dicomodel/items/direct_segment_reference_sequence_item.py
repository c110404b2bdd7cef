"""Item class DirectSegmentReferenceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.derivation_conceptual_volume_sequence_item import (
        DerivationConceptualVolumeSequenceItem as _DerivationConceptualVolumeSequenceItem,
    )
    from dicomodel.items.equivalent_conceptual_volumes_sequence_item import (
        EquivalentConceptualVolumesSequenceItem as _EquivalentConceptualVolumesSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DerivationConceptualVolumeSequenceItem = Lazy(
        "dicomodel.items.derivation_conceptual_volume_sequence_item",
        "DerivationConceptualVolumeSequenceItem",
    )
    _EquivalentConceptualVolumesSequenceItem = Lazy(
        "dicomodel.items.equivalent_conceptual_volumes_sequence_item",
        "EquivalentConceptualVolumesSequenceItem",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as ConceptualVolumeDerivationAlgorithmSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
    )
    from dicomodel.items.derivation_conceptual_volume_sequence_item import (
        DerivationConceptualVolumeSequenceItem as DerivationConceptualVolumeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.equivalent_conceptual_volumes_sequence_item import (
        EquivalentConceptualVolumesSequenceItem as EquivalentConceptualVolumesSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as EquivalentConceptualVolumeInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as OriginatingSOPInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.source_conceptual_volume_sequence_item import (
        SourceConceptualVolumeSequenceItem as SourceConceptualVolumeSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ConceptualVolumeDerivationAlgorithmSequenceItem",
    "ContextGroupExtensionFlag",
    "DerivationConceptualVolumeSequenceItem",
    "DirectSegmentReferenceSequenceItem",
    "EquivalentCodeSequenceItem",
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem",
    "EquivalentConceptualVolumesSequenceItem",
    "MappingResourceTerm",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "ReferencedSOPSequenceItem",
    "SourceConceptualVolumeSequenceItem",
]


class DirectSegmentReferenceSequenceItem(DicomModel):
    """An item of Direct Segment Reference Sequence (3010,0023), as first defined in Segment Reference Module Attributes (C.36.9-1)."""

    dicom_name: ClassVar[str] = "Direct Segment Reference Sequence"
    dicom_table: ClassVar[str] = "table_C.36.9-1"

    ConceptualVolumeUID: Annotated[
        vr.UI, Attribute(0x30100006, "UI", "1", "1", name="Conceptual Volume UID")
    ]
    """Conceptual Volume UID (3010,0006): Type 1, VR UI, VM 1. A UID identifying the Conceptual Volume."""

    OriginatingSOPInstanceReferenceSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x30100007,
            "SQ",
            "1",
            "1C",
            name="Originating SOP Instance Reference Sequence",
            when=("unknown", "depends on where the UID was issued"),
        ),
    ] = None
    """Originating SOP Instance Reference Sequence (3010,0007): Type 1C, VR SQ, VM 1. Required when Conceptual Volume UID (3010,0006) was not issued in the current SOP Instance, but read from another SOP Instance. Reference to the SOP Instance that contains the original definition of this Conceptual Volume identified by Conceptual Volume UID (3010,0006)."""

    EquivalentConceptualVolumesSequence: Annotated[
        list[_EquivalentConceptualVolumesSequenceItem] | None,
        Attribute(0x3010000A, "SQ", "1", "3", name="Equivalent Conceptual Volumes Sequence"),
    ] = None
    """Equivalent Conceptual Volumes Sequence (3010,000A): Type 3, VR SQ, VM 1. References one or more existing Conceptual Volumes that represent the same concept as the current Conceptual Volume. This Sequence might be used when Conceptual Volume references of existing SOP Instances are retrospectively identified as r..."""

    DerivationConceptualVolumeSequence: Annotated[
        list[_DerivationConceptualVolumeSequenceItem] | None,
        Attribute(0x30100014, "SQ", "1", "3", name="Derivation Conceptual Volume Sequence"),
    ] = None
    """Derivation Conceptual Volume Sequence (3010,0014): Type 3, VR SQ, VM 1. Description of a Conceptual Volume that was used to derive this Conceptual Volume. Only a single Item is permitted in this Sequence."""

    ReferencedSOPSequence: Annotated[
        list[_SOPInstanceReferenceItem],
        Attribute(0x00081199, "SQ", "1", "1", name="Referenced SOP Sequence"),
    ]
    """Referenced SOP Sequence (0008,1199): Type 1, VR SQ, VM 1. The SOP Instance that contains the referenced segment. Only a single Item shall be included in this Sequence. See Section C.36.9.1.1."""

    ReferencedSegmentNumber: Annotated[
        list[vr.US] | None,
        Attribute(
            0x0062000B,
            "US",
            "1-n",
            "1C",
            name="Referenced Segment Number",
            when=(
                "value",
                (0x00081199, 0x00081150),
                0,
                "in",
                ("1.2.840.10008.5.1.4.1.1.66.4", "1.2.840.10008.5.1.4.1.1.66.5"),
            ),
        ),
    ] = None
    """Referenced Segment Number (0062,000B): Type 1C, VR US, VM 1-n. Required as described in Section C.36.9.1.1. Segment Number (0062,0004) in the referenced SOP Instance. Required as described in Section C.36.9.1.1. Only a single Item shall be included in this Sequence."""

    ReferencedFiducialsUID: Annotated[
        vr.UI | None,
        Attribute(
            0x30100031,
            "UI",
            "1",
            "1C",
            name="Referenced Fiducials UID",
            when=("value", (0x00081199, 0x00081150), 0, "in", ("1.2.840.10008.5.1.4.1.1.66.2",)),
        ),
    ] = None
    """Referenced Fiducials UID (3010,0031): Type 1C, VR UI, VM 1. Required as described in Section C.36.9.1.1. Fiducials UID (0070,031A) in the referenced SOP Instance. Required as described in Section C.36.9.1.1. See Section C.36.9.1.1."""

    ReferencedROINumber: Annotated[
        vr.IS | None,
        Attribute(
            0x30060084,
            "IS",
            "1",
            "1C",
            name="Referenced ROI Number",
            when=("value", (0x00081199, 0x00081150), 0, "in", ("1.2.840.10008.5.1.4.1.1.481.3",)),
        ),
    ] = None
    """Referenced ROI Number (3006,0084): Type 1C, VR IS, VM 1. Required as described in Section C.36.9.1.1. ROI Number (3006,0022) in the referenced SOP Instance. Required as described in Section C.36.9.1.1. See Section C.36.9.1.1."""

    ReferencedSurfaceNumber: Annotated[
        vr.UL | None,
        Attribute(
            0x0066002C,
            "UL",
            "1",
            "1C",
            name="Referenced Surface Number",
            when=("value", (0x00081199, 0x00081150), 0, "in", ("1.2.840.10008.5.1.4.1.1.68.1",)),
        ),
    ] = None
    """Referenced Surface Number (0066,002C): Type 1C, VR UL, VM 1. Required as described in Section C.36.9.1.1. Surface Number (0066,0003) in the referenced SOP Instance. Required as described in Section C.36.9.1.1. See Section C.36.9.1.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
        "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    ),
    "ConceptualVolumeDerivationAlgorithmSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DerivationConceptualVolumeSequenceItem": (
        "dicomodel.items.derivation_conceptual_volume_sequence_item",
        "DerivationConceptualVolumeSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "EquivalentConceptualVolumesSequenceItem": (
        "dicomodel.items.equivalent_conceptual_volumes_sequence_item",
        "EquivalentConceptualVolumesSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OriginatingSOPInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedDirectSegmentInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "SourceConceptualVolumeSequenceItem": (
        "dicomodel.items.source_conceptual_volume_sequence_item",
        "SourceConceptualVolumeSequenceItem",
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
