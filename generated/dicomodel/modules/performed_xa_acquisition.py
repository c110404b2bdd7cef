"""Performed XA Acquisition Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.acquisition_protocol_element_sequence_item_performed_xa_acquisition import (
        AcquisitionProtocolElementSequenceItemPerformedXAAcquisition as _AcquisitionProtocolElementSequenceItemPerformedXAAcquisition,
    )
else:
    from dicomodel.lazy import Lazy

    _AcquisitionProtocolElementSequenceItemPerformedXAAcquisition = Lazy(
        "dicomodel.items.acquisition_protocol_element_sequence_item_performed_xa_acquisition",
        "AcquisitionProtocolElementSequenceItemPerformedXAAcquisition",
    )

if TYPE_CHECKING:
    from dicomodel.enums.acquired_subtraction_mask_flag import (
        AcquiredSubtractionMaskFlag as AcquiredSubtractionMaskFlag,
    )
    from dicomodel.enums.content_qualification import ContentQualification as ContentQualification
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.contrast_bolus_auto_injection_trigger_flag import (
        ContrastBolusAutoInjectionTriggerFlag as ContrastBolusAutoInjectionTriggerFlag,
    )
    from dicomodel.enums.contrast_bolus_ingredient_opaque import (
        ContrastBolusIngredientOpaque as ContrastBolusIngredientOpaque,
    )
    from dicomodel.enums.filter_type import FilterTypeTerm as FilterTypeTerm
    from dicomodel.enums.fluoroscopy_last_image_hold_persistence_flag import (
        FluoroscopyLastImageHoldPersistenceFlag as FluoroscopyLastImageHoldPersistenceFlag,
    )
    from dicomodel.enums.fluoroscopy_persistence_flag import (
        FluoroscopyPersistenceFlag as FluoroscopyPersistenceFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.plane_identification import (
        PlaneIdentificationTerm as PlaneIdentificationTerm,
    )
    from dicomodel.enums.planes_in_acquisition import PlanesInAcquisition as PlanesInAcquisition
    from dicomodel.enums.radiation_setting import RadiationSetting as RadiationSetting
    from dicomodel.items.acquisition_protocol_element_sequence_item_performed_xa_acquisition import (
        AcquisitionProtocolElementSequenceItemPerformedXAAcquisition as AcquisitionProtocolElementSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RequestedSeriesDescriptionCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
    )
    from dicomodel.items.x_ray_filter_details_sequence_item import (
        XRayFilterDetailsSequenceItem as XRayFilterDetailsSequenceItem,
    )
    from dicomodel.items.xa_acquisition_phase_details_sequence_item import (
        XAAcquisitionPhaseDetailsSequenceItem as XAAcquisitionPhaseDetailsSequenceItem,
    )
    from dicomodel.items.xa_plane_details_sequence_item import (
        XAPlaneDetailsSequenceItem as XAPlaneDetailsSequenceItem,
    )

__all__ = [
    "AcquiredSubtractionMaskFlag",
    "AcquisitionProtocolElementSequenceItem",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "ContrastBolusAutoInjectionTriggerFlag",
    "ContrastBolusIngredientOpaque",
    "EquivalentCodeSequenceItem",
    "FilterTypeTerm",
    "FluoroscopyLastImageHoldPersistenceFlag",
    "FluoroscopyPersistenceFlag",
    "MappingResourceTerm",
    "PerformedXAAcquisitionModule",
    "PlaneIdentificationTerm",
    "PlanesInAcquisition",
    "RadiationSetting",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "RequestedSeriesDescriptionCodeSequenceItem",
    "XAAcquisitionPhaseDetailsSequenceItem",
    "XAPlaneDetailsSequenceItem",
    "XRayFilterDetailsSequenceItem",
]


class PerformedXAAcquisitionModule(DicomModel):
    """Performed XA Acquisition Module Attributes (PS3.3 Table C.34.17-1)."""

    dicom_name: ClassVar[str] = "Performed XA Acquisition"
    dicom_table: ClassVar[str] = "table_C.34.17-1"

    AcquisitionProtocolElementSequence: Annotated[
        list[_AcquisitionProtocolElementSequenceItemPerformedXAAcquisition] | None,
        Attribute(0x00189920, "SQ", "1", "2", name="Acquisition Protocol Element Sequence"),
    ]
    """Acquisition Protocol Element Sequence (0018,9920): Type 2, VR SQ, VM 1. Parameter values for each Protocol Element in the acquisition protocol. Each item in the sequence describes one Element. Elements are performed in the order of their Protocol Element Number (0018,9921). See Section C.34.9.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquiredSubtractionMaskFlag": (
        "dicomodel.enums.acquired_subtraction_mask_flag",
        "AcquiredSubtractionMaskFlag",
    ),
    "AcquisitionProtocolElementSequenceItem": (
        "dicomodel.items.acquisition_protocol_element_sequence_item_performed_xa_acquisition",
        "AcquisitionProtocolElementSequenceItemPerformedXAAcquisition",
    ),
    "ContentQualification": ("dicomodel.enums.content_qualification", "ContentQualification"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ContrastBolusAutoInjectionTriggerFlag": (
        "dicomodel.enums.contrast_bolus_auto_injection_trigger_flag",
        "ContrastBolusAutoInjectionTriggerFlag",
    ),
    "ContrastBolusIngredientOpaque": (
        "dicomodel.enums.contrast_bolus_ingredient_opaque",
        "ContrastBolusIngredientOpaque",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FilterTypeTerm": ("dicomodel.enums.filter_type", "FilterTypeTerm"),
    "FluoroscopyLastImageHoldPersistenceFlag": (
        "dicomodel.enums.fluoroscopy_last_image_hold_persistence_flag",
        "FluoroscopyLastImageHoldPersistenceFlag",
    ),
    "FluoroscopyPersistenceFlag": (
        "dicomodel.enums.fluoroscopy_persistence_flag",
        "FluoroscopyPersistenceFlag",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PlaneIdentificationTerm": ("dicomodel.enums.plane_identification", "PlaneIdentificationTerm"),
    "PlanesInAcquisition": ("dicomodel.enums.planes_in_acquisition", "PlanesInAcquisition"),
    "RadiationSetting": ("dicomodel.enums.radiation_setting", "RadiationSetting"),
    "ReferencedDefinedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    ),
    "ReferencedPerformedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    ),
    "RequestedSeriesDescriptionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "XAAcquisitionPhaseDetailsSequenceItem": (
        "dicomodel.items.xa_acquisition_phase_details_sequence_item",
        "XAAcquisitionPhaseDetailsSequenceItem",
    ),
    "XAPlaneDetailsSequenceItem": (
        "dicomodel.items.xa_plane_details_sequence_item",
        "XAPlaneDetailsSequenceItem",
    ),
    "XRayFilterDetailsSequenceItem": (
        "dicomodel.items.x_ray_filter_details_sequence_item",
        "XRayFilterDetailsSequenceItem",
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
