"""Performed CT Acquisition Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.acquisition_protocol_element_sequence_item import (
        AcquisitionProtocolElementSequenceItem as _AcquisitionProtocolElementSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AcquisitionProtocolElementSequenceItem = Lazy(
        "dicomodel.items.acquisition_protocol_element_sequence_item",
        "AcquisitionProtocolElementSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_motion import AcquisitionMotionTerm as AcquisitionMotionTerm
    from dicomodel.enums.acquisition_type import AcquisitionTypeTerm as AcquisitionTypeTerm
    from dicomodel.enums.auto_kvp_selection_type import (
        AutoKVPSelectionTypeTerm as AutoKVPSelectionTypeTerm,
    )
    from dicomodel.enums.cardiac_beat_rejection_technique import (
        CardiacBeatRejectionTechniqueTerm as CardiacBeatRejectionTechniqueTerm,
    )
    from dicomodel.enums.cardiac_framing_type import (
        CardiacFramingTypeTerm as CardiacFramingTypeTerm,
    )
    from dicomodel.enums.cardiac_signal_source import (
        CardiacSignalSourceTermPerformedCTAcquisition as CardiacSignalSourceTerm,
    )
    from dicomodel.enums.cardiac_synchronization_technique import (
        CardiacSynchronizationTechnique as CardiacSynchronizationTechnique,
    )
    from dicomodel.enums.constant_volume_flag import ConstantVolumeFlag as ConstantVolumeFlag
    from dicomodel.enums.content_qualification import ContentQualification as ContentQualification
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.filter_type import FilterTypeTermPerformedCTAcquisition as FilterTypeTerm
    from dicomodel.enums.fluoroscopy_flag import FluoroscopyFlag as FluoroscopyFlag
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.offset_direction import OffsetDirection as OffsetDirection
    from dicomodel.enums.respiratory_motion_compensation_technique import (
        RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition as RespiratoryMotionCompensationTechniqueTerm,
    )
    from dicomodel.enums.respiratory_signal_source import (
        RespiratorySignalSourceTermPerformedCTAcquisition as RespiratorySignalSourceTerm,
    )
    from dicomodel.enums.respiratory_trigger_type import (
        RespiratoryTriggerTypeTerm as RespiratoryTriggerTypeTerm,
    )
    from dicomodel.items.acquisition_protocol_element_sequence_item import (
        AcquisitionProtocolElementSequenceItem as AcquisitionProtocolElementSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as CTDIPhantomTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReferenceBasisCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReferenceGeometryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RequestedSeriesDescriptionCodeSequenceItem,
    )
    from dicomodel.items.ctx_ray_details_sequence_item_performed_ct_acquisition import (
        CTXRayDetailsSequenceItemPerformedCTAcquisition as CTXRayDetailsSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as AcquisitionEndLocationSequenceItem,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as AcquisitionStartLocationSequenceItem,
    )

__all__ = [
    "AcquisitionEndLocationSequenceItem",
    "AcquisitionMotionTerm",
    "AcquisitionProtocolElementSequenceItem",
    "AcquisitionStartLocationSequenceItem",
    "AcquisitionTypeTerm",
    "AutoKVPSelectionTypeTerm",
    "CTDIPhantomTypeCodeSequenceItem",
    "CTXRayDetailsSequenceItem",
    "CardiacBeatRejectionTechniqueTerm",
    "CardiacFramingTypeTerm",
    "CardiacSignalSourceTerm",
    "CardiacSynchronizationTechnique",
    "ConstantVolumeFlag",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "FilterTypeTerm",
    "FluoroscopyFlag",
    "MappingResourceTerm",
    "OffsetDirection",
    "PerformedCTAcquisitionModule",
    "ReferenceBasisCodeSequenceItem",
    "ReferenceGeometryCodeSequenceItem",
    "RequestedSeriesDescriptionCodeSequenceItem",
    "RespiratoryMotionCompensationTechniqueTerm",
    "RespiratorySignalSourceTerm",
    "RespiratoryTriggerTypeTerm",
]


class PerformedCTAcquisitionModule(DicomModel):
    """Performed CT Acquisition Module Attributes (PS3.3 Table C.34.10-1)."""

    dicom_name: ClassVar[str] = "Performed CT Acquisition"
    dicom_table: ClassVar[str] = "table_C.34.10-1"

    AcquisitionProtocolElementSequence: Annotated[
        list[_AcquisitionProtocolElementSequenceItem] | None,
        Attribute(0x00189920, "SQ", "1", "2", name="Acquisition Protocol Element Sequence"),
    ]
    """Acquisition Protocol Element Sequence (0018,9920): Type 2, VR SQ, VM 1. Parameter values for each Protocol Element in the acquisition protocol. Each Item in the Sequence describes one Element. Elements are performed in the order of their Protocol Element Number (0018,9921). See Section C.34.9.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionEndLocationSequenceItem": (
        "dicomodel.items.reference_location_item",
        "ReferenceLocationItem",
    ),
    "AcquisitionMotionTerm": ("dicomodel.enums.acquisition_motion", "AcquisitionMotionTerm"),
    "AcquisitionProtocolElementSequenceItem": (
        "dicomodel.items.acquisition_protocol_element_sequence_item",
        "AcquisitionProtocolElementSequenceItem",
    ),
    "AcquisitionStartLocationSequenceItem": (
        "dicomodel.items.reference_location_item",
        "ReferenceLocationItem",
    ),
    "AcquisitionTypeTerm": ("dicomodel.enums.acquisition_type", "AcquisitionTypeTerm"),
    "AutoKVPSelectionTypeTerm": (
        "dicomodel.enums.auto_kvp_selection_type",
        "AutoKVPSelectionTypeTerm",
    ),
    "CTDIPhantomTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "CTXRayDetailsSequenceItem": (
        "dicomodel.items.ctx_ray_details_sequence_item_performed_ct_acquisition",
        "CTXRayDetailsSequenceItemPerformedCTAcquisition",
    ),
    "CardiacBeatRejectionTechniqueTerm": (
        "dicomodel.enums.cardiac_beat_rejection_technique",
        "CardiacBeatRejectionTechniqueTerm",
    ),
    "CardiacFramingTypeTerm": ("dicomodel.enums.cardiac_framing_type", "CardiacFramingTypeTerm"),
    "CardiacSignalSourceTerm": (
        "dicomodel.enums.cardiac_signal_source",
        "CardiacSignalSourceTermPerformedCTAcquisition",
    ),
    "CardiacSynchronizationTechnique": (
        "dicomodel.enums.cardiac_synchronization_technique",
        "CardiacSynchronizationTechnique",
    ),
    "ConstantVolumeFlag": ("dicomodel.enums.constant_volume_flag", "ConstantVolumeFlag"),
    "ContentQualification": ("dicomodel.enums.content_qualification", "ContentQualification"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FilterTypeTerm": ("dicomodel.enums.filter_type", "FilterTypeTermPerformedCTAcquisition"),
    "FluoroscopyFlag": ("dicomodel.enums.fluoroscopy_flag", "FluoroscopyFlag"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OffsetDirection": ("dicomodel.enums.offset_direction", "OffsetDirection"),
    "ReferenceBasisCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferenceGeometryCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "RequestedSeriesDescriptionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RespiratoryMotionCompensationTechniqueTerm": (
        "dicomodel.enums.respiratory_motion_compensation_technique",
        "RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition",
    ),
    "RespiratorySignalSourceTerm": (
        "dicomodel.enums.respiratory_signal_source",
        "RespiratorySignalSourceTermPerformedCTAcquisition",
    ),
    "RespiratoryTriggerTypeTerm": (
        "dicomodel.enums.respiratory_trigger_type",
        "RespiratoryTriggerTypeTerm",
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
