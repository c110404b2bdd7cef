"""Item class AcquisitionProtocolElementSequenceItemPerformedXAAcquisition.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.acquired_subtraction_mask_flag import (
        AcquiredSubtractionMaskFlagValue as _AcquiredSubtractionMaskFlagValue,
    )
    from dicomodel.enums.content_qualification import (
        ContentQualificationValue as _ContentQualificationValue,
    )
    from dicomodel.enums.contrast_bolus_auto_injection_trigger_flag import (
        ContrastBolusAutoInjectionTriggerFlagValue as _ContrastBolusAutoInjectionTriggerFlagValue,
    )
    from dicomodel.enums.contrast_bolus_ingredient_opaque import (
        ContrastBolusIngredientOpaqueValue as _ContrastBolusIngredientOpaqueValue,
    )
    from dicomodel.enums.fluoroscopy_last_image_hold_persistence_flag import (
        FluoroscopyLastImageHoldPersistenceFlagValue as _FluoroscopyLastImageHoldPersistenceFlagValue,
    )
    from dicomodel.enums.fluoroscopy_persistence_flag import (
        FluoroscopyPersistenceFlagValue as _FluoroscopyPersistenceFlagValue,
    )
    from dicomodel.enums.planes_in_acquisition import (
        PlanesInAcquisitionValue as _PlanesInAcquisitionValue,
    )
    from dicomodel.enums.radiation_setting import RadiationSettingValue as _RadiationSettingValue
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as _ReferencedDefinedProtocolSequenceItem,
    )
    from dicomodel.items.xa_acquisition_phase_details_sequence_item import (
        XAAcquisitionPhaseDetailsSequenceItem as _XAAcquisitionPhaseDetailsSequenceItem,
    )
    from dicomodel.items.xa_plane_details_sequence_item import (
        XAPlaneDetailsSequenceItem as _XAPlaneDetailsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AcquiredSubtractionMaskFlagValue = Lazy(
        "dicomodel.enums.acquired_subtraction_mask_flag", "AcquiredSubtractionMaskFlagValue"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ContentQualificationValue = Lazy(
        "dicomodel.enums.content_qualification", "ContentQualificationValue"
    )
    _ContrastBolusAutoInjectionTriggerFlagValue = Lazy(
        "dicomodel.enums.contrast_bolus_auto_injection_trigger_flag",
        "ContrastBolusAutoInjectionTriggerFlagValue",
    )
    _ContrastBolusIngredientOpaqueValue = Lazy(
        "dicomodel.enums.contrast_bolus_ingredient_opaque", "ContrastBolusIngredientOpaqueValue"
    )
    _FluoroscopyLastImageHoldPersistenceFlagValue = Lazy(
        "dicomodel.enums.fluoroscopy_last_image_hold_persistence_flag",
        "FluoroscopyLastImageHoldPersistenceFlagValue",
    )
    _FluoroscopyPersistenceFlagValue = Lazy(
        "dicomodel.enums.fluoroscopy_persistence_flag", "FluoroscopyPersistenceFlagValue"
    )
    _PlanesInAcquisitionValue = Lazy(
        "dicomodel.enums.planes_in_acquisition", "PlanesInAcquisitionValue"
    )
    _RadiationSettingValue = Lazy("dicomodel.enums.radiation_setting", "RadiationSettingValue")
    _ReferencedDefinedProtocolSequenceItem = Lazy(
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    )
    _XAAcquisitionPhaseDetailsSequenceItem = Lazy(
        "dicomodel.items.xa_acquisition_phase_details_sequence_item",
        "XAAcquisitionPhaseDetailsSequenceItem",
    )
    _XAPlaneDetailsSequenceItem = Lazy(
        "dicomodel.items.xa_plane_details_sequence_item", "XAPlaneDetailsSequenceItem"
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
    "AcquisitionProtocolElementSequenceItemPerformedXAAcquisition",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "ContrastBolusAutoInjectionTriggerFlag",
    "ContrastBolusIngredientOpaque",
    "EquivalentCodeSequenceItem",
    "FilterTypeTerm",
    "FluoroscopyLastImageHoldPersistenceFlag",
    "FluoroscopyPersistenceFlag",
    "MappingResourceTerm",
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


class AcquisitionProtocolElementSequenceItemPerformedXAAcquisition(DicomModel):
    """An item of Acquisition Protocol Element Sequence (0018,9920), as first defined in Performed XA Acquisition Module Attributes (C.34.17-1)."""

    dicom_name: ClassVar[str] = "Acquisition Protocol Element Sequence"
    dicom_table: ClassVar[str] = "table_C.34.17-1"

    ProtocolElementNumber: Annotated[
        vr.US, Attribute(0x00189921, "US", "1", "1", name="Protocol Element Number")
    ]
    """Protocol Element Number (0018,9921): Type 1, VR US, VM 1. Identifies the protocol element and the order in which the elements are performed in the Protocol. The value shall start at 1 and increase monotonically by 1."""

    ProtocolElementName: Annotated[
        vr.LO | None, Attribute(0x00189922, "LO", "1", "2", name="Protocol Element Name")
    ]
    """Protocol Element Name (0018,9922): Type 2, VR LO, VM 1. Name for this protocol element."""

    ProtocolElementPurpose: Annotated[
        vr.UT | None, Attribute(0x00189924, "UT", "1", "3", name="Protocol Element Purpose")
    ] = None
    """Protocol Element Purpose (0018,9924): Type 3, VR UT, VM 1. Description of the purpose this element serves in the protocol. This is intended for use by the radiologist, technologist and/or physicist during management of the Protocol to understand the purpose the Protocol Element serves in the Protoc..."""

    ProtocolElementCharacteristicsSummary: Annotated[
        vr.UT | None,
        Attribute(0x00189923, "UT", "1", "3", name="Protocol Element Characteristics Summary"),
    ] = None
    """Protocol Element Characteristics Summary (0018,9923): Type 3, VR UT, VM 1. Summary description of characteristics of this element. This is intended for use by the radiologist, technologist and/or physicist during management of the Protocol to understand the characteristics of the Protocol Element."""

    ReferencedDefinedProtocolSequence: Annotated[
        list[_ReferencedDefinedProtocolSequenceItem] | None,
        Attribute(
            0x0018990C,
            "SQ",
            "1",
            "1C",
            name="Referenced Defined Protocol Sequence",
            when=(
                "unknown",
                "names no attribute: this instance is a Performed Procedure Protocol that resulted from a Defined Procedure Protocol",
            ),
            otherwise="may",
        ),
    ] = None
    """Referenced Defined Protocol Sequence (0018,990C): Type 1C, VR SQ, VM 1. Required if this instance is a Performed Procedure Protocol that resulted from a Defined Procedure Protocol. May be present otherwise. Defined Procedure Protocol SOP Instance(s) that were used for this Instance. Required if this instance is a Performed Procedure Protocol that resulted from a Defined Procedure Protocol. May be present otherwise."""

    ReferencedPerformedProtocolSequence: Annotated[
        list[_ReferencedDefinedProtocolSequenceItem] | None,
        Attribute(
            0x0018990D,
            "SQ",
            "1",
            "1C",
            name="Referenced Performed Protocol Sequence",
            when=(
                "unknown",
                "names no attribute: a related Performed Procedure Protocol SOP Instance was created",
            ),
        ),
    ] = None
    """Referenced Performed Protocol Sequence (0018,990D): Type 1C, VR SQ, VM 1. Required if a related Performed Procedure Protocol SOP Instance was created. Performed Procedure Protocol SOP Instance(s) that describe the conditions by which this Instance was generated. Required if a related Performed Procedure Protocol SOP Instance was created."""

    RadiationSetting: Annotated[
        _RadiationSettingValue,
        Attribute(
            0x00181155, "CS", "1", "1", name="Radiation Setting", enumerated=((0, ("SC", "GR")),)
        ),
    ]
    """Radiation Setting (0018,1155): Type 1, VR CS, VM 1. Identify the general level of X-Ray dose exposure. Enumerated Values: SC Low dose exposure generally corresponding to fluoroscopic settings (e.g., preparation for diagnostic quality image acquisition) GR High dose for diagnostic quality ima..."""

    AcquisitionMode: Annotated[
        vr.LO, Attribute(0x001811B0, "LO", "1", "1", name="Acquisition Mode")
    ]
    """Acquisition Mode (0018,11B0): Type 1, VR LO, VM 1. Manufacturer-defined name of the acquisition mode described by this Protocol Element."""

    ScanOptions: Annotated[
        list[vr.CS] | None, Attribute(0x00180022, "CS", "1-n", "3", name="Scan Options")
    ] = None
    """Scan Options (0018,0022): Type 3, VR CS, VM 1-n. Identifies the acquisition technique of this Protocol Element. Defined Terms: TOMO Tomography CHASE Bolus Chasing STEP Stepping ROTA Rotation"""

    DoseModeName: Annotated[
        vr.LO | None, Attribute(0x001811B1, "LO", "1", "3", name="Dose Mode Name")
    ] = None
    """Dose Mode Name (0018,11B1): Type 3, VR LO, VM 1. Manufacturer-defined name of the dose level program (e.g. High, Medium, Low)."""

    AcquiredSubtractionMaskFlag: Annotated[
        _AcquiredSubtractionMaskFlagValue | None,
        Attribute(
            0x001811B2,
            "CS",
            "1",
            "3",
            name="Acquired Subtraction Mask Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Acquired Subtraction Mask Flag (0018,11B2): Type 3, VR CS, VM 1. Identifies that the device acquired mask images for subtraction. Enumerated Values: YES NO"""

    FluoroscopyPersistenceFlag: Annotated[
        _FluoroscopyPersistenceFlagValue | None,
        Attribute(
            0x001811B3,
            "CS",
            "1",
            "3",
            name="Fluoroscopy Persistence Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Fluoroscopy Persistence Flag (0018,11B3): Type 3, VR CS, VM 1. Identifies that the device has persistently kept a block of continuously acquired fluoroscopy data. Applicable if the equipment supports local storage of fluoroscopy data. Enumerated Values: YES NO See Section C.34.17.1."""

    FluoroscopyLastImageHoldPersistenceFlag: Annotated[
        _FluoroscopyLastImageHoldPersistenceFlagValue | None,
        Attribute(
            0x001811B4,
            "CS",
            "1",
            "3",
            name="Fluoroscopy Last Image Hold Persistence Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Fluoroscopy Last Image Hold Persistence Flag (0018,11B4): Type 3, VR CS, VM 1. Identifies that the device has persistently kept the last image of the acquired fluoroscopy data. Applicable if the equipment supports local storage of Fluoro Last Image Hold data. Enumerated Values: YES NO See Section C.34.17.1."""

    UpperLimitNumberOfPersistentFluoroscopyFrames: Annotated[
        vr.IS | None,
        Attribute(
            0x001811B5, "IS", "1", "3", name="Upper Limit Number Of Persistent Fluoroscopy Frames"
        ),
    ] = None
    """Upper Limit Number Of Persistent Fluoroscopy Frames (0018,11B5): Type 3, VR IS, VM 1. Upper limit of the number of fluoroscopy frames to be persistently kept."""

    ContrastBolusAutoInjectionTriggerFlag: Annotated[
        _ContrastBolusAutoInjectionTriggerFlagValue | None,
        Attribute(
            0x001811B6,
            "CS",
            "1",
            "3",
            name="Contrast/Bolus Auto Injection Trigger Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Contrast/Bolus Auto Injection Trigger Flag (0018,11B6): Type 3, VR CS, VM 1. Identifies that the contrast/bolus injection was automatically controlled. Enumerated Values: YES NO"""

    ContrastBolusInjectionDelay: Annotated[
        vr.FD | None, Attribute(0x001811B7, "FD", "1", "3", name="Contrast/Bolus Injection Delay")
    ] = None
    """Contrast/Bolus Injection Delay (0018,11B7): Type 3, VR FD, VM 1. Time delay in seconds of the injection of contrast/bolus with respect to the X-Ray start. Negative values mean that injection starts before X-Ray start."""

    ContrastBolusIngredientOpaque: Annotated[
        _ContrastBolusIngredientOpaqueValue | None,
        Attribute(
            0x00189425,
            "CS",
            "1",
            "3",
            name="Contrast/Bolus Ingredient Opaque",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Contrast/Bolus Ingredient Opaque (0018,9425): Type 3, VR CS, VM 1. Whether the absorption of the contrast/bolus ingredient was greater than the absorption of water (tissue). Enumerated Values: YES NO"""

    XAAcquisitionPhaseDetailsSequence: Annotated[
        list[_XAAcquisitionPhaseDetailsSequenceItem] | None,
        Attribute(0x001811B8, "SQ", "1", "3", name="XA Acquisition Phase Details Sequence"),
    ] = None
    """XA Acquisition Phase Details Sequence (0018,11B8): Type 3, VR SQ, VM 1. Parameter values for each of the phases. Each item in the sequence describes one phase. One or more Items are permitted in this sequence. See Section C.34.17.2."""

    PlanesInAcquisition: Annotated[
        _PlanesInAcquisitionValue | None,
        Attribute(
            0x00189410,
            "CS",
            "1",
            "3",
            name="Planes in Acquisition",
            enumerated=((0, ("SINGLE PLANE", "BIPLANE", "UNDEFINED")),),
        ),
    ] = None
    """Planes in Acquisition (0018,9410): Type 3, VR CS, VM 1. The multiplicity of planes that could be used simultaneously during the acquisition. See Section C.8.19.2.1.3."""

    XAPlaneDetailsSequence: Annotated[
        list[_XAPlaneDetailsSequenceItem] | None,
        Attribute(0x001811BA, "SQ", "1", "3", name="XA Plane Details Sequence"),
    ] = None
    """XA Plane Details Sequence (0018,11BA): Type 3, VR SQ, VM 1. Parameter values for each of the planes (or X-Ray beams) operating simultaneously in the Acquisition Protocol Element. Each item in the sequence describes one plane. One or more Items are permitted in this Sequence."""

    RequestedSeriesDescription: Annotated[
        vr.LO | None, Attribute(0x00189937, "LO", "1", "3", name="Requested Series Description")
    ] = None
    """Requested Series Description (0018,9937): Type 3, VR LO, VM 1. Text that is intended to be copied into the Series Description (0008,103E) of the images resulting from this Acquisition Protocol Element."""

    RequestedSeriesDescriptionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x001811C1, "SQ", "1", "3", name="Requested Series Description Code Sequence"),
    ] = None
    """Requested Series Description Code Sequence (0018,11C1): Type 3, VR SQ, VM 1. A code that is intended to be copied into the Series Description Code Sequence (0008,103F) of the images resulting from this Acquisition Protocol Element. Only a single Item is permitted in this Sequence."""

    ContentQualification: Annotated[
        _ContentQualificationValue | None,
        Attribute(
            0x00189004,
            "CS",
            "1",
            "3",
            name="Content Qualification",
            enumerated=((0, ("PRODUCT", "RESEARCH", "SERVICE")),),
        ),
    ] = None
    """Content Qualification (0018,9004): Type 3, VR CS, VM 1. Content Qualification Indicator of instances resulting from this Acquisition Protocol Element. Enumerated Values: PRODUCT RESEARCH SERVICE See Section C.34.18.2."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquiredSubtractionMaskFlag": (
        "dicomodel.enums.acquired_subtraction_mask_flag",
        "AcquiredSubtractionMaskFlag",
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
