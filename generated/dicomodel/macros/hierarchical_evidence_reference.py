"""Hierarchical Evidence Reference Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as _HierarchicalSOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _HierarchicalSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
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
        HierarchicalSOPInstanceReferenceItem as ReferencedImageEvidenceSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as ReferencedPresentationStateSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as ReferencedRawDataSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as ReferencedWaveformSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as SourceImageEvidenceSequenceItem,
    )
    from dicomodel.items.referenced_digital_signature_sequence_item import (
        ReferencedDigitalSignatureSequenceItem as ReferencedDigitalSignatureSequenceItem,
    )
    from dicomodel.items.referenced_sop_instance_mac_sequence_item import (
        ReferencedSOPInstanceMACSequenceItem as ReferencedSOPInstanceMACSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference import (
        ReferencedSOPSequenceItemHierarchicalEvidenceReference as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "HierarchicalEvidenceReferenceMacro",
    "MACAlgorithmTerm",
    "MappingResourceTerm",
    "PurposeOfReferenceCodeSequenceItem",
    "ReferencedDigitalSignatureSequenceItem",
    "ReferencedImageEvidenceSequenceItem",
    "ReferencedPresentationStateSequenceItem",
    "ReferencedRawDataSequenceItem",
    "ReferencedSOPInstanceMACSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedWaveformSequenceItem",
    "SourceImageEvidenceSequenceItem",
]


class HierarchicalEvidenceReferenceMacro(DicomModel):
    """Hierarchical Evidence Reference Macro Attributes (PS3.3 Table 10.42-1)."""

    dicom_name: ClassVar[str] = "Hierarchical Evidence Reference"
    dicom_table: ClassVar[str] = "table_10.42-1"

    ReferencedRawDataSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(0x00089121, "SQ", "1", "3", name="Referenced Raw Data Sequence"),
    ] = None
    """Referenced Raw Data Sequence (0008,9121): Type 3, VR SQ, VM 1. The Raw data that was used to derive this Image. One or more Items are permitted in this Sequence. The Items of in this Sequence may identify raw data that has not been stored or encoded as a DICOM object."""

    ReferencedWaveformSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(0x0008113A, "SQ", "1", "3", name="Referenced Waveform Sequence"),
    ] = None
    """Referenced Waveform Sequence (0008,113A): Type 3, VR SQ, VM 1. References to waveforms acquired in conjunction with this image. These Waveforms may or may not be temporally synchronized with this image. One or more Items are permitted in this Sequence."""

    ReferencedImageEvidenceSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(
            0x00089092,
            "SQ",
            "1",
            "1C",
            name="Referenced Image Evidence Sequence",
            when=(
                "and",
                ("has_value", 0x00081140),
                (
                    "not",
                    (
                        "sop_class",
                        (
                            "1.2.840.10008.5.1.4.1.1.2.2",
                            "1.2.840.10008.5.1.4.1.1.4.4",
                            "1.2.840.10008.5.1.4.1.1.128.1",
                        ),
                    ),
                ),
            ),
            otherwise="may",
        ),
    ] = None
    """Referenced Image Evidence Sequence (0008,9092): Type 1C, VR SQ, VM 1. Required if the Referenced Image Sequence (0008,1140) is present and not empty, and the SOP Class UID of the referencing SOP Instance is not a legacy converted SOP Class (Legacy Converted Enhanced CT Image Storage \"1.2.840.10008.5.1.4.1.1.2.2\", Legacy Converted Enhanced MR Image Storage \"1.2.840.10008.5.1.4.1.1.4.4\", Legacy Converted Enhanced PET Image Storage \"1.2.840.10008.5.1.4.1.1.128.1\"). Full set of Composite SOP Instances referred to inside the Referenced Image Sequences of this Instance. See Section 10.42.1.1 for further explanation. One or more Items shall be included in this Sequence."""

    SourceImageEvidenceSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(
            0x00089154,
            "SQ",
            "1",
            "1C",
            name="Source Image Evidence Sequence",
            when=(
                "and",
                ("has_value", 0x00082112),
                (
                    "not",
                    (
                        "sop_class",
                        (
                            "1.2.840.10008.5.1.4.1.1.2.2",
                            "1.2.840.10008.5.1.4.1.1.4.4",
                            "1.2.840.10008.5.1.4.1.1.128.1",
                        ),
                    ),
                ),
            ),
            otherwise="may",
        ),
    ] = None
    """Source Image Evidence Sequence (0008,9154): Type 1C, VR SQ, VM 1. Required if the Source Image Sequence (0008,2112) is present and not empty, and the SOP Class UID of the referencing SOP Instance is not a legacy converted SOP Class (Legacy Converted Enhanced CT Image Storage \"1.2.840.10008.5.1.4.1.1.2.2\", Legacy Converted Enhanced MR Image Storage \"1.2.840.10008.5.1.4.1.1.4.4\", Legacy Converted Enhanced PET Image Storage \"1.2.840.10008.5.1.4.1.1.128.1\"). Full set of Composite SOP Instances referred to inside the Source Image Sequences of this Instance. See Section 10.42.1.1 for further explanation. One or more Items shall be included in this Sequence."""

    ReferencedPresentationStateSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(
            0x00089237,
            "SQ",
            "1",
            "1C",
            name="Referenced Presentation State Sequence",
            when=(
                "unknown",
                "names no attribute: Presentation State is created together with the images",
            ),
        ),
    ] = None
    """Referenced Presentation State Sequence (0008,9237): Type 1C, VR SQ, VM 1. Required if Presentation State is created together with the images. References to Presentation State instances created together with this instance This Sequence does not reference Presentation States generated after image creation, such as during interpretation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MACAlgorithmTerm": ("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedDigitalSignatureSequenceItem": (
        "dicomodel.items.referenced_digital_signature_sequence_item",
        "ReferencedDigitalSignatureSequenceItem",
    ),
    "ReferencedImageEvidenceSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "ReferencedPresentationStateSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "ReferencedRawDataSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
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
    "ReferencedWaveformSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "SourceImageEvidenceSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
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
