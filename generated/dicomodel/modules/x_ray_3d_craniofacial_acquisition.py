"""X-Ray 3D Craniofacial Acquisition Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.x_ray3_d_acquisition_sequence_item_x_ray3_d_craniofacial_acquisition import (
        XRay3DAcquisitionSequenceItemXRay3DCraniofacialAcquisition as _XRay3DAcquisitionSequenceItemXRay3DCraniofacialAcquisition,
    )
else:
    from dicomodel.lazy import Lazy

    _XRay3DAcquisitionSequenceItemXRay3DCraniofacialAcquisition = Lazy(
        "dicomodel.items.x_ray3_d_acquisition_sequence_item_x_ray3_d_craniofacial_acquisition",
        "XRay3DAcquisitionSequenceItemXRay3DCraniofacialAcquisition",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.detector_active_shape import DetectorActiveShape as DetectorActiveShape
    from dicomodel.enums.detector_conditions_nominal_flag import (
        DetectorConditionsNominalFlag as DetectorConditionsNominalFlag,
    )
    from dicomodel.enums.detector_configuration import (
        DetectorConfigurationTerm as DetectorConfigurationTerm,
    )
    from dicomodel.enums.detector_type import DetectorTypeTerm as DetectorTypeTerm
    from dicomodel.enums.field_of_view_horizontal_flip import (
        FieldOfViewHorizontalFlip as FieldOfViewHorizontalFlip,
    )
    from dicomodel.enums.field_of_view_shape import FieldOfViewShape as FieldOfViewShape
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
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
    from dicomodel.items.x_ray3_d_acquisition_sequence_item_x_ray3_d_craniofacial_acquisition import (
        XRay3DAcquisitionSequenceItemXRay3DCraniofacialAcquisition as XRay3DAcquisitionSequenceItem,
    )
    from dicomodel.items.x_ray3_d_general_per_projection_acquisition_item import (
        XRay3DGeneralPerProjectionAcquisitionItem as PerProjectionAcquisitionSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "ContrastBolusAgentSequenceItem",
    "DetectorActiveShape",
    "DetectorConditionsNominalFlag",
    "DetectorConfigurationTerm",
    "DetectorTypeTerm",
    "EquivalentCodeSequenceItem",
    "FieldOfViewHorizontalFlip",
    "FieldOfViewShape",
    "MappingResourceTerm",
    "PerProjectionAcquisitionSequenceItem",
    "SourceImageSequenceItem",
    "XRay3DAcquisitionSequenceItem",
    "XRay3DCraniofacialAcquisitionModule",
    "XRayReceptorType",
]


class XRay3DCraniofacialAcquisitionModule(DicomModel):
    """X-Ray 3D Craniofacial Acquisition Module Attributes (PS3.3 Table C.8.21.3.3-1)."""

    dicom_name: ClassVar[str] = "X-Ray 3D Craniofacial Acquisition"
    dicom_table: ClassVar[str] = "table_C.8.21.3.3-1"

    XRay3DAcquisitionSequence: Annotated[
        list[_XRay3DAcquisitionSequenceItemXRay3DCraniofacialAcquisition],
        Attribute(0x00189507, "SQ", "1", "1", name="X-Ray 3D Acquisition Sequence"),
    ]
    """X-Ray 3D Acquisition Sequence (0018,9507): Type 1, VR SQ, VM 1. Each Item represents a acquisition context related to a set of frames of SOP Instance defined by this IOD, The values of Acquisition Index (0020,9518) may be used as index to Items in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ContrastBolusAgentSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "DetectorActiveShape": ("dicomodel.enums.detector_active_shape", "DetectorActiveShape"),
    "DetectorConditionsNominalFlag": (
        "dicomodel.enums.detector_conditions_nominal_flag",
        "DetectorConditionsNominalFlag",
    ),
    "DetectorConfigurationTerm": (
        "dicomodel.enums.detector_configuration",
        "DetectorConfigurationTerm",
    ),
    "DetectorTypeTerm": ("dicomodel.enums.detector_type", "DetectorTypeTerm"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FieldOfViewHorizontalFlip": (
        "dicomodel.enums.field_of_view_horizontal_flip",
        "FieldOfViewHorizontalFlip",
    ),
    "FieldOfViewShape": ("dicomodel.enums.field_of_view_shape", "FieldOfViewShape"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PerProjectionAcquisitionSequenceItem": (
        "dicomodel.items.x_ray3_d_general_per_projection_acquisition_item",
        "XRay3DGeneralPerProjectionAcquisitionItem",
    ),
    "SourceImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "XRay3DAcquisitionSequenceItem": (
        "dicomodel.items.x_ray3_d_acquisition_sequence_item_x_ray3_d_craniofacial_acquisition",
        "XRay3DAcquisitionSequenceItemXRay3DCraniofacialAcquisition",
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
