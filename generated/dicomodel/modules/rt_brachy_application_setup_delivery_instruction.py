"""RT Brachy Application Setup Delivery Instruction Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.brachy_task_sequence_item import (
        BrachyTaskSequenceItem as _BrachyTaskSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as _HierarchicalSOPInstanceReferenceItem,
    )
    from dicomodel.items.omitted_application_setup_sequence_item import (
        OmittedApplicationSetupSequenceItem as _OmittedApplicationSetupSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BrachyTaskSequenceItem = Lazy(
        "dicomodel.items.brachy_task_sequence_item", "BrachyTaskSequenceItem"
    )
    _HierarchicalSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    )
    _OmittedApplicationSetupSequenceItem = Lazy(
        "dicomodel.items.omitted_application_setup_sequence_item",
        "OmittedApplicationSetupSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.reason_for_channel_omission import (
        ReasonForChannelOmissionTerm as ReasonForChannelOmissionTerm,
    )
    from dicomodel.enums.treatment_delivery_type import (
        TreatmentDeliveryType as TreatmentDeliveryType,
    )
    from dicomodel.items.brachy_task_sequence_item import (
        BrachyTaskSequenceItem as BrachyTaskSequenceItem,
    )
    from dicomodel.items.channel_delivery_continuation_sequence_item import (
        ChannelDeliveryContinuationSequenceItem as ChannelDeliveryContinuationSequenceItem,
    )
    from dicomodel.items.channel_delivery_order_sequence_item import (
        ChannelDeliveryOrderSequenceItem as ChannelDeliveryOrderSequenceItem,
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
        HierarchicalSOPInstanceReferenceItem as ReferencedRTPlanSequenceItem,
    )
    from dicomodel.items.omitted_application_setup_sequence_item import (
        OmittedApplicationSetupSequenceItem as OmittedApplicationSetupSequenceItem,
    )
    from dicomodel.items.omitted_channel_sequence_item import (
        OmittedChannelSequenceItem as OmittedChannelSequenceItem,
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
    "BrachyTaskSequenceItem",
    "ChannelDeliveryContinuationSequenceItem",
    "ChannelDeliveryOrderSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MACAlgorithmTerm",
    "MappingResourceTerm",
    "OmittedApplicationSetupSequenceItem",
    "OmittedChannelSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "RTBrachyApplicationSetupDeliveryInstructionModule",
    "ReasonForChannelOmissionTerm",
    "ReferencedDigitalSignatureSequenceItem",
    "ReferencedRTPlanSequenceItem",
    "ReferencedSOPInstanceMACSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItem",
    "TreatmentDeliveryType",
]


class RTBrachyApplicationSetupDeliveryInstructionModule(DicomModel):
    """RT Brachy Application Setup Delivery Instruction Module Attributes (PS3.3 Table C.8.8.30-1)."""

    dicom_name: ClassVar[str] = "RT Brachy Application Setup Delivery Instruction"
    dicom_table: ClassVar[str] = "table_C.8.8.30-1"

    ReferencedRTPlanSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem],
        Attribute(0x300C0002, "SQ", "1", "1", name="Referenced RT Plan Sequence"),
    ]
    """Referenced RT Plan Sequence (300C,0002): Type 1, VR SQ, VM 1. Reference to a single RT Plan SOP Instance containing all the brachy application setups and the fraction group referenced in this SOP Instance. Only a single Item shall be included in this Sequence."""

    ReferencedFractionGroupNumber: Annotated[
        vr.IS, Attribute(0x300C0022, "IS", "1", "1", name="Referenced Fraction Group Number")
    ]
    """Referenced Fraction Group Number (300C,0022): Type 1, VR IS, VM 1. Indicates which fraction group of the referenced RT Plan in the Referenced RT Plan Sequence (300C,0002) is to be treated in the treatment session."""

    CurrentFractionNumber: Annotated[
        vr.IS, Attribute(0x30080022, "IS", "1", "1", name="Current Fraction Number")
    ]
    """Current Fraction Number (3008,0022): Type 1, VR IS, VM 1. The index of the fraction that is to be delivered or completed in this treatment session. See Section C.8.8.30.3."""

    ContinuationPulseNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x00741404,
            "IS",
            "1",
            "1C",
            name="Continuation Pulse Number",
            when=(
                "unknown",
                "condition not read: not understood: 'in any of the Items in the Brachy Task Sequence (0074,1401)' (in 'Required if Brachy Treatment Type (300A,0202) of the referenced RT Plan in the Referenced RT Plan Sequence (300C,0002) is PDR and if Treatment Delivery Type (300A,00CE) is CONTINUATION in any of the Items in the Brachy Task Sequence (0074,1401)')",
            ),
        ),
    ] = None
    """Continuation Pulse Number (0074,1404): Type 1C, VR IS, VM 1. Required if Brachy Treatment Type (300A,0202) of the referenced RT Plan in the Referenced RT Plan Sequence (300C,0002) is PDR and if Treatment Delivery Type (300A,00CE) is CONTINUATION in any of the Items in the Brachy Task Sequence (0074,1401). The index of the pulse that is to be delivered or completed in this treatment session. Required if Brachy Treatment Type (300A,0202) of the referenced RT Plan in the Referenced RT Plan Sequence (300C,0002) is PDR and if Treatment Delivery T..."""

    BrachyTaskSequence: Annotated[
        list[_BrachyTaskSequenceItem],
        Attribute(0x00741401, "SQ", "1", "1", name="Brachy Task Sequence"),
    ]
    """Brachy Task Sequence (0074,1401): Type 1, VR SQ, VM 1. Specification of Brachy Application Setups to be delivered. One or more Items shall be included in this Sequence. See Section C.8.8.30.1."""

    OmittedApplicationSetupSequence: Annotated[
        list[_OmittedApplicationSetupSequenceItem] | None,
        Attribute(
            0x0074140E,
            "SQ",
            "1",
            "1C",
            name="Omitted Application Setup Sequence",
            when=(
                "and",
                ("value", 0x300A00CE, 0, "in", ("CONTINUATION",)),
                (
                    "unknown",
                    "names no attribute: one or more channels of any Application Setup are omitted",
                ),
            ),
        ),
    ] = None
    """Omitted Application Setup Sequence (0074,140E): Type 1C, VR SQ, VM 1. Required if Delivery Type (300A,00CE) is CONTINUATION and one or more channels of any Application Setup are omitted. Application Setups of the current RT Plan containing channels not to be delivered. Required if Delivery Type (300A,00CE) is CONTINUATION and one or more channels of any Application Setup are omitted."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BrachyTaskSequenceItem": (
        "dicomodel.items.brachy_task_sequence_item",
        "BrachyTaskSequenceItem",
    ),
    "ChannelDeliveryContinuationSequenceItem": (
        "dicomodel.items.channel_delivery_continuation_sequence_item",
        "ChannelDeliveryContinuationSequenceItem",
    ),
    "ChannelDeliveryOrderSequenceItem": (
        "dicomodel.items.channel_delivery_order_sequence_item",
        "ChannelDeliveryOrderSequenceItem",
    ),
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
    "OmittedApplicationSetupSequenceItem": (
        "dicomodel.items.omitted_application_setup_sequence_item",
        "OmittedApplicationSetupSequenceItem",
    ),
    "OmittedChannelSequenceItem": (
        "dicomodel.items.omitted_channel_sequence_item",
        "OmittedChannelSequenceItem",
    ),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReasonForChannelOmissionTerm": (
        "dicomodel.enums.reason_for_channel_omission",
        "ReasonForChannelOmissionTerm",
    ),
    "ReferencedDigitalSignatureSequenceItem": (
        "dicomodel.items.referenced_digital_signature_sequence_item",
        "ReferencedDigitalSignatureSequenceItem",
    ),
    "ReferencedRTPlanSequenceItem": (
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
    "TreatmentDeliveryType": ("dicomodel.enums.treatment_delivery_type", "TreatmentDeliveryType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
