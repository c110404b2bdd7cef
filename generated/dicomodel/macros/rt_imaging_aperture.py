"""RT Imaging Aperture Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.imaging_aperture_specification_type import (
        ImagingApertureSpecificationTypeValue as _ImagingApertureSpecificationTypeValue,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_sequence_item import (
        RTBeamLimitingDeviceOpeningSequenceItem as _RTBeamLimitingDeviceOpeningSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ImagingApertureSpecificationTypeValue = Lazy(
        "dicomodel.enums.imaging_aperture_specification_type",
        "ImagingApertureSpecificationTypeValue",
    )
    _RTBeamLimitingDeviceOpeningSequenceItem = Lazy(
        "dicomodel.items.rt_beam_limiting_device_opening_sequence_item",
        "RTBeamLimitingDeviceOpeningSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.imaging_aperture_specification_type import (
        ImagingApertureSpecificationType as ImagingApertureSpecificationType,
    )
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as RTBeamLimitingDeviceOpeningSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_sequence_item import (
        RTBeamLimitingDeviceOpeningSequenceItem as ImagingApertureSequenceItem,
    )

__all__ = [
    "ImagingApertureSequenceItem",
    "ImagingApertureSpecificationType",
    "OutlineShapeType",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceOpeningSequenceItem",
    "RTImagingApertureMacro",
]


class RTImagingApertureMacro(DicomModel):
    """RT Imaging Aperture Macro Attributes (PS3.3 Table C.36.2.4.4-1)."""

    dicom_name: ClassVar[str] = "RT Imaging Aperture"
    dicom_table: ClassVar[str] = "table_C.36.2.4.4-1"

    ImagingApertureSpecificationType: Annotated[
        _ImagingApertureSpecificationTypeValue | None,
        Attribute(
            0x30020115,
            "CS",
            "1",
            "3",
            name="Imaging Aperture Specification Type",
            enumerated=((0, ("OPEN", "BEAM", "RELATIVE_TO_BEAM", "CUSTOM")),),
        ),
    ] = None
    """Imaging Aperture Specification Type (3002,0115): Type 3, VR CS, VM 1. Type of specification of field aperture for imaging. Enumerated Values: OPEN The aperture is specified to be fully opened."""

    ImagingSourceToBeamModifierDefinitionPlaneDistance: Annotated[
        vr.FD | None,
        Attribute(
            0x3002012D,
            "FD",
            "1",
            "1C",
            name="Imaging Source to Beam Modifier Definition Plane Distance",
            when=("value", 0x30020115, 0, "not_in", ("OPEN",)),
        ),
    ] = None
    """Imaging Source to Beam Modifier Definition Plane Distance (3002,012D): Type 1C, VR FD, VM 1. Required ifImaging Aperture Specification Type (3002,0115) does not have a value of OPEN. Distance in mm from the Radiation Source to the origin of the Base Beam Modifier System. Required ifImaging Aperture Specification Type (3002,0115) does not have a value of OPEN."""

    ReferencedRadiationRTControlPointIndex: Annotated[
        vr.US | None,
        Attribute(
            0x300A073B,
            "US",
            "1",
            "1C",
            name="Referenced Radiation RT Control Point Index",
            when=("value", 0x30020115, 0, "in", ("BEAM", "RELATIVE_TO_BEAM")),
        ),
    ] = None
    """Referenced Radiation RT Control Point Index (300A,073B): Type 1C, VR US, VM 1. Required if Imaging Aperture Specification Type (3002,0115) has a value of BEAM or RELATIVE_TO_BEAM. Index of the RT Control Point of the RT Radiation SOP Instance referenced in the Referenced Baseline Parameters RT Radiation Instance Sequence (3002,011E) which provides the basis for the aperture definition of the imaging source."""

    ImagingApertureSequence: Annotated[
        list[_RTBeamLimitingDeviceOpeningSequenceItem] | None,
        Attribute(
            0x30020114,
            "SQ",
            "1",
            "1C",
            name="Imaging Aperture Sequence",
            when=("value", 0x30020115, 0, "in", ("CUSTOM", "RELATIVE_TO_BEAM")),
        ),
    ] = None
    """Imaging Aperture Sequence (3002,0114): Type 1C, VR SQ, VM 1. Required if Imaging Aperture Specification Type (3002,0115) has a value of CUSTOM or RELATIVE_TO_BEAM. Parameters describing the aperture of the imaging source. If Imaging Aperture Specification Type (3002,0115) has a value of CUSTOM, the provided parameter values fully specify the aperture."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ImagingApertureSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_opening_sequence_item",
        "RTBeamLimitingDeviceOpeningSequenceItem",
    ),
    "ImagingApertureSpecificationType": (
        "dicomodel.enums.imaging_aperture_specification_type",
        "ImagingApertureSpecificationType",
    ),
    "OutlineShapeType": ("dicomodel.enums.outline_shape_type", "OutlineShapeType"),
    "RTBeamDelimiterGeometrySequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "RTBeamLimitingDeviceOpeningSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
        "RTBeamLimitingDeviceOpeningDefinitionItem",
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
