"""Breast Tomosynthesis Acquisition Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.x_ray3_d_acquisition_sequence_item_breast_tomosynthesis_acquisition import (
        XRay3DAcquisitionSequenceItemBreastTomosynthesisAcquisition as _XRay3DAcquisitionSequenceItemBreastTomosynthesisAcquisition,
    )
else:
    from dicomodel.lazy import Lazy

    _XRay3DAcquisitionSequenceItemBreastTomosynthesisAcquisition = Lazy(
        "dicomodel.items.x_ray3_d_acquisition_sequence_item_breast_tomosynthesis_acquisition",
        "XRay3DAcquisitionSequenceItemBreastTomosynthesisAcquisition",
    )

if TYPE_CHECKING:
    from dicomodel.enums.anode_target_material import (
        AnodeTargetMaterialTerm as AnodeTargetMaterialTerm,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.entrance_dose_derivation import (
        EntranceDoseDerivation as EntranceDoseDerivation,
    )
    from dicomodel.enums.exposure_control_mode import (
        ExposureControlModeTerm as ExposureControlModeTerm,
    )
    from dicomodel.enums.field_of_view_horizontal_flip import (
        FieldOfViewHorizontalFlip as FieldOfViewHorizontalFlip,
    )
    from dicomodel.enums.field_of_view_shape import (
        FieldOfViewShapeBreastTomosynthesisAcquisition as FieldOfViewShape,
    )
    from dicomodel.enums.filter_type import FilterTypeTerm as FilterTypeTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.positioner_primary_angle_direction import (
        PositionerPrimaryAngleDirection as PositionerPrimaryAngleDirection,
    )
    from dicomodel.enums.x_ray_receptor_type import (
        XRayReceptorTypeXRay3DCraniofacialAcquisition as XRayReceptorType,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ContrastBolusAgentSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as SourceImageSequenceItem,
    )
    from dicomodel.items.per_projection_acquisition_sequence_item_breast_tomosynthesis_acquisition import (
        PerProjectionAcquisitionSequenceItemBreastTomosynthesisAcquisition as PerProjectionAcquisitionSequenceItem,
    )
    from dicomodel.items.x_ray3_d_acquisition_sequence_item_breast_tomosynthesis_acquisition import (
        XRay3DAcquisitionSequenceItemBreastTomosynthesisAcquisition as XRay3DAcquisitionSequenceItem,
    )

__all__ = [
    "AnodeTargetMaterialTerm",
    "BreastTomosynthesisAcquisitionModule",
    "ContextGroupExtensionFlag",
    "ContrastBolusAgentSequenceItem",
    "EntranceDoseDerivation",
    "EquivalentCodeSequenceItem",
    "ExposureControlModeTerm",
    "FieldOfViewHorizontalFlip",
    "FieldOfViewShape",
    "FilterTypeTerm",
    "MappingResourceTerm",
    "PerProjectionAcquisitionSequenceItem",
    "PositionerPrimaryAngleDirection",
    "SourceImageSequenceItem",
    "XRay3DAcquisitionSequenceItem",
    "XRayReceptorType",
]


class BreastTomosynthesisAcquisitionModule(DicomModel):
    """Breast Tomosynthesis Acquisition Module Attributes (PS3.3 Table C.8.21.3.4-1)."""

    dicom_name: ClassVar[str] = "Breast Tomosynthesis Acquisition"
    dicom_table: ClassVar[str] = "table_C.8.21.3.4-1"

    XRay3DAcquisitionSequence: Annotated[
        list[_XRay3DAcquisitionSequenceItemBreastTomosynthesisAcquisition],
        Attribute(0x00189507, "SQ", "1", "1", name="X-Ray 3D Acquisition Sequence"),
    ]
    """X-Ray 3D Acquisition Sequence (0018,9507): Type 1, VR SQ, VM 1. Each Item represents an acquisition context related to one or more reconstructions. The values of Acquisition Index (0020,9518) may be used as index in this Sequence. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnodeTargetMaterialTerm": ("dicomodel.enums.anode_target_material", "AnodeTargetMaterialTerm"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ContrastBolusAgentSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EntranceDoseDerivation": (
        "dicomodel.enums.entrance_dose_derivation",
        "EntranceDoseDerivation",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "ExposureControlModeTerm": ("dicomodel.enums.exposure_control_mode", "ExposureControlModeTerm"),
    "FieldOfViewHorizontalFlip": (
        "dicomodel.enums.field_of_view_horizontal_flip",
        "FieldOfViewHorizontalFlip",
    ),
    "FieldOfViewShape": (
        "dicomodel.enums.field_of_view_shape",
        "FieldOfViewShapeBreastTomosynthesisAcquisition",
    ),
    "FilterTypeTerm": ("dicomodel.enums.filter_type", "FilterTypeTerm"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PerProjectionAcquisitionSequenceItem": (
        "dicomodel.items.per_projection_acquisition_sequence_item_breast_tomosynthesis_acquisition",
        "PerProjectionAcquisitionSequenceItemBreastTomosynthesisAcquisition",
    ),
    "PositionerPrimaryAngleDirection": (
        "dicomodel.enums.positioner_primary_angle_direction",
        "PositionerPrimaryAngleDirection",
    ),
    "SourceImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "XRay3DAcquisitionSequenceItem": (
        "dicomodel.items.x_ray3_d_acquisition_sequence_item_breast_tomosynthesis_acquisition",
        "XRay3DAcquisitionSequenceItemBreastTomosynthesisAcquisition",
    ),
    "XRayReceptorType": (
        "dicomodel.enums.x_ray_receptor_type",
        "XRayReceptorTypeXRay3DCraniofacialAcquisition",
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
